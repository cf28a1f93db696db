import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { leaksToken, PROBE_TOKEN, REDACTION_PROBES } from '../../src/twenty/__tests__/redactionProbes.js';
import { startTestBff, type TestBff } from '../utils/startTestBff.js';

// Upstream error bodies that echo the key (a proxy quoting the header, a
// gateway's debug text): whatever form the copy takes, it never reaches a client.
describe('credential redaction', () => {
  let bff: TestBff;

  beforeAll(async () => {
    bff = await startTestBff({ demoData: false, records: { companies: [] } });
  });

  beforeEach(() => {
    bff.sandbox.faults.clear();
    bff.resetRequests();
  });

  afterAll(async () => {
    await bff.close();
  });

  it('probes the key twenty-bff sends', () => {
    expect(bff.sandbox.apiKey).toBe(PROBE_TOKEN);
    expect(REDACTION_PROBES.length).toBeGreaterThanOrEqual(44);
  });

  it.each(REDACTION_PROBES)('removes the key %s from messages', async (_name, probe) => {
    bff.sandbox.faults.inject({ kind: 'status', status: 400, messages: [`Bad header <${probe}> sent`], times: 1 });
    const result = await bff.execute('{ companies(first: 1) { totalCount } }');
    expect(result.errors?.[0]?.message).toMatch(/^Twenty rejected the request: Bad header <.*\[redacted\].*> sent$/s);
    expect(leaksToken(JSON.stringify(result))).toBe(false);
    expect(bff.upstream()).toHaveLength(1);
  });

  it.each(REDACTION_PROBES)('removes the key %s from the error name of a write', async (_name, probe) => {
    bff.sandbox.faults.inject({ kind: 'status', status: 401, messages: [], error: `Unknown key ${probe}`, times: 1 });
    const result = await bff.execute('mutation { createCompany(data: { name: "Echo" }) { id } }');
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.message).toMatch(/^Twenty did not accept the credentials: Unknown key .*\[redacted\]/s);
    expect(leaksToken(JSON.stringify(result))).toBe(false);
  });
});
