import { describe, expect, it } from 'vitest';
import { startTracing, tracer, tracingOn } from '../../kit/platform/tracing.js';

describe('tracing without OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  it('starts no SDK: spans record nothing and statements are sent as they are', async () => {
    expect(await startTracing('kepu-gateway', undefined)).toBeNull();
    expect(tracingOn()).toBe(false);
    const span = tracer.startSpan('graphql request');
    expect(span.isRecording()).toBe(false);
    span.end();
  });
});
