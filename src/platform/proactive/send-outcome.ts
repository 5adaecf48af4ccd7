/** The shape of the errors the Bot Connector client throws for an error status (a RestError). */
type ConnectorErrorShape = { statusCode?: unknown; code?: unknown; message?: unknown; response?: { headers?: { get?(name: string): string | undefined } } };

export type SendOutcome =
  /** Teams asked us to slow down: wait (Retry-After when given) and slow every send, not only this one. */
  | { readonly kind: 'throttled'; readonly reason: string; readonly retryAfterMs?: number }
  /** Worth trying again after a backoff: 412, 5xx, network errors. */
  | { readonly kind: 'retry'; readonly reason: string }
  /** The member cannot be reached (app uninstalled, bot blocked, conversation gone). */
  | { readonly kind: 'unreachable'; readonly reason: string }
  | { readonly kind: 'failed'; readonly reason: string };

const retryStatuses = new Set([408, 412, 500, 502, 503, 504]);

/** Decides what a failed send means for the delivery. Pure. */
export function classifySendError(error: unknown, now: Date): SendOutcome {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as ConnectorErrorShape;
  const status = typeof shape.statusCode === 'number' ? shape.statusCode : undefined;
  if (status !== undefined) {
    const reason = `HTTP ${status}`;
    if (status === 429) {
      return { kind: 'throttled', reason, retryAfterMs: retryAfterMs(shape.response?.headers?.get?.('retry-after'), now) };
    }
    if (status === 403) return { kind: 'unreachable', reason: 'HTTP 403: the bot is blocked or the app was removed' };
    if (status === 404) return { kind: 'unreachable', reason: 'HTTP 404: the conversation no longer exists' };
    if (retryStatuses.has(status)) return { kind: 'retry', reason };
    return { kind: 'failed', reason };
  }
  if (typeof shape.code === 'string') return { kind: 'retry', reason: `network error ${shape.code}` };
  return { kind: 'retry', reason: `error: ${String(shape.message ?? error).slice(0, 120)}` };
}

/** Retry-After is either seconds or an HTTP date. */
export function retryAfterMs(header: string | undefined, now: Date): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** Exponential backoff with full jitter: a random wait in [0, min(cap, base·2^attempt)). */
export function backoffMs(attempt: number, random: () => number, baseMs = 1000, capMs = 5 * 60_000): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1)));
}
