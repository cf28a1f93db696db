import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

import type { OperationLogEntry } from '../server.js';
import type { TwentyRequestEvent } from '../twenty/createRestTransport.js';

/** Path of the Prometheus scrape endpoint. */
export const METRICS_PATH = '/metrics';

/** Most distinct operation names given their own label; later names are counted as `other`. */
export const MAX_OPERATION_NAMES = 100;

/** The Prometheus metrics of one server, in their own registry (never prom-client's global one). */
export interface BffMetrics {
  readonly registry: Registry;
  /** Counts one finished (or refused) operation from its log entry. */
  observeOperation(entry: OperationLogEntry): void;
  /** Counts one upstream attempt; pass it as the Twenty client's `onRequest`. */
  observeUpstreamRequest(event: TwentyRequestEvent): void;
  /** Operations between their arrival and their answer. */
  readonly operationsInFlight: Gauge;
}

/**
 * Creates a registry with the default process metrics and twenty-bff's own:
 * operation durations by name and outcome, upstream requests by object,
 * method and status, retries, 429s, cache hits and misses, coalesced reads,
 * stale answers and rate-budget waits. Label values are bounded: operation
 * names past MAX_OPERATION_NAMES become `other`.
 */
export function createMetrics(): BffMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const duration = new Histogram({
    name: 'twenty_bff_operation_duration_seconds',
    help: 'Time from an operation\'s arrival to its answer, by operation name and outcome (ok, partial, error).',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const upstreamRequests = new Counter({
    name: 'twenty_bff_upstream_requests_total',
    help: 'HTTP requests sent to Twenty (retries included), by object (REST plural or metadata), method and status (none when no answer came).',
    labelNames: ['object', 'method', 'status'] as const,
    registers,
  });
  const retries = new Counter({ name: 'twenty_bff_upstream_retries_total', help: 'Upstream requests that were retries of a failed one.', registers });
  const tooMany = new Counter({ name: 'twenty_bff_upstream_429_total', help: 'Upstream answers 429 Too Many Requests.', registers });
  const cacheHits = new Counter({ name: 'twenty_bff_cache_hits_total', help: 'Reads answered from the shared cache while fresh.', registers });
  const cacheMisses = new Counter({ name: 'twenty_bff_cache_misses_total', help: 'Reads the shared cache could not answer.', registers });
  const coalesced = new Counter({ name: 'twenty_bff_coalesced_total', help: 'Reads that shared another operation\'s request in flight.', registers });
  const stale = new Counter({
    name: 'twenty_bff_stale_served_total',
    help: 'Reads answered from an expired cache entry because the rate budget could not serve a refresh in time.',
    registers,
  });
  const budgetWait = new Histogram({
    name: 'twenty_bff_rate_budget_wait_seconds',
    help: 'Time each operation that called Twenty waited for the rate budget.',
    buckets: [0, 0.01, 0.1, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });
  const operationsInFlight = new Gauge({ name: 'twenty_bff_operations_in_flight', help: 'GraphQL requests being answered.', registers });
  const operationLabel = createBoundedLabel(MAX_OPERATION_NAMES);
  return {
    registry,
    operationsInFlight,
    observeOperation(entry) {
      duration.observe({ operation: entry.operationName === null ? 'anonymous' : operationLabel(entry.operationName), outcome: entry.outcome }, entry.durationMs / 1000);
      cacheHits.inc(entry.cacheHits);
      cacheMisses.inc(entry.cacheMisses);
      coalesced.inc(entry.coalesced);
      stale.inc(entry.staleHits);
      if (entry.upstreamRequests > 0) {
        budgetWait.observe(entry.budgetWaitMs / 1000);
      }
    },
    observeUpstreamRequest(event) {
      upstreamRequests.inc({ object: objectOfPath(event.path), method: event.method, status: event.status === null ? 'none' : String(event.status) });
      if (event.attempt > 1) {
        retries.inc();
      }
      if (event.status === 429) {
        tooMany.inc();
      }
    },
  };
}

/**
 * Adds the gauge of live subscriptions to `metrics`, read from `count` at
 * each scrape (`twenty_bff_subscriptions`).
 */
export function observeSubscriptions(metrics: BffMetrics, count: () => number): void {
  new Gauge({
    name: 'twenty_bff_subscriptions',
    help: 'Subscriptions (live updates) open in this process.',
    registers: [metrics.registry],
    collect() {
      this.set(count());
    },
  });
}

/**
 * The object a Twenty REST path is about: `metadata` for `/rest/metadata/…`,
 * the plural for `/rest/{plural}…` and `/rest/batch/{plural}`.
 */
export function objectOfPath(path: string): string {
  const [first = '', second = ''] = path.replace(/^\/rest\//, '').split('/');
  if (first === 'metadata') {
    return 'metadata';
  }
  return decodeURIComponent(first === 'batch' ? second : first) || 'unknown';
}

// Operation names come from clients: a client inventing names must not grow
// the registry without end, so only the first `max` names get their own series.
function createBoundedLabel(max: number): (name: string) => string {
  const seen = new Set<string>();
  return (name) => {
    if (seen.has(name)) {
      return name;
    }
    if (seen.size >= max) {
      return 'other';
    }
    seen.add(name);
    return name;
  };
}
