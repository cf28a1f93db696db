import { describe, expect, it } from 'vitest';

import type { OperationLogEntry } from '../../server.js';
import { createMetrics, MAX_OPERATION_NAMES, objectOfPath } from '../metrics.js';

const ENTRY: OperationLogEntry = {
  requestId: 'r',
  operationName: null,
  clientName: null,
  outcome: 'ok',
  upstreamRequests: 0,
  cacheHits: 0,
  cacheMisses: 0,
  staleHits: 0,
  coalesced: 0,
  budgetWaitMs: 0,
  estimatedCost: null,
  durationMs: 5,
  errorCodes: [],
  clientGone: false,
};

describe('createMetrics', () => {
  it('labels unnamed operations anonymous and names past the cap other', async () => {
    const metrics = createMetrics();
    metrics.observeOperation(ENTRY);
    for (let index = 0; index <= MAX_OPERATION_NAMES; index += 1) {
      metrics.observeOperation({ ...ENTRY, operationName: `Op${index}`, outcome: 'error' });
    }
    metrics.observeOperation({ ...ENTRY, operationName: 'Op0', outcome: 'error' });
    const { values } = (await metrics.registry.getSingleMetric('twenty_bff_operation_duration_seconds')?.get()) ?? { values: [] };
    const counts = values.filter((value) => (value as { metricName?: string }).metricName === 'twenty_bff_operation_duration_seconds_count');
    expect(counts).toHaveLength(MAX_OPERATION_NAMES + 2);
    expect(counts.find((value) => value.labels['operation'] === 'anonymous')?.value).toBe(1);
    expect(counts.find((value) => value.labels['operation'] === 'Op0')?.value).toBe(2);
    expect(counts.find((value) => value.labels['operation'] === 'other')?.value).toBe(1);
  });

  it('keeps each server\'s metrics in its own registry', async () => {
    const first = createMetrics();
    const second = createMetrics();
    first.observeUpstreamRequest({ method: 'GET', path: '/rest/people', status: 200, durationMs: 1, attempt: 1 });
    expect(await first.registry.getSingleMetricAsString('twenty_bff_upstream_requests_total')).toContain(
      'twenty_bff_upstream_requests_total{object="people",method="GET",status="200"} 1',
    );
    expect(await second.registry.getSingleMetricAsString('twenty_bff_upstream_requests_total')).not.toContain('people');
  });
});

describe('objectOfPath', () => {
  it.each([
    ['/rest/people', 'people'],
    ['/rest/companies/0f3e', 'companies'],
    ['/rest/batch/opportunities', 'opportunities'],
    ['/rest/metadata/objects', 'metadata'],
    ['/rest/metadata/fields/1', 'metadata'],
  ])('reads %s as %s', (path, object) => {
    expect(objectOfPath(path)).toBe(object);
  });
});
