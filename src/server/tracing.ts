import {
  defaultTextMapGetter,
  defaultTextMapSetter,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
  type Tracer,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/** One upstream attempt being traced: the headers that carry the trace, and its end. */
export interface UpstreamSending {
  headers: Record<string, string>;
  end(status: number | null): void;
}

/** OpenTelemetry tracing of operations and their upstream requests. */
export interface Tracing {
  /** Starts an operation's span, as a child of the caller's `traceparent` when it sent one. */
  startOperation(headers: { get(name: string): string | undefined } | undefined): Span;
  /** Starts the span of one upstream attempt under `operation`; its headers propagate the trace to Twenty. */
  sendUpstream(operation: Span, attempt: { method: string; path: string }): UpstreamSending;
  /** Sends what is buffered and stops. */
  shutdown(): Promise<void>;
}

/** Where spans go: an OTLP/HTTP endpoint (`OTEL_EXPORTER_OTLP_ENDPOINT`), or an exporter of the caller's (tests). */
export interface TracingOptions {
  endpoint?: string | undefined;
  serviceName: string;
  exporter?: SpanExporter | undefined;
}

/**
 * Returns the tracing of this server, or undefined when spans have nowhere to
 * go. Its provider is its own (not registered globally), so several servers
 * in one process never mix their spans; W3C trace context is read from callers
 * and written to Twenty.
 */
export function createTracing(options: TracingOptions): Tracing | undefined {
  const exporter = options.exporter ?? (options.endpoint ? new OTLPTraceExporter({ url: `${options.endpoint.replace(/\/+$/, '')}/v1/traces` }) : undefined);
  if (!exporter) {
    return undefined;
  }
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    // A test's exporter sees each span as it ends; a real one gets batches.
    spanProcessors: [options.exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter)],
  });
  const tracer: Tracer = provider.getTracer('twenty-bff');
  const propagator = new W3CTraceContextPropagator();
  return {
    startOperation(headers) {
      const carrier: Record<string, string> = {};
      for (const name of ['traceparent', 'tracestate']) {
        const value = headers?.get(name);
        if (value !== undefined) {
          carrier[name] = value;
        }
      }
      const parent = propagator.extract(ROOT_CONTEXT, carrier, defaultTextMapGetter);
      return tracer.startSpan('graphql operation', { kind: SpanKind.SERVER }, parent);
    },
    sendUpstream(operation, attempt) {
      const span = tracer.startSpan(
        `twenty ${attempt.method}`,
        { kind: SpanKind.CLIENT, attributes: { 'http.request.method': attempt.method, 'url.path': attempt.path } },
        trace.setSpan(ROOT_CONTEXT, operation),
      );
      const headers: Record<string, string> = {};
      propagator.inject(trace.setSpan(ROOT_CONTEXT, span), headers, defaultTextMapSetter);
      return {
        headers,
        end(status) {
          if (status !== null) {
            span.setAttribute('http.response.status_code', status);
          }
          if (status === null || status >= 500) {
            span.setStatus({ code: SpanStatusCode.ERROR });
          }
          span.end();
        },
      };
    },
    shutdown: () => provider.shutdown(),
  };
}
