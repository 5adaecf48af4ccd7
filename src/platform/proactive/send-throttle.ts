import pThrottle from 'p-throttle';

export interface RateRule {
  readonly limit: number;
  readonly intervalMs: number;
}

export interface ThrottleLimits {
  /** Bot messages per second per app per tenant. */
  readonly perTenant: RateRule;
  /** Every rule applies to each conversation at once. */
  readonly perConversation: readonly RateRule[];
  /** Added to every interval so that requests arriving a little late still fit the server's window. */
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
  guardMs: 25,
};

type Gate = () => Promise<void>;

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
 * Keeps every send within Teams' limits: the tenant's rate through p-throttle's strict sliding window,
 * each conversation's several windows at once through `waitForRules`, and a pause for everything
 * after a 429.
 */
export class SendThrottle {
  private readonly tenants = new Map<string, Gate>();
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

  /** Resolves when a message to this conversation may be sent now. */
  async acquire(tenantId: string, conversationId: string): Promise<void> {
    const sentAt = this.historyOf(conversationId);
    for (;;) {
      const conversationWait = waitForRules(sentAt, this.conversationRules, Date.now());
      if (conversationWait > 0) await sleep(conversationWait);
      while (Date.now() < this.pausedUntil) await sleep(this.pausedUntil - Date.now());
      await this.tenantGate(tenantId)();
      const now = Date.now();
      if (now < this.pausedUntil || waitForRules(sentAt, this.conversationRules, now) > 0) continue;
      sentAt.push(now);
      if (sentAt.length > 0 && now - sentAt[0]! > this.longestWindowMs) sentAt.splice(0, sentAt.findIndex((t) => now - t <= this.longestWindowMs));
      return;
    }
  }

  private tenantGate(tenantId: string): Gate {
    let gate = this.tenants.get(tenantId);
    if (!gate) {
      const { limit, intervalMs } = this.limits.perTenant;
      // A weight function puts p-throttle's strict mode on its path that re-checks the window when each
      // call actually runs, so late timers can never bunch calls together.
      gate = pThrottle({ limit, interval: intervalMs + this.limits.guardMs, strict: true, weight: () => 1 })(async () => {});
      this.tenants.set(tenantId, gate);
    }
    return gate;
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
