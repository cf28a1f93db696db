import { got } from 'got';

import type { TwentyRequestEvent } from './createRestTransport.js';

/** What one readiness probe found: Twenty answered as Twenty, or why not. */
export type TwentyProbeResult =
  | { ready: true }
  | { ready: false; reason: 'twenty unreachable' | 'credential refused' | 'upstream not Twenty' };

/** Where and how to probe Twenty. */
export interface TwentyProbeOptions {
  /** As the client's `baseUrl`: REST lives at `${baseUrl}/rest/…`. */
  baseUrl: string;
  /** Whole `Authorization` header value; undefined → only check that Twenty answers at all (passthrough mode). */
  authorization: string | undefined;
  /** Extra upstream headers, as the client sends them. */
  headers?: Record<string, string>;
  timeoutMs: number;
  /** Called after the request, as the client's `onRequest`. */
  onRequest?: (event: TwentyRequestEvent) => void;
}

/** The one request a probe sends: the cheapest call that needs a valid key. */
export const PROBE_PATH = '/rest/metadata/objects';

/**
 * Sends `GET /rest/metadata/objects?limit=1` once (no retry). With a
 * credential, ready means a 2xx JSON answer with Twenty's `data` envelope;
 * 401/403 is `credential refused`. Without one, any HTTP answer is ready.
 * Never throws; the result never holds the credential.
 */
export async function probeTwenty(options: TwentyProbeOptions): Promise<TwentyProbeResult> {
  const startedAt = performance.now();
  let status: number | null = null;
  try {
    const response = await got(`${options.baseUrl.replace(/\/+$/, '')}${PROBE_PATH}`, {
      searchParams: { limit: '1' },
      headers: { ...options.headers, accept: 'application/json', ...(options.authorization ? { authorization: options.authorization } : {}) },
      timeout: { request: options.timeoutMs },
      retry: { limit: 0 },
      throwHttpErrors: false,
      followRedirect: false,
      responseType: 'text',
    });
    status = response.statusCode;
    if (options.authorization === undefined) {
      return { ready: true };
    }
    if (status === 401 || status === 403) {
      return { ready: false, reason: 'credential refused' };
    }
    return status >= 200 && status < 300 && isTwentyEnvelope(response.body) ? { ready: true } : { ready: false, reason: 'upstream not Twenty' };
  } catch {
    return { ready: false, reason: 'twenty unreachable' };
  } finally {
    options.onRequest?.({ method: 'GET', path: PROBE_PATH, status, durationMs: performance.now() - startedAt, attempt: 1 });
  }
}

// Twenty wraps metadata listings in `data` (`{data:{objects:[…]}}`, or
// `{data:[…]}` in newer versions, contract §2); a proxy's HTML page or an
// unrelated JSON API does not.
function isTwentyEnvelope(body: string): boolean {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null && typeof (parsed as { data?: unknown }).data === 'object' && (parsed as { data: unknown }).data !== null;
  } catch {
    return false;
  }
}
