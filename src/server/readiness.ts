import { probeTwenty, type TwentyProbeOptions, type TwentyProbeResult } from '../twenty/probeTwenty.js';

/** Path of the readiness check. */
export const READY_PATH = '/ready';

/** The body and status `/ready` answers. */
export interface Readiness {
  status: 200 | 503;
  body: { status: 'ready'; credential?: 'per caller' } | { status: 'not ready'; reason: string };
}

/**
 * Returns the readiness check of `/ready`: one probe of Twenty (see
 * `probeTwenty`) reused for `cacheMs`, and shared by the probes that arrive
 * while it runs, so frequent probes cost almost no upstream quota.
 */
export function createReadinessCheck(options: TwentyProbeOptions & { cacheMs: number; now?: () => number }): () => Promise<Readiness> {
  const now = options.now ?? Date.now;
  let last: { at: number; result: Promise<TwentyProbeResult> } | undefined;
  return async () => {
    if (last === undefined || now() - last.at >= options.cacheMs) {
      last = { at: now(), result: probeTwenty(options) };
    }
    const result = await last.result;
    if (!result.ready) {
      return { status: 503, body: { status: 'not ready', reason: result.reason } };
    }
    return { status: 200, body: options.authorization === undefined ? { status: 'ready', credential: 'per caller' } : { status: 'ready' } };
  };
}
