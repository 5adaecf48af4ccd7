import { describe, expect, it } from 'vitest';
import { SendThrottle } from '../../../src/platform/proactive/send-throttle.js';

function maxInWindow(times: number[], windowMs: number): number {
  let most = 0;
  for (const start of times) most = Math.max(most, times.filter((t) => t >= start && t < start + windowMs).length);
  return most;
}

// Times are read when each caller resumes, a little after its release; the guard (as in production)
// absorbs that, so these windows are what a server would observe.
describe('the send throttle', () => {
  it('never lets more than the limit through in any sliding window, per tenant', async () => {
    const throttle = new SendThrottle({ perTenant: { limit: 5, intervalMs: 200 }, perConversation: [], guardMs: 25 });
    const times: number[] = [];
    await Promise.all(Array.from({ length: 15 }, (_, i) => throttle.acquire('t', `c${i}`).then((done) => { times.push(Date.now()); done(); })));
    expect(maxInWindow(times, 200)).toBeLessThanOrEqual(5);
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThanOrEqual(390);
  });

  it('applies every per-conversation rule at once', async () => {
    const throttle = new SendThrottle({
      perTenant: { limit: 100, intervalMs: 1000 },
      perConversation: [{ limit: 3, intervalMs: 100 }, { limit: 4, intervalMs: 400 }],
      guardMs: 25,
    });
    const times: number[] = [];
    await Promise.all(Array.from({ length: 6 }, () => throttle.acquire('t', 'same').then((done) => { times.push(Date.now()); done(); })));
    expect(maxInWindow(times, 100)).toBeLessThanOrEqual(3);
    expect(maxInWindow(times, 400)).toBeLessThanOrEqual(4);
  });

  it('after a 429 every send waits until the pause is over', async () => {
    const throttle = new SendThrottle({ perTenant: { limit: 100, intervalMs: 1000 }, perConversation: [], guardMs: 0 });
    const pausedAt = Date.now();
    throttle.pauseAll(pausedAt + 300);
    await Promise.all([throttle.acquire('t', 'a'), throttle.acquire('t', 'b')]);
    expect(Date.now() - pausedAt).toBeGreaterThanOrEqual(295);
  });
});

describe('waitForRules (per-conversation windows)', () => {
  const rules = [
    { limit: 7, intervalMs: 1000 },
    { limit: 8, intervalMs: 2000 },
  ];
  it('lets a message through while every window has room', async () => {
    const { waitForRules } = await import('../../../src/platform/proactive/send-throttle.js');
    expect(waitForRules([], rules, 10_000)).toBe(0);
    expect(waitForRules([9_000, 9_100, 9_200, 9_300, 9_400, 9_500], rules, 10_000)).toBe(0);
  });
  it('waits for the oldest message that counts against a full window to leave it', async () => {
    const { waitForRules } = await import('../../../src/platform/proactive/send-throttle.js');
    const seven = [9_100, 9_200, 9_300, 9_400, 9_500, 9_600, 9_700];
    expect(waitForRules(seven, rules, 9_800)).toBe(300);
    const eight = [8_500, 9_100, 9_200, 9_300, 9_400, 9_500, 9_600, 9_700];
    expect(waitForRules(eight, rules, 10_150)).toBe(350);
  });
});

describe('CompletionWindow', () => {
  it('counts a request until its response is back, so a slow one holds its place in the window', async () => {
    const { CompletionWindow } = await import('../../../src/platform/proactive/completion-window.js');
    const window = new CompletionWindow(2, 100);
    const first = await window.take();
    const second = await window.take();
    let third = false;
    const waiting = window.take().then((done) => {
      third = true;
      done();
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(third).toBe(false);
    first();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(third).toBe(false);
    const releasedAt = Date.now();
    await waiting;
    expect(Date.now() - releasedAt).toBeGreaterThanOrEqual(50);
    second();
  });
});
