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
 * while it runs, so frequent probes cost almost no upstream quota; each probe
 * spends a token of the rate budget (`spendToken`).
 */
export function createReadinessCheck(
  options: TwentyProbeOptions & {
    cacheMs: number;
    now?: () => number;
    /** Takes the probe's token from the workspace's rate budget; false → the last result stands a while longer. */
    spendToken?: () => Promise<boolean>;
  },
): () => Promise<Readiness> {
  const now = options.now ?? Date.now;
  let last: { at: number; result: Promise<TwentyProbeResult> } | undefined;
  // The probe is a request to Twenty like any other: it waits for the budget,
  // and when the budget is spent the previous answer is kept instead.
  const probe = async (previous: Promise<TwentyProbeResult> | undefined): Promise<TwentyProbeResult> => {
    if (options.spendToken && !(await options.spendToken()) && previous) {
      return previous;
    }
    return probeTwenty(options);
  };
  return async () => {
    if (last === undefined || now() - last.at >= options.cacheMs) {
      last = { at: now(), result: probe(last?.result) };
    }
    const result = await last.result;
    if (!result.ready) {
      return { status: 503, body: { status: 'not ready', reason: result.reason } };
    }
    return { status: 200, body: options.authorization === undefined ? { status: 'ready', credential: 'per caller' } : { status: 'ready' } };
  };
}
