import { describe, expect, it } from 'vitest';

import { TwentyApiError, type TwentyApiErrorDetails } from '../TwentyApiError.js';
import { isDuplicateError, outcomeOfAttempt, runWrite, type WritePlan } from '../writeOutcome.js';

const POST = { method: 'POST', path: '/rest/companies' } as const;
const failure = (details: Partial<TwentyApiErrorDetails>) =>
  new TwentyApiError({ kind: 'http', ...POST, ...details, writeOutcome: outcomeOfAttempt({ kind: 'http', ...details }) });
const http = (status: number, messages: string[] = [], extra: Partial<TwentyApiErrorDetails> = {}) => failure({ kind: 'http', status, messages, ...extra });
const timeout = () => new TwentyApiError({ kind: 'timeout', ...POST, writeOutcome: 'UNKNOWN' });
const refused = () => new TwentyApiError({ kind: 'network', ...POST, detail: 'ECONNREFUSED', writeOutcome: 'NOT_APPLIED' });
const garbled = () => new TwentyApiError({ kind: 'malformed', status: 201, ...POST, writeOutcome: 'APPLIED' });
const DUPLICATE = http(400, ['A duplicate entry was detected']);
const RECORD = { id: 'r1' };

/** Runs a plan whose attempts answer `answers` in turn, and records what happened. */
async function run(answers: Array<TwentyApiError | 'ok'>, readBack?: Array<typeof RECORD | null | Error>, options: Partial<WritePlan<unknown>> = {}) {
  const log: string[] = [];
  let attempts = 0;
  let reads = 0;
  const plan: WritePlan<unknown> = {
    ...options,
    attempt: async () => {
      const answer = answers[attempts++];
      log.push(`attempt ${answer instanceof TwentyApiError ? (answer.status ?? answer.kind) : 'ok'}`);
      if (answer instanceof TwentyApiError) {
        throw answer;
      }
      return RECORD;
    },
    ...(readBack === undefined
      ? {}
      : {
          readBack: async () => {
            const answer = readBack[reads++];
            log.push(`read ${answer instanceof Error ? 'fails' : answer === null ? 'null' : 'found'}`);
            if (answer instanceof Error || answer === undefined) {
              throw answer ?? new Error('no read-back answer');
            }
            return answer;
          },
        }),
  };
  const waits: number[] = [];
  const options_ = { limit: 2, maxRetryAfterMs: 2_000, backoffMs: 100, sleep: async (ms: number) => void waits.push(ms) };
  try {
    const result = await runWrite(plan, options_);
    return { result, log, waits };
  } catch (error) {
    const { writeOutcome, mayHaveApplied, status, kind } = error as TwentyApiError;
    return { error: { writeOutcome, mayHaveApplied, status, kind }, log, waits };
  }
}

describe('outcomeOfAttempt', () => {
  it.each([
    [{ kind: 'network', code: 'ECONNREFUSED' }, 'NOT_APPLIED'],
    [{ kind: 'network', code: 'ECONNRESET' }, 'UNKNOWN'],
    [{ kind: 'timeout' }, 'UNKNOWN'],
    [{ kind: 'http', status: 400 }, 'NOT_APPLIED'],
    [{ kind: 'http', status: 404 }, 'NOT_APPLIED'],
    [{ kind: 'http', status: 408 }, 'UNKNOWN'],
    [{ kind: 'http', status: 429 }, 'NOT_APPLIED'],
    [{ kind: 'http', status: 500 }, 'UNKNOWN'],
    [{ kind: 'http', status: 503 }, 'UNKNOWN'],
    [{ kind: 'malformed', status: 201 }, 'APPLIED'],
    [{ kind: 'cancelled' }, 'NOT_APPLIED'],
    [{ kind: 'cost' }, 'NOT_APPLIED'],
    [{ kind: 'budget' }, 'NOT_APPLIED'],
  ] as const)('reads %j as %s', (attempt, expected) => {
    expect(outcomeOfAttempt(attempt)).toBe(expected);
  });
});

describe('isDuplicateError', () => {
  it.each([
    [http(400, ['Record already exists']), true],
    [http(400, ['A duplicate entry was detected: another company already has domainName "x"']), true],
    [http(400, ['A field named "nickname" already exists on object person']), true],
    [http(409, ['Record already exists']), true],
    [http(400, ['Invalid value']), false],
    [http(500, ['Record already exists']), false],
  ])('reads %s', (error, expected) => {
    expect(isDuplicateError(error)).toBe(expected);
  });
});

describe('runWrite', () => {
  it('returns the first answer without retrying', async () => {
    expect(await run(['ok'])).toEqual({ result: RECORD, log: ['attempt ok'], waits: [] });
  });

  it('retries a timeout, a reset and a 5xx with doubling backoff', async () => {
    expect(await run([timeout(), http(502), 'ok'])).toEqual({ result: RECORD, log: ['attempt timeout', 'attempt 502', 'attempt ok'], waits: [100, 200] });
  });

  it('retries an unsent request and a 429 after its Retry-After', async () => {
    expect(await run([refused(), http(429, [], { retryAfterSeconds: 2 }), 'ok'])).toEqual({
      result: RECORD,
      log: ['attempt network', 'attempt 429', 'attempt ok'],
      waits: [100, 2_000],
    });
  });

  it('does not wait for a Retry-After beyond the limit, and says nothing was written', async () => {
    const outcome = await run([http(429, [], { retryAfterSeconds: 3 })], [RECORD]);
    expect(outcome).toEqual({ error: { writeOutcome: 'NOT_APPLIED', mayHaveApplied: false, status: 429, kind: 'http' }, log: ['attempt 429'], waits: [] });
  });

  it('answers the record read back when a repeat is refused as a duplicate', async () => {
    expect(await run([timeout(), DUPLICATE], [RECORD])).toMatchObject({ result: RECORD, log: ['attempt timeout', 'attempt 400', 'read found'] });
  });

  it('answers the record read back when a repeat after a 429 is refused as a duplicate', async () => {
    expect(await run([http(429, [], { retryAfterSeconds: 1 }), DUPLICATE], [RECORD])).toMatchObject({ result: RECORD });
  });

  it('says NOT_APPLIED when the read-back after a refused repeat finds nothing', async () => {
    expect(await run([timeout(), http(400, ['Invalid value'])], [null])).toMatchObject({ error: { writeOutcome: 'NOT_APPLIED', status: 400 } });
  });

  it('says UNKNOWN when the read-back after a refused repeat fails', async () => {
    expect(await run([timeout(), DUPLICATE], [new Error('down')])).toMatchObject({ error: { writeOutcome: 'UNKNOWN', mayHaveApplied: true } });
  });

  it('says NOT_APPLIED for a first refusal, without reading back', async () => {
    expect(await run([DUPLICATE], [RECORD])).toEqual({ error: { writeOutcome: 'NOT_APPLIED', mayHaveApplied: false, status: 400, kind: 'http' }, log: ['attempt 400'], waits: [] });
  });

  it('answers the existing record for a first duplicate when asked to', async () => {
    expect(await run([DUPLICATE], [RECORD], { existingIsResult: true })).toMatchObject({ result: RECORD, log: ['attempt 400', 'read found'] });
  });

  it('reads back once the retries are spent: found → the record, absent → NOT_APPLIED, unreadable → UNKNOWN', async () => {
    expect(await run([timeout(), timeout(), timeout()], [RECORD])).toMatchObject({ result: RECORD });
    expect(await run([timeout(), http(500), timeout()], [null])).toMatchObject({ error: { writeOutcome: 'NOT_APPLIED', kind: 'timeout' } });
    expect(await run([timeout(), timeout(), timeout()], [new Error('down')])).toMatchObject({ error: { writeOutcome: 'UNKNOWN', mayHaveApplied: true } });
  });

  it('says UNKNOWN once the retries are spent without a read-back', async () => {
    expect(await run([http(503), http(503), http(503)])).toMatchObject({ error: { writeOutcome: 'UNKNOWN', status: 503 }, waits: [100, 200] });
  });

  it('says NOT_APPLIED once the retries are spent when no attempt was sent', async () => {
    expect(await run([refused(), refused(), refused()], [RECORD])).toMatchObject({ error: { writeOutcome: 'NOT_APPLIED', kind: 'network' }, log: ['attempt network', 'attempt network', 'attempt network'] });
  });

  it('settles an unreadable success: the record read back, APPLIED without one, NOT_APPLIED when nothing is there', async () => {
    expect(await run([garbled()], [RECORD])).toMatchObject({ result: RECORD, log: ['attempt 201', 'read found'] });
    expect(await run([garbled()])).toMatchObject({ error: { writeOutcome: 'APPLIED', mayHaveApplied: false } });
    expect(await run([garbled()], [null])).toMatchObject({ error: { writeOutcome: 'NOT_APPLIED' } });
  });

  it('does not retry a request twenty-bff held back, and says nothing was written', async () => {
    const spent = new TwentyApiError({ kind: 'budget', ...POST, writeOutcome: 'NOT_APPLIED' });
    expect(await run([spent, 'ok'], [RECORD])).toEqual({ error: { writeOutcome: 'NOT_APPLIED', mayHaveApplied: false, status: undefined, kind: 'budget' }, log: ['attempt budget'], waits: [] });
  });

  it('says UNKNOWN for a refused repeat of a write it cannot read back', async () => {
    expect(await run([timeout(), http(404, ['Record not found'])])).toMatchObject({ error: { writeOutcome: 'UNKNOWN', status: 404 } });
  });
});
