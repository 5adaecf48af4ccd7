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
  guardMs: 10,
};

type Gate = () => Promise<void>;

/**
 * Keeps every send within Teams' limits with sliding windows (p-throttle's strict mode, so no window
 * of any length ever holds more than the limit), and pauses all sending after a 429.
 */
export class SendThrottle {
  private readonly tenants = new Map<string, Gate>();
  private readonly conversations = new Map<string, { gates: Gate[]; lastUsed: number }>();
  private pausedUntil = 0;

  constructor(private readonly limits: ThrottleLimits = teamsLimits) {}

  /** Everything waits until then: Teams said 429, so the whole engine slows, not just one message. */
  pauseAll(untilMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, untilMs);
  }

  get pausedUntilMs(): number {
    return this.pausedUntil;
  }

  /** Resolves when a message to this conversation may be sent now. */
  async acquire(tenantId: string, conversationId: string): Promise<void> {
    for (const gate of this.conversationGates(conversationId)) await gate();
    for (;;) {
      await this.waitWhilePaused();
      await this.tenantGate(tenantId)();
      if (Date.now() >= this.pausedUntil) return;
    }
  }

  private async waitWhilePaused(): Promise<void> {
    while (Date.now() < this.pausedUntil) {
      await new Promise((resolve) => setTimeout(resolve, this.pausedUntil - Date.now()));
    }
  }

  private tenantGate(tenantId: string): Gate {
    let gate = this.tenants.get(tenantId);
    if (!gate) {
      gate = this.gateFor(this.limits.perTenant);
      this.tenants.set(tenantId, gate);
    }
    return gate;
  }

  private conversationGates(conversationId: string): Gate[] {
    const now = Date.now();
    let entry = this.conversations.get(conversationId);
    if (!entry) {
      this.forgetIdleConversations(now);
      entry = { gates: this.limits.perConversation.map((rule) => this.gateFor(rule)), lastUsed: now };
      this.conversations.set(conversationId, entry);
    }
    entry.lastUsed = now;
    return entry.gates;
  }

  private forgetIdleConversations(now: number): void {
    const longest = Math.max(...this.limits.perConversation.map((rule) => rule.intervalMs));
    if (this.conversations.size < 10_000) return;
    for (const [id, entry] of this.conversations) if (now - entry.lastUsed > longest) this.conversations.delete(id);
  }

  private gateFor(rule: RateRule): Gate {
    return pThrottle({ limit: rule.limit, interval: rule.intervalMs + this.limits.guardMs, strict: true })(async () => {});
  }
}
