import { CompletionWindow } from './completion-window.js';

export interface RateRule {
  readonly limit: number;
  readonly intervalMs: number;
}

export interface ThrottleLimits {
  /** Bot messages per second per app per tenant. */
  readonly perTenant: RateRule;
  /** Every rule applies to each conversation at once. */
  readonly perConversation: readonly RateRule[];
  /** Added to every per-conversation interval so that messages arriving a little late still fit Teams' window. */
  readonly guardMs: number;
}

/** Teams' published limits for proactive bot messages. */
export const teamsLimits: ThrottleLimits = {
  perTenant: { limit: 50, intervalMs: 1000 },
  perConversation: [
    { limit: 7, intervalMs: 1000 },
    { limit: 8, intervalMs: 2000 },
    { limit: 60, intervalMs: 30_000 },
    { limit: 1800, intervalMs: 3_600_000 },
  ],
  guardMs: 40,
};

/**
 * How long until one more message fits every rule, given the times messages were sent (ascending).
 * Pure: a sliding window per rule, so no window of any rule's length ever holds more than its limit.
 */
export function waitForRules(sentAt: readonly number[], rules: readonly RateRule[], now: number): number {
  let wait = 0;
  for (const rule of rules) {
    if (sentAt.length < rule.limit) continue;
    const oldestThatCounts = sentAt[sentAt.length - rule.limit]!;
    wait = Math.max(wait, oldestThatCounts + rule.intervalMs - now);
  }
  return Math.max(0, wait);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps every send within Teams' limits: the tenant's rate through a CompletionWindow (a request counts
 * until its response is back), each conversation's several windows at once through `waitForRules`,
 * and a pause for everything after a 429.
 */
export class SendThrottle {
  private readonly tenants = new Map<string, CompletionWindow>();
  private readonly conversations = new Map<string, number[]>();
  private readonly conversationRules: RateRule[];
  private readonly longestWindowMs: number;
  private pausedUntil = 0;

  constructor(private readonly limits: ThrottleLimits = teamsLimits) {
    this.conversationRules = limits.perConversation.map((rule) => ({ ...rule, intervalMs: rule.intervalMs + limits.guardMs }));
    this.longestWindowMs = Math.max(0, ...this.conversationRules.map((rule) => rule.intervalMs));
  }

  /** Everything waits until then: Teams said 429, so the whole engine slows, not just one message. */
  pauseAll(untilMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, untilMs);
  }

  /**
   * Resolves when a message to this conversation may be sent now, with the function to call once the
   * send has finished (whether it worked or not).
   */
  async acquire(tenantId: string, conversationId: string): Promise<() => void> {
    const sentAt = this.historyOf(conversationId);
    for (;;) {
      const conversationWait = waitForRules(sentAt, this.conversationRules, Date.now());
      if (conversationWait > 0) await sleep(conversationWait);
      while (Date.now() < this.pausedUntil) await sleep(this.pausedUntil - Date.now());
      const release = await this.tenantWindow(tenantId).take();
      const now = Date.now();
      if (now < this.pausedUntil || waitForRules(sentAt, this.conversationRules, now) > 0) {
        release();
        continue;
      }
      sentAt.push(now);
      if (now - sentAt[0]! > this.longestWindowMs) sentAt.splice(0, sentAt.findIndex((t) => now - t <= this.longestWindowMs));
      return release;
    }
  }

  private tenantWindow(tenantId: string): CompletionWindow {
    let window = this.tenants.get(tenantId);
    if (!window) {
      window = new CompletionWindow(this.limits.perTenant.limit, this.limits.perTenant.intervalMs);
      this.tenants.set(tenantId, window);
    }
    return window;
  }

  private historyOf(conversationId: string): number[] {
    let history = this.conversations.get(conversationId);
    if (!history) {
      if (this.conversations.size >= 10_000) this.forgetQuietConversations();
      history = [];
      this.conversations.set(conversationId, history);
    }
    return history;
  }

  private forgetQuietConversations(): void {
    const now = Date.now();
    for (const [id, history] of this.conversations) {
      if (history.length === 0 || now - history[history.length - 1]! > this.longestWindowMs) this.conversations.delete(id);
    }
  }
}
