import { describe, expect, it } from 'vitest';

import { createRateLimiter, rateLimitedError } from '../rateLimiter.js';
import { SandboxHttpError } from '../types.js';

const START = 1_800_000_000_000;

function clock() {
  let now = START;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

function refusal(take: () => void): SandboxHttpError {
  try {
    take();
  } catch (error) {
    expect(error).toBeInstanceOf(SandboxHttpError);
    return error as SandboxHttpError;
  }
  throw new Error('expected a 429');
}

describe('createRateLimiter', () => {
  it('refuses the request after the limit and names the exhausted bucket', () => {
    const time = clock();
    const limiter = createRateLimiter({ shortLimit: 2, shortTtlMs: 1_000, longLimit: 100, longTtlMs: 60_000 }, time.now);
    limiter.take('workspace', 'key');
    limiter.take('workspace', 'key');
    const error = refusal(() => limiter.take('workspace', 'key'));
    expect([error.statusCode, error.error, error.messages]).toEqual([429, 'RATE_LIMITED', ['Rate limit exceeded for apiKey: 2 requests per 1s.']]);
    expect(error.extraBody).toEqual({
      limitKind: 'speed',
      scope: { spenderType: 'apiKey', spenderId: 'key' },
      limit: 2,
      remaining: 0,
      periodCount: 1,
      periodUnit: 'second',
      retryAfterSeconds: 1,
    });
    expect(error.headers).toEqual({
      'Retry-After': '1',
      'X-RateLimit-Limit': '2',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': String(Math.ceil((START + 500) / 1000)),
    });
  });

  it('takes no token for a refused request', () => {
    const time = clock();
    const limiter = createRateLimiter({ shortLimit: 2, shortTtlMs: 1_000, longLimit: 100, longTtlMs: 60_000 }, time.now);
    limiter.take('workspace', 'key');
    limiter.take('workspace', 'key');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      refusal(() => limiter.take('workspace', 'key'));
    }
    time.advance(499);
    refusal(() => limiter.take('workspace', 'key'));
    time.advance(1);
    expect(() => limiter.take('workspace', 'key')).not.toThrow();
  });

  it('needs a token in both buckets and reports the one that waits longer', () => {
    const time = clock();
    const limiter = createRateLimiter({ shortLimit: 1, shortTtlMs: 1_000, longLimit: 2, longTtlMs: 60_000 }, time.now);
    limiter.take('workspace', 'key');
    time.advance(1_500);
    limiter.take('workspace', 'key');
    const error = refusal(() => limiter.take('workspace', 'key'));
    expect(error.extraBody).toMatchObject({ limit: 2, periodCount: 60, retryAfterSeconds: 29 });
    expect(error.headers['Retry-After']).toBe('29');
  });

  it('keeps one pair of buckets per workspace', () => {
    const limiter = createRateLimiter({ shortLimit: 1, shortTtlMs: 1_000, longLimit: 1, longTtlMs: 1_000 }, clock().now);
    limiter.take('first', 'key');
    expect(() => limiter.take('second', 'key')).not.toThrow();
    refusal(() => limiter.take('first', 'key'));
  });
});

describe('rateLimitedError', () => {
  it('never asks to retry in less than one second', () => {
    const error = rateLimitedError({ limit: 3, ttlMs: 60_000, remaining: 0, retryAfterMs: 4, apiKeyId: 'key-1', now: START });
    expect(error.headers['Retry-After']).toBe('1');
    expect(error.extraBody['retryAfterSeconds']).toBe(1);
  });

  it('rounds Retry-After up like Twenty', () => {
    const error = rateLimitedError({ limit: 3, ttlMs: 60_000, remaining: 0, retryAfterMs: 11_983, apiKeyId: 'key-1', now: START });
    expect(error.messages).toEqual(['Rate limit exceeded for apiKey: 3 requests per 60s.']);
    expect(error.extraBody['retryAfterSeconds']).toBe(12);
  });
});
