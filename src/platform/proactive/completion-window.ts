import { performance } from 'node:perf_hooks';

/**
 * At most `limit` requests in any sliding window of `intervalMs`, as the server sees them arrive.
 * A request counts from the moment it is let through until its response is back: it has certainly
 * arrived by then, so however late it reached the server, no window there can hold more than the limit.
 * (Counting from release alone, as rate-limiter packages do, lets a late request share a window with
 * the next second's; that is exactly what a busy event loop or a new connection produces.)
 */
export class CompletionWindow {
  /** When each request's response came back (performance.now(): monotonic, finer than a millisecond). */
  private slots: { doneAt: number }[] = [];
  private wakers: (() => void)[] = [];

  constructor(
    private readonly limit: number,
    private readonly intervalMs: number,
  ) {}

  /** Resolves when one more request may go; call the returned function when its response is back. */
  async take(): Promise<() => void> {
    for (;;) {
      const now = performance.now();
      this.slots = this.slots.filter((slot) => slot.doneAt > now - this.intervalMs);
      if (this.slots.length < this.limit) {
        const slot = { doneAt: Number.POSITIVE_INFINITY };
        this.slots.push(slot);
        return () => {
          if (Number.isFinite(slot.doneAt)) return;
          slot.doneAt = performance.now();
          for (const wake of this.wakers.splice(0)) wake();
        };
      }
      const earliest = Math.min(...this.slots.map((slot) => slot.doneAt));
      await new Promise<void>((resolve) => {
        const timer = Number.isFinite(earliest) ? setTimeout(resolve, earliest + this.intervalMs - now) : undefined;
        this.wakers.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}
