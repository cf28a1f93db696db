import { assertUnreachable } from '../utils/assertUnreachable.js';

/** How an upstream call failed. */
export type TwentyApiErrorKind =
  | 'http'
  | 'timeout'
  | 'network'
  | 'malformed'
  // The answer was larger than allowed (TWENTY_MAX_RESPONSE_BYTES).
  | 'tooLarge'
  // Not sent at all: the client went away, the operation's request cap was
  // reached, or the workspace's rate budget could not serve it in time.
  | 'cancelled'
  | 'cost'
  | 'budget';

/**
 * What a failed write left upstream: `APPLIED` (it happened, e.g. its answer
 * was unreadable), `NOT_APPLIED` (refused or never sent), or `UNKNOWN` (no
 * answer came and nothing could tell).
 */
export type WriteOutcome = 'APPLIED' | 'NOT_APPLIED' | 'UNKNOWN';

/** The data a TwentyApiError carries; see the class for each field. */
export interface TwentyApiErrorDetails {
  kind: TwentyApiErrorKind;
  status?: number;
  method: string;
  path: string;
  messages?: string[];
  upstreamError?: string;
  retryAfterSeconds?: number;
  /** Writes only (absent for reads). */
  writeOutcome?: WriteOutcome;
  detail?: string;
}

/**
 * A normalised upstream failure: plain data (no API key, no headers, no query
 * string) that `formatError` turns into a GraphQL error. Thrown by the Twenty
 * client for every failed call; never wraps the HTTP library's error.
 */
export class TwentyApiError extends Error {
  override name = 'TwentyApiError';
  /**
   * `http` (Twenty answered an error status), `timeout`, `network`,
   * `malformed` (not a Twenty answer: an unreadable success body, or an error
   * status without a Twenty error body), or `tooLarge` (a body past the
   * client's `maxResponseBytes`, dropped while downloading).
   */
  readonly kind: TwentyApiErrorKind;
  /** HTTP status when Twenty answered. */
  readonly status?: number;
  readonly method: string;
  /** REST path relative to the base URL, e.g. `/rest/companies/<id>`; never the query string. */
  readonly path: string;
  /** Twenty's `messages` (contract §6.2). */
  readonly messages: string[];
  /** Twenty's `error` field, e.g. `BadRequestException` or `RATE_LIMITED`. */
  readonly upstreamError?: string;
  /** From a 429's `Retry-After` (or its body's `retryAfterSeconds`). */
  readonly retryAfterSeconds?: number;
  /** For a write: whether it happened; undefined for a read. */
  readonly writeOutcome?: WriteOutcome;
  /** True for a write whose effect is unknown (`writeOutcome` UNKNOWN). */
  readonly mayHaveApplied: boolean;
  /** Our own note on the failure, e.g. `ECONNRESET` or `the body is not JSON`. */
  readonly detail?: string;

  readonly #details: TwentyApiErrorDetails;

  constructor(details: TwentyApiErrorDetails) {
    super(describe(details));
    this.#details = details;
    this.kind = details.kind;
    this.method = details.method;
    this.path = details.path;
    this.messages = details.messages ?? [];
    this.mayHaveApplied = details.writeOutcome === 'UNKNOWN';
    if (details.writeOutcome !== undefined) {
      this.writeOutcome = details.writeOutcome;
    }
    if (details.status !== undefined) {
      this.status = details.status;
    }
    if (details.upstreamError !== undefined) {
      this.upstreamError = details.upstreamError;
    }
    if (details.retryAfterSeconds !== undefined) {
      this.retryAfterSeconds = details.retryAfterSeconds;
    }
    if (details.detail !== undefined) {
      this.detail = details.detail;
    }
  }

  /** The same failure, saying that the write it reports had `outcome` (known once retries and read-backs are done). */
  withWriteOutcome(outcome: WriteOutcome): TwentyApiError {
    return new TwentyApiError({ ...this.#details, writeOutcome: outcome });
  }
}

function describe(details: TwentyApiErrorDetails): string {
  const request = `Twenty ${details.method} ${details.path}`;
  const messages = details.messages?.length ? `: ${details.messages.join('; ')}` : '';
  let text: string;
  switch (details.kind) {
    case 'http':
      text = `${request} answered HTTP ${details.status ?? '?'}${details.upstreamError ? ` ${details.upstreamError}` : ''}${messages}`;
      break;
    case 'timeout':
      text = `${request} did not answer in time`;
      break;
    case 'network':
      text = `${request} failed on the network${details.detail ? ` (${details.detail})` : ''}`;
      break;
    case 'malformed':
      text = `${request} sent an unreadable answer${details.status ? ` (HTTP ${details.status})` : ''}${details.detail ? `: ${details.detail}` : ''}`;
      break;
    case 'tooLarge':
      text = `${request} sent an answer larger than allowed${details.detail ? ` (${details.detail})` : ''}`;
      break;
    case 'cancelled':
    case 'cost':
    case 'budget':
      text = `${request} was not sent: ${details.detail ?? details.kind}`;
      break;
    default:
      return assertUnreachable(details.kind, 'Unknown TwentyApiError kind');
  }
  switch (details.writeOutcome) {
    case 'UNKNOWN':
      return `${text}; the write may have happened`;
    case 'APPLIED':
      return `${text}; the write was applied`;
    case 'NOT_APPLIED':
      return `${text}; nothing was written`;
    default:
      return text;
  }
}
