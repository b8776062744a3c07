import type { IncomingHttpHeaders } from 'node:http';
import { context, propagation, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import { log } from './log.js';

/** Kepu's spans; Apollo Gateway adds its own (`gateway.request`, `gateway.plan`, `gateway.fetch` per subgraph fetch…). */
export const tracer = trace.getTracer('kepu');

let on = false;

/** Whether this process exports traces: only once `startTracing` was given an endpoint. */
export function tracingOn(): boolean {
  return on;
}

/**
 * With `OTEL_EXPORTER_OTLP_ENDPOINT` set, starts OpenTelemetry's SDK: spans are exported over
 * OTLP/HTTP (JSON) to `<endpoint>/v1/traces`, as `service`, and trace context travels in W3C
 * `traceparent` headers from the gateway to each subgraph. Without it nothing is loaded or started,
 * and every span Kepu and Apollo open is a no-op.
 */
export async function startTracing(service: string, endpoint: string | undefined): Promise<{ stop(): Promise<void> } | null> {
  if (!endpoint) return null;
  const [{ BasicTracerProvider, BatchSpanProcessor }, { OTLPTraceExporter }, { AsyncLocalStorageContextManager }, { Resource }] = await Promise.all([
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/context-async-hooks'),
    import('@opentelemetry/resources'),
  ]);
  const exporter = new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` });
  const provider = new BasicTracerProvider({
    resource: new Resource({ 'service.name': service }),
    spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: 1000 })],
  });
  provider.register({ contextManager: new AsyncLocalStorageContextManager().enable() });
  on = true;
  log.info({ service, endpoint }, 'exporting traces over OTLP');
  return { stop: () => provider.shutdown() };
}

/** The trace context a request arrived with (its `traceparent`), for the spans of its handling. */
export function incomingContext(headers: IncomingHttpHeaders): Context {
  return propagation.extract(context.active(), headers);
}

/** Adds the current trace context to outgoing request headers. */
export function injectContext(set: (name: string, value: string) => void): void {
  propagation.inject(context.active(), {}, { set: (_, name, value) => set(name, value) });
}

/** Runs `work` in a span, ended when it settles; a thrown error marks the span as failed. */
export async function inSpan<Result>(name: string, options: { kind?: SpanKind; parent?: Context; attributes?: Record<string, string | number> }, work: (span: Span) => Promise<Result>): Promise<Result> {
  return tracer.startActiveSpan(name, { kind: options.kind, attributes: options.attributes }, options.parent ?? context.active(), async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

export { SpanKind, SpanStatusCode };
