import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config.js';
import { startSandbox } from '../../src/sandbox/index.js';
import type { RunningSandbox } from '../../src/sandbox/types.js';
import { type RunningBff, startBff } from '../../src/startBff.js';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN_ID = '00f067aa0ba902b7';

describe('OpenTelemetry tracing', () => {
  let sandbox: RunningSandbox;
  let bff: RunningBff;
  const exporter = new InMemorySpanExporter();

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 42 });
    const config = loadConfig({ BFF_CACHE_TTL_MS: '0', TWENTY_RATE_LIMIT: '0', BFF_ALLOW_ANONYMOUS: 'true', BFF_LOG_LEVEL: 'silent', BFF_WORKSPACE_SCHEMA: 'false' });
    bff = await startBff({ ...config, port: 0, host: '127.0.0.1' }, { upstream: { baseUrl: sandbox.url, apiKey: sandbox.apiKey }, spanExporter: exporter });
  });

  afterAll(async () => {
    await bff.close();
    await sandbox.close();
  });

  it('makes a span per operation under the caller\'s traceparent, and one per upstream request that Twenty receives', async () => {
    exporter.reset();
    sandbox.requests.length = 0;
    const response = await fetch(bff.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${TRACE_ID}-${CALLER_SPAN_ID}-01` },
      body: JSON.stringify({ query: 'query Board { people(first: 3) { edges { node { company { name } } } } }' }),
    });
    expect((await response.json()) as { errors?: unknown }).not.toHaveProperty('errors');

    const spans = exporter.getFinishedSpans();
    const operation = spans.find((span) => span.kind === SpanKind.SERVER);
    const upstream = spans.filter((span) => span.kind === SpanKind.CLIENT);
    expect(operation?.name).toBe('graphql query Board');
    expect(operation?.spanContext().traceId).toBe(TRACE_ID);
    expect(operation?.parentSpanContext?.spanId).toBe(CALLER_SPAN_ID);
    expect(operation?.attributes).toMatchObject({ 'graphql.operation.name': 'Board', 'graphql.operation.type': 'query' });
    expect(upstream.map((span) => [span.name, span.attributes['url.path'], span.attributes['http.response.status_code']])).toEqual([
      ['twenty GET', '/rest/people', 200],
      ['twenty GET', '/rest/companies', 200],
    ]);
    expect(upstream.every((span) => span.parentSpanContext?.spanId === operation?.spanContext().spanId)).toBe(true);
    // Twenty received each request's own span as its parent, in the caller's trace.
    expect(sandbox.requests.map((entry) => entry.headers['traceparent'])).toEqual(
      upstream.map((span) => `00-${TRACE_ID}-${span.spanContext().spanId}-01`),
    );
  });

  it('marks an operation that failed as an error, with its codes', async () => {
    exporter.reset();
    await fetch(bff.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Bad { people(first: 1, after: "nope") { totalCount } }' }),
    });
    const [operation] = exporter.getFinishedSpans();
    expect(operation?.status.code).toBe(SpanStatusCode.ERROR);
    expect(operation?.attributes['graphql.error.codes']).toEqual(['BAD_USER_INPUT']);
    // A fresh trace when the caller sent none.
    expect(operation?.spanContext().traceId).not.toBe(TRACE_ID);
  });
});
