import { type Got, got, type OptionsOfTextResponseBody, RequestError, TimeoutError } from 'got';

import { invariant } from '../utils/invariant.js';
import { sleep } from '../utils/sleep.js';
import { TwentyApiError } from './TwentyApiError.js';
import { EnvelopeError, isTwentyErrorBody, parseJson, readErrorBody, readRetryAfterMs } from './envelopes.js';
import { secretsOf } from './redact.js';
import {
  createUpstreamGateway,
  createUpstreamUsage,
  DIRECT_GATEWAY_OPTIONS,
  type OperationUpstream,
  scopeOf,
  type UpstreamAnswer,
  type UpstreamExchange,
  type UpstreamGateway,
} from './upstreamGateway.js';
import { outcomeOfAttempt } from './writeOutcome.js';

/** How to reach one Twenty workspace (directly, or through a path-prefixed proxy) and how to send each request. */
export interface RestTransportConfig {
  /** e.g. `https://api.twenty.com` or `https://gateway.example/twenty`; REST lives at `${baseUrl}/rest/…`. */
  baseUrl: string;
  /** Whole `Authorization` header value, e.g. `Bearer <key>`. */
  authorization: string;
  /** Extra upstream headers, e.g. `{ 'Maton-Connection': '…' }`. */
  headers?: Record<string, string>;
  /** Time limit of one attempt. */
  timeoutMs: number;
  /**
   * `limit`: retries per call (each spends a rate-limit token, contract §6.3).
   * `maxRetryAfterMs`: longest 429 `Retry-After` worth waiting for.
   * `backoffMs`: first delay before retrying a failed read (doubles per retry; default 250).
   */
  retry: { limit: number; maxRetryAfterMs: number; backoffMs?: number };
  /** Called after every upstream attempt (retries included). */
  onRequest?: (event: TwentyRequestEvent) => void;
  /**
   * Called as each attempt is sent: the headers it returns go upstream with it
   * (a trace's `traceparent`), and `end` hears how it went (tracing spans).
   */
  onSend?: (attempt: { method: string; path: string }) => { headers: Record<string, string>; end(status: number | null): void } | undefined;
  /** The process-wide cache, coalescing and rate budget; none by default. */
  gateway?: UpstreamGateway;
  /** The operation this client serves: its scope, caller, cancellation, usage and cap. */
  operation?: OperationUpstream;
  /**
   * Largest response body accepted, in bytes (default 10 MiB); a larger one is
   * cancelled while downloading and fails with kind `tooLarge`.
   */
  maxResponseBytes?: number;
}

/** One upstream attempt, for logging; `status` is null when no answer came. */
export interface TwentyRequestEvent {
  method: string;
  path: string;
  status: number | null;
  durationMs: number;
  attempt: number;
}

/** The HTTP methods of Twenty's REST API. */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** One REST call: what to send, and how to read its 2xx body. */
export interface UpstreamCall<T> {
  method: HttpMethod;
  /** Path segments after `/rest/`, unencoded. */
  segments: string[];
  searchParams?: URLSearchParams;
  json?: unknown;
  /** Read a 404 as "absent" (null) instead of an error. */
  notFoundAsNull?: boolean;
  /** Turns the parsed 2xx body (undefined when empty) into the result; throws EnvelopeError. */
  read: (body: unknown) => T;
}

/** First delay before retrying, when `retry.backoffMs` is not given; it doubles per retry. */
export const DEFAULT_BACKOFF_MS = 250;
// Default `maxResponseBytes`, as TWENTY_MAX_RESPONSE_BYTES's: a 200-row page
// of the sandbox's widest records is about 0.3 MB.
const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

/**
 * The request loop under the typed client: sends one REST call through the
 * gateway, retries reads (5xx, timeouts, network errors, a short 429) and
 * turns every failure into a TwentyApiError.
 */
export interface RestTransport {
  /** The call's result, or null for a 404 when `notFoundAsNull`; rejects with TwentyApiError. */
  request<T>(call: UpstreamCall<T>): Promise<T | null>;
  /** `request` for calls that never read a 404 as absent. */
  requireResult<T>(call: UpstreamCall<T>): Promise<T>;
  /** Drops the gateway's cached reads a write to `segments` may have made stale. */
  forgetWrittenReads(method: HttpMethod, segments: string[]): Promise<void>;
  /** Upstream requests the operation has sent so far (retries included). */
  readonly requestCount: number;
}

/**
 * Creates the request loop for one workspace and one credential. Writes are
 * sent once per call (runWrite in writeOutcome.ts retries them); it throws
 * only for our own bugs (a bad path segment, a `maxResponseBytes` out of range).
 */
export function createRestTransport(config: RestTransportConfig): RestTransport {
  const http: Got = got.extend({
    prefixUrl: `${config.baseUrl.replace(/\/+$/, '')}/rest/`,
    headers: {
      ...config.headers,
      accept: 'application/json',
      authorization: config.authorization,
    },
    timeout: { request: config.timeoutMs },
    // Retries are ours (below): got's would not tell reads from writes by
    // outcome, nor let each attempt be counted.
    retry: { limit: 0 },
    throwHttpErrors: false,
    // Parsed here, so an unreadable body is classified instead of thrown.
    responseType: 'text',
    // Twenty never redirects its REST API; following one could carry the key elsewhere.
    followRedirect: false,
  });
  const secrets = secretsOf(config.authorization);
  const gateway = config.gateway ?? createUpstreamGateway(DIRECT_GATEWAY_OPTIONS);
  const operation: OperationUpstream = config.operation ?? {
    scope: scopeOf(config.baseUrl, config.authorization, config.headers),
    caller: '',
    usage: createUpstreamUsage(),
    maxRequests: Number.POSITIVE_INFINITY,
  };
  const maxResponseBytes = config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  invariant(Number.isInteger(maxResponseBytes) && maxResponseBytes > 0, 'maxResponseBytes must be a positive integer');

  async function request<T>(call: UpstreamCall<T>): Promise<T | null> {
    const path = `/rest/${call.segments.map(encodeSegment).join('/')}`;
    const relative = path.slice('/rest/'.length);
    const isRead = call.method === 'GET';
    const options: OptionsOfTextResponseBody = { method: call.method };
    let search = '';
    if (call.searchParams && [...call.searchParams.keys()].length > 0) {
      // URLSearchParams percent-encodes `+` (%2B), quotes, brackets, `&`, `#`
      // and `%`; Twenty's qs would read a raw `+` as a space (contract §3.3 item 7).
      options.searchParams = call.searchParams;
      search = `?${call.searchParams.toString()}`;
    }
    if (call.json !== undefined) {
      options.json = call.json;
    }
    const exchange: UpstreamExchange = { method: call.method, path, search, ...scopeOfChange(call) };
    for (let attempt = 1; ; attempt += 1) {
      // Writes are sent once here; runWrite (writeOutcome.ts) retries them.
      const mayRetry = isRead && attempt <= config.retry.limit;
      let status: number;
      let text: string;
      let retryAfterHeader: string | undefined;
      let contentType: string | undefined;
      try {
        ({ status, body: text, retryAfter: retryAfterHeader, contentType } = await gateway.send(exchange, operation, async (signal) => {
          const startedAt = performance.now();
          const sending = config.onSend?.({ method: call.method, path });
          const sent = sending ? { ...options, headers: { ...options.headers, ...sending.headers } } : options;
          try {
            const answer = await transmit(call.method, path, relative, signal ? { ...sent, signal } : sent);
            sending?.end(answer.status);
            config.onRequest?.({ method: call.method, path, status: answer.status, durationMs: performance.now() - startedAt, attempt });
            return answer;
          } catch (error) {
            sending?.end(null);
            config.onRequest?.({ method: call.method, path, status: null, durationMs: performance.now() - startedAt, attempt });
            throw error;
          }
        }));
      } catch (error) {
        if (error instanceof TwentyApiError) {
          // Not sent (cancelled, over the cap, no budget) or too large: the
          // same request would fare the same.
          throw error;
        }
        if (isRead && operation.signal?.aborted) {
          throw new TwentyApiError({ kind: 'cancelled', method: call.method, path, detail: 'the client went away' });
        }
        const failure = classifyRequestError(error);
        if (mayRetry) {
          await sleep(backoffMs(config, attempt));
          continue;
        }
        throw new TwentyApiError({
          kind: failure.kind,
          method: call.method,
          path,
          detail: failure.code,
          ...(isRead ? {} : { writeOutcome: outcomeOfAttempt(failure) }),
        });
      }

      if (status >= 200 && status < 300) {
        return readSuccess(call, path, status, text);
      }
      const body = parseJson(text);
      const notTwenty = notTwentyError(call.method, path, status, body, text, contentType);
      if (notTwenty !== undefined && status < 500) {
        throw notTwenty; // before a 404 could be read as "absent"
      }
      if (status === 404 && call.notFoundAsNull) {
        return null;
      }
      const retryAfterMs = status === 429 ? readRetryAfterMs(retryAfterHeader, body) : undefined;
      if (retryAfterMs !== undefined) {
        // Twenty's bucket and ours disagree (another client spends the same
        // quota): nothing for this workspace goes out before Twenty allows it.
        await gateway.rateLimited(operation.scope, retryAfterMs);
      }
      if (status === 429 && mayRetry && retryAfterMs !== undefined && retryAfterMs <= config.retry.maxRetryAfterMs) {
        await sleep(retryAfterMs);
        continue;
      }
      if (status >= 500 && mayRetry) {
        await sleep(backoffMs(config, attempt));
        continue;
      }
      if (notTwenty !== undefined) {
        throw notTwenty;
      }
      const { messages, upstreamError } = readErrorBody(body.ok ? body.value : undefined, secrets);
      throw new TwentyApiError({
        kind: 'http',
        status,
        method: call.method,
        path,
        messages,
        ...(upstreamError === undefined ? {} : { upstreamError }),
        ...(retryAfterMs === undefined ? {} : { retryAfterSeconds: Math.ceil(retryAfterMs / 1000) }),
        ...(isRead ? {} : { writeOutcome: outcomeOfAttempt({ kind: 'http', status }) }),
      });
    }
  }

  // One attempt's HTTP exchange. A body past maxResponseBytes (by its
  // content-length, or counted while it downloads) is cancelled at once: an
  // upstream that ignores `limit` can send hundreds of thousands of rows.
  async function transmit(method: HttpMethod, path: string, relative: string, options: OptionsOfTextResponseBody): Promise<UpstreamAnswer> {
    // Not decompressed, so the bytes counted are the bytes held: a compressed
    // body could grow far past the limit between two progress events.
    const pending = http(relative, { ...options, decompress: false });
    let tooLarge = false;
    pending.on('downloadProgress', ({ transferred, total }) => {
      if (!tooLarge && Math.max(transferred, total ?? 0) > maxResponseBytes) {
        tooLarge = true;
        pending.cancel();
      }
    });
    try {
      const response = await pending;
      return {
        status: response.statusCode,
        body: typeof response.body === 'string' ? response.body : String(response.body),
        retryAfter: response.headers['retry-after'],
        contentType: response.headers['content-type'],
      };
    } catch (error) {
      if (!tooLarge) {
        throw error;
      }
      const status = error instanceof RequestError ? error.response?.statusCode : undefined;
      throw new TwentyApiError({
        kind: 'tooLarge',
        ...(status === undefined ? {} : { status }),
        method,
        path,
        detail: `more than ${maxResponseBytes} bytes`,
        ...(method === 'GET' ? {} : { writeOutcome: 'UNKNOWN' as const }),
      });
    }
  }

  function readSuccess<T>(call: UpstreamCall<T>, path: string, status: number, text: string): T {
    const malformed = (detail: string) =>
      new TwentyApiError({
        kind: 'malformed',
        status,
        method: call.method,
        path,
        detail,
        ...(call.method === 'GET' ? {} : { writeOutcome: outcomeOfAttempt({ kind: 'malformed' }) }),
      });
    let body: unknown;
    if (text.trim() !== '') {
      const parsed = parseJson(text);
      if (!parsed.ok) {
        throw malformed(describeForeignBody(parsed, text, undefined));
      }
      body = parsed.value;
    }
    try {
      return call.read(body);
    } catch (error) {
      if (error instanceof EnvelopeError) {
        throw malformed(error.message);
      }
      throw error;
    }
  }

  async function requireResult<T>(call: UpstreamCall<T>): Promise<T> {
    const result = await request(call);
    invariant(result !== null, 'an upstream call without notFoundAsNull returned null');
    return result;
  }

  const forgetWrittenReads = async (method: HttpMethod, segments: string[]): Promise<void> => {
    const { tag, invalidates } = scopeOfChange({ method, segments });
    await gateway.invalidate(operation.scope, invalidates === 'all' ? 'all' : [tag]);
  };

  return {
    request,
    requireResult,
    forgetWrittenReads,
    get requestCount() {
      return operation.usage.requests;
    },
  };
}

function encodeSegment(segment: string): string {
  // `.` and `..` survive percent-encoding as dot segments and would move the
  // request to another route; no plural name or id looks like that.
  invariant(segment !== '' && segment !== '.' && segment !== '..', `invalid REST path segment "${segment}"`);
  return encodeURIComponent(segment);
}

// What a call reads or changes, for the shared cache: its object's plural
// (`/people`, `/batch/people`, `/restore/people`) or the metadata. Deleting or
// restoring a record can change others (Twenty's cascades and SET NULL), and a
// metadata change can change any record's shape: those make everything stale.
function scopeOfChange(call: { method: HttpMethod; segments: string[] }): Pick<UpstreamExchange, 'tag' | 'invalidates'> {
  const [first, second] = call.segments;
  const tag = first === 'metadata' ? 'metadata' : ((first === 'batch' || first === 'restore') && second !== undefined ? second : (first ?? ''));
  if (call.method === 'GET') {
    return { tag };
  }
  const changesOthers = tag === 'metadata' || call.method === 'DELETE' || call.segments.includes('restore');
  return { tag, invalidates: changesOthers ? 'all' : 'tag' };
}

// Error statuses keep their meaning only with a body Twenty (or a proxy's JSON
// error) would send. 401 and 429 mean the same from any gateway in front of
// Twenty; any other status with an HTML page, an empty body or JSON of
// another shape means TWENTY_API_URL (or a proxy) is not a Twenty REST API.
function notTwentyError(
  method: string,
  path: string,
  status: number,
  body: { ok: true; value: unknown } | { ok: false },
  text: string,
  contentType: string | undefined,
): TwentyApiError | undefined {
  if (status === 401 || status === 429 || (body.ok && isTwentyErrorBody(body.value))) {
    return undefined;
  }
  return new TwentyApiError({
    kind: 'malformed',
    status,
    method,
    path,
    detail: describeForeignBody(body, text, contentType),
    ...(method === 'GET' ? {} : { writeOutcome: status >= 500 ? ('UNKNOWN' as const) : ('NOT_APPLIED' as const) }),
  });
}

// Our own words for a body, never its text (it may echo the request).
function describeForeignBody(body: { ok: true; value: unknown } | { ok: false }, text: string, contentType: string | undefined): string {
  if (/html/i.test(contentType ?? '') || /^\s*</.test(text)) {
    return 'an HTML page';
  }
  if (text.trim() === '') {
    return 'an empty body';
  }
  return body.ok ? 'a JSON body that is not a Twenty error' : 'the body is not JSON';
}

function classifyRequestError(error: unknown): { kind: 'timeout' | 'network'; code: string } {
  if (error instanceof TimeoutError) {
    return { kind: 'timeout', code: error.code };
  }
  if (error instanceof RequestError) {
    return { kind: 'network', code: error.code };
  }
  // got wraps everything it throws in RequestError; anything else is still a
  // failed exchange, and its details may hold the request options (headers).
  return { kind: 'network', code: 'UNKNOWN' };
}

function backoffMs(config: RestTransportConfig, attempt: number): number {
  return (config.retry.backoffMs ?? DEFAULT_BACKOFF_MS) * 2 ** (attempt - 1);
}
