import { describe, expect, it } from 'vitest';

import { createReadinessCheck } from '../readiness.js';

describe('createReadinessCheck', () => {
  it('spends a budget token per probe, and keeps the last answer while the budget has none', async () => {
    let time = 0;
    const tokens = [true, false, true];
    const probes: Array<number | null> = [];
    const ready = createReadinessCheck({
      // Nothing listens on port 9 of this machine: every probe finds Twenty unreachable.
      baseUrl: 'http://127.0.0.1:9',
      authorization: 'Bearer key-0123456789',
      timeoutMs: 1000,
      cacheMs: 5000,
      now: () => time,
      spendToken: async () => tokens.shift() ?? false,
      onRequest: (event) => probes.push(event.status),
    });
    const unreachable = { status: 503, body: { status: 'not ready', reason: 'twenty unreachable' } };
    expect(await ready()).toEqual(unreachable);
    time = 6000;
    // No token: the previous answer stands, and nothing is sent.
    expect(await ready()).toEqual(unreachable);
    expect(probes).toEqual([null]);
    time = 12_000;
    expect(await ready()).toEqual(unreachable);
    expect(probes).toEqual([null, null]);
    expect(tokens).toEqual([]);
  });
});
