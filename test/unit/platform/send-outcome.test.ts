import { describe, expect, it } from 'vitest';
import { backoffMs, classifySendError, retryAfterMs } from '../../../src/platform/proactive/send-outcome.js';

const now = new Date('2026-11-23T10:00:00Z');
const connectorError = (statusCode: number, retryAfter?: string) => ({
  statusCode,
  response: { headers: { get: (name: string) => (name === 'retry-after' ? retryAfter : undefined) } },
});

describe('what a failed send means', () => {
  it('429 is throttling, with Retry-After in seconds or as a date', () => {
    expect(classifySendError(connectorError(429, '3'), now)).toEqual({ kind: 'throttled', reason: 'HTTP 429', retryAfterMs: 3000 });
    expect(classifySendError(connectorError(429), now)).toEqual({ kind: 'throttled', reason: 'HTTP 429', retryAfterMs: undefined });
    expect(retryAfterMs('Mon, 23 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });

  it('412, 5xx and network errors are retried; 403/404 are unreachable; other 4xx fail', () => {
    for (const status of [412, 500, 502, 503, 504]) expect(classifySendError(connectorError(status), now).kind).toBe('retry');
    expect(classifySendError(connectorError(403), now).kind).toBe('unreachable');
    expect(classifySendError(connectorError(404), now).kind).toBe('unreachable');
    expect(classifySendError(connectorError(400), now)).toEqual({ kind: 'failed', reason: 'HTTP 400' });
    expect(classifySendError({ code: 'ECONNRESET' }, now)).toEqual({ kind: 'retry', reason: 'network error ECONNRESET' });
  });

  it('backoff grows exponentially, is jittered, and is capped', () => {
    expect(backoffMs(1, () => 0.999, 1000)).toBeLessThan(1000);
    expect(backoffMs(3, () => 0.999, 1000)).toBeGreaterThan(3900);
    expect(backoffMs(3, () => 0, 1000)).toBe(0);
    expect(backoffMs(30, () => 0.999, 1000, 60_000)).toBeLessThan(60_000);
  });
});
