import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestBff, type TestBff } from '../utils/startTestBff.js';

/** The value of the sample `series` (name and labels exactly as exposed) in a scrape; undefined when absent. */
function sample(scrape: string, series: string): number | undefined {
  const line = scrape.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  let bff: TestBff;
  const scrape = async () => {
    const response = await fetch(bff.url.replace(/\/graphql$/, '/metrics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return response.text();
  };

  beforeAll(async () => {
    // Counts only the operations' own requests: no data model read.
    bff = await startTestBff({}, { cache: { ttlMs: 60_000 }, twenty: { retryLimit: 2 }, workspaceSchema: { enabled: false } });
  });

  afterAll(async () => {
    await bff.close();
  });

  it('counts operations, upstream requests, retries, 429s and the cache exactly', async () => {
    await bff.data('query Few { companies(first: 1) { totalCount } }');
    await bff.data('query Few { companies(first: 1) { totalCount } }');
    await bff.data('{ ping }');
    bff.sandbox.faults.inject({ status: 429, retryAfterSeconds: 0, times: 1, match: { pathPrefix: '/rest/people' } });
    await bff.data('query People { people(first: 1) { totalCount } }');
    await bff.execute('query Broken { nope }');
    expect(bff.upstream().map(({ method, path, status }) => `${method} ${path} ${status}`)).toEqual([
      'GET /rest/companies 200',
      'GET /rest/people 429',
      'GET /rest/people 200',
    ]);
    const text = await scrape();
    expect(
      Object.fromEntries(
        [
          'twenty_bff_upstream_requests_total{object="companies",method="GET",status="200"}',
          'twenty_bff_upstream_requests_total{object="people",method="GET",status="429"}',
          'twenty_bff_upstream_requests_total{object="people",method="GET",status="200"}',
          'twenty_bff_upstream_retries_total',
          'twenty_bff_upstream_429_total',
          'twenty_bff_cache_hits_total',
          'twenty_bff_cache_misses_total',
          'twenty_bff_coalesced_total',
          'twenty_bff_stale_served_total',
          'twenty_bff_rate_budget_wait_seconds_count',
          'twenty_bff_operation_duration_seconds_count{operation="Few",outcome="ok"}',
          'twenty_bff_operation_duration_seconds_count{operation="anonymous",outcome="ok"}',
          'twenty_bff_operation_duration_seconds_count{operation="People",outcome="ok"}',
          'twenty_bff_operation_duration_seconds_count{operation="anonymous",outcome="error"}',
          'twenty_bff_operations_in_flight',
        ].map((series) => [series, sample(text, series)]),
      ),
    ).toEqual({
      'twenty_bff_upstream_requests_total{object="companies",method="GET",status="200"}': 1,
      'twenty_bff_upstream_requests_total{object="people",method="GET",status="429"}': 1,
      'twenty_bff_upstream_requests_total{object="people",method="GET",status="200"}': 1,
      'twenty_bff_upstream_retries_total': 1,
      'twenty_bff_upstream_429_total': 1,
      'twenty_bff_cache_hits_total': 1,
      // The first Few, and each of People's two attempts.
      'twenty_bff_cache_misses_total': 3,
      'twenty_bff_coalesced_total': 0,
      'twenty_bff_stale_served_total': 0,
      // The operations that called Twenty: the first Few and People.
      'twenty_bff_rate_budget_wait_seconds_count': 2,
      'twenty_bff_operation_duration_seconds_count{operation="Few",outcome="ok"}': 2,
      'twenty_bff_operation_duration_seconds_count{operation="anonymous",outcome="ok"}': 1,
      'twenty_bff_operation_duration_seconds_count{operation="People",outcome="ok"}': 1,
      // An invalid document has no resolved name, and Broken sent no operationName.
      'twenty_bff_operation_duration_seconds_count{operation="anonymous",outcome="error"}': 1,
      'twenty_bff_operations_in_flight': 0,
    });
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(text).not.toContain(bff.sandbox.apiKey);
  });
});

describe('BFF_METRICS=false', () => {
  it('does not serve /metrics', async () => {
    const bff = await startTestBff({}, { metrics: false });
    try {
      expect((await fetch(bff.url.replace(/\/graphql$/, '/metrics'))).status).toBe(404);
    } finally {
      await bff.close();
    }
  });
});
