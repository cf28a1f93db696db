import { TwentyApiError, type TwentyApiErrorKind, type WriteOutcome } from './TwentyApiError.js';

/** How to retry a write; the client's own retry settings. */
export interface WriteRetryOptions {
  /** Retries after the first attempt. */
  limit: number;
  /** Longest 429 `Retry-After` worth waiting for. */
  maxRetryAfterMs: number;
  /** First delay before retrying a failed attempt; doubles per retry. */
  backoffMs: number;
  /** Waits `ms` (a fake in unit tests). */
  sleep: (ms: number) => Promise<void>;
}

/**
 * One write, made safe to repeat: `attempt` sends it once (a create carries
 * its id, so a repeat cannot make a second record), `readBack` looks upstream
 * to see whether it happened.
 */
export interface WritePlan<T> {
  /** Sends the write once; rejects with TwentyApiError. */
  attempt(): Promise<T>;
  /**
   * What the write left upstream: its result when it happened, null when it
   * did not. Asked only after an attempt whose effect is unknown, or when a
   * repeat is refused as a duplicate or as gone.
   */
  readBack?: () => Promise<T | null>;
  /** Resolve a duplicate refusal of even the first attempt by `readBack` (the existing record is the result). */
  existingIsResult?: boolean;
}

// Errors raised before a connection exists: the request never left, so even a
// write certainly did not happen.
const CONNECT_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  // Node refuses to send a header it cannot write: nothing left at all.
  'ERR_INVALID_CHAR',
  'ERR_INVALID_HTTP_TOKEN',
]);

/**
 * What one failed write attempt says on its own: not sent (connect errors, or
 * held back by twenty-bff: cancelled, request cap, rate budget) or
 * refused (4xx, a 429 included: Twenty throttles before running, contract
 * §6.3) → NOT_APPLIED; a 2xx with an unreadable body → APPLIED; no answer, a
 * lost connection, an answer too large to read, 408 or 5xx → UNKNOWN.
 */
export function outcomeOfAttempt(failure: { kind: TwentyApiErrorKind; status?: number; code?: string }): WriteOutcome {
  switch (failure.kind) {
    case 'cancelled':
    case 'cost':
    case 'budget':
      return 'NOT_APPLIED';
    case 'malformed':
      return 'APPLIED';
    case 'network':
      return CONNECT_ERROR_CODES.has(failure.code ?? '') ? 'NOT_APPLIED' : 'UNKNOWN';
    case 'timeout':
    case 'tooLarge':
      return 'UNKNOWN';
    case 'http':
      return failure.status !== undefined && failure.status < 500 && failure.status !== 408 ? 'NOT_APPLIED' : 'UNKNOWN';
  }
}

/**
 * True when Twenty refused a create because its id (or a unique value, or a
 * metadata name) is taken: G1 `Record already exists`, G3 `A duplicate entry
 * was detected`, metadata `… already exists` (contract §4.7, §9).
 */
export function isDuplicateError(error: unknown): error is TwentyApiError {
  return (
    error instanceof TwentyApiError &&
    (error.status === 400 || error.status === 409) &&
    error.messages.some((message) => /already exists|duplicate entry/i.test(message))
  );
}

/**
 * Runs `plan` until its outcome is known, and returns the write's result or
 * rejects with a TwentyApiError whose `writeOutcome` is exact. Retries (at
 * most `options.limit`) follow a timeout, a lost connection, a 5xx, an
 * unsent request or a 429 within `maxRetryAfterMs`. A repeat refused as a
 * duplicate or as not found, an unreadable success, and exhausted retries
 * are settled by `readBack`: the write happened → its result; it did not →
 * NOT_APPLIED; UNKNOWN only when nothing could tell.
 */
export async function runWrite<T>(plan: WritePlan<T>, options: WriteRetryOptions): Promise<T> {
  let unclear = false;
  for (let attempt = 1; ; attempt += 1) {
    let failure: TwentyApiError;
    try {
      return await plan.attempt();
    } catch (error) {
      if (!(error instanceof TwentyApiError)) {
        throw error;
      }
      failure = error;
    }
    const outcome = failure.writeOutcome ?? outcomeOfAttempt(failure);
    if (outcome === 'APPLIED') {
      // A 2xx: Twenty ran it, unless the read-back finds nothing (a proxy's answer).
      return settle(plan, failure, { absent: 'NOT_APPLIED', unreadable: 'APPLIED' });
    }
    if (outcome === 'NOT_APPLIED' && failure.kind === 'http' && failure.status !== 429) {
      // A repeat refused as a duplicate (create) or as not found (delete) is
      // what an earlier attempt that landed would cause (a 429 can come from a
      // proxy after Twenty ran the write): look before answering.
      if ((attempt > 1 || (plan.existingIsResult === true && isDuplicateError(failure))) && plan.readBack !== undefined) {
        return settle(plan, failure, { absent: 'NOT_APPLIED', unreadable: unclear ? 'UNKNOWN' : 'NOT_APPLIED' });
      }
      throw failure.withWriteOutcome(unclear ? 'UNKNOWN' : 'NOT_APPLIED');
    }
    unclear ||= outcome === 'UNKNOWN';
    const waitMs = attempt <= options.limit ? retryDelayMs(failure, attempt, options) : undefined;
    if (waitMs === undefined) {
      if (!unclear) {
        throw failure.withWriteOutcome('NOT_APPLIED');
      }
      return settle(plan, failure, { absent: 'NOT_APPLIED', unreadable: 'UNKNOWN' });
    }
    await options.sleep(waitMs);
  }
}

// Undefined when the failure must not be retried: a 429 without a usable
// Retry-After, or a request twenty-bff itself held back (cancelled, over the
// operation's cap or the workspace's budget), which a repeat would not change.
function retryDelayMs(failure: TwentyApiError, attempt: number, options: WriteRetryOptions): number | undefined {
  if (failure.kind === 'cancelled' || failure.kind === 'cost' || failure.kind === 'budget') {
    return undefined;
  }
  if (failure.status === 429) {
    const ms = failure.retryAfterSeconds === undefined ? undefined : failure.retryAfterSeconds * 1000;
    return ms !== undefined && ms <= options.maxRetryAfterMs ? ms : undefined;
  }
  return options.backoffMs * 2 ** (attempt - 1);
}

// The write's fate from `readBack`: its result when it happened, else
// `failure` saying `absent` (the read found nothing) or `unreadable` (there is
// no read-back, or it failed too).
async function settle<T>(plan: WritePlan<T>, failure: TwentyApiError, outcomes: { absent: WriteOutcome; unreadable: WriteOutcome }): Promise<T> {
  let found: T | null;
  try {
    if (plan.readBack === undefined) {
      throw failure;
    }
    found = await plan.readBack();
  } catch {
    throw failure.withWriteOutcome(outcomes.unreadable);
  }
  if (found === null) {
    throw failure.withWriteOutcome(outcomes.absent);
  }
  return found;
}
