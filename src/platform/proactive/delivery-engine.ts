import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { StoredConversationReference } from '../bot/turn.js';
import {
  type CampaignMessage,
  type CampaignRecord,
  type CampaignReport,
  type DeliveryRecord,
  type DeliveryStatus,
  type NewCampaign,
} from './campaign.js';
import type { DeliveryLedger, Versioned } from './delivery-ledger.js';
import { renderCampaignMessage } from './render-campaign-message.js';
import type { ProactiveSender } from './proactive-sender.js';
import { backoffMs, classifySendError } from './send-outcome.js';
import type { SendThrottle } from './send-throttle.js';

export interface Recipient {
  readonly conversationReference: StoredConversationReference;
  readonly installed: boolean;
}

/** Where the engine finds members' conversations, and tells the members feature who cannot be reached. */
export interface RecipientDirectory {
  find(tenantId: string, memberId: string): Promise<Recipient | undefined>;
  /** Many at once (a campaign's due recipients), keyed by member id; missing members are absent. */
  findMany(tenantId: string, memberIds: readonly string[]): Promise<ReadonlyMap<string, Recipient>>;
  markUnreachable(tenantId: string, memberId: string, reason: string, at: Date): Promise<void>;
}

export interface DeliveryEngineOptions {
  /** Sends in flight at once per engine instance. */
  readonly concurrency: number;
  /** How long a claim holds before another instance may take the delivery. */
  readonly claimTtlMs: number;
  /** Attempts before a retryable failure becomes 'failed'. */
  readonly maxAttempts: number;
  readonly backoffBaseMs: number;
  /** How often an idle engine looks for new work. */
  readonly pollIntervalMs: number;
}

export const defaultDeliveryOptions: DeliveryEngineOptions = {
  concurrency: 16,
  claimTtlMs: 120_000,
  maxAttempts: 5,
  backoffBaseMs: 2_000,
  pollIntervalMs: 2_000,
};

/** A delivery that failed and is worth another go, with when (in real time) it falls due. */
interface Retry {
  readonly entry: Versioned<DeliveryRecord>;
  readonly dueAt: number;
}

const inPassRetryHorizonMs = 5_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface DeliveryEngineDependencies {
  readonly ledger: DeliveryLedger;
  readonly directory: RecipientDirectory;
  readonly sender: ProactiveSender;
  readonly throttle: SendThrottle;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly random?: () => number;
  readonly instanceId?: string;
  readonly options?: Partial<DeliveryEngineOptions>;
}

/**
 * Sends every campaign message to every recipient once: a ledger entry per recipient, claimed with an
 * etag-conditional write before each send, within Teams' limits, retried with backoff, and resumed
 * by any instance after a crash (an expired claim is taken again).
 */
export class DeliveryEngine {
  private readonly options: DeliveryEngineOptions;
  private readonly random: () => number;
  readonly instanceId: string;
  private running = false;
  private stopping = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private inFlight = 0;
  private consecutiveThrottles = 0;

  constructor(private readonly deps: DeliveryEngineDependencies) {
    this.options = { ...defaultDeliveryOptions, ...deps.options };
    this.random = deps.random ?? Math.random;
    this.instanceId = deps.instanceId ?? randomUUID();
  }

  /** Creates the campaign and its ledger; creating the same id again changes nothing. */
  async createCampaign(campaign: NewCampaign): Promise<{ created: boolean }> {
    const now = this.deps.clock.now();
    const created = await this.deps.ledger.createHeader(campaign, now);
    const header = await this.deps.ledger.header(campaign.id);
    if (header?.value.status === 'creating') await this.finishCreating(header);
    this.wakeUp?.();
    return { created };
  }

  async cancelCampaign(campaignId: string): Promise<void> {
    const now = this.deps.clock.now().toISOString();
    for (;;) {
      const header = await this.deps.ledger.header(campaignId);
      if (!header || header.value.status === 'cancelled' || header.value.status === 'completed') break;
      const updated = { ...header.value, status: 'cancelled' as const, cancelledAt: now };
      if (await this.deps.ledger.replaceIfUnchanged(updated, header.etag)) break;
    }
    for (const delivery of await this.deps.ledger.deliveriesOf(campaignId)) {
      if (delivery.status !== 'pending') continue;
      let current: Versioned<DeliveryRecord> | undefined = await this.deps.ledger.delivery(campaignId, delivery.memberId);
      while (current && current.value.status === 'pending') {
        const cancelled = { ...current.value, status: 'cancelled' as const, updatedAt: now, lastError: 'campaign cancelled' };
        if (await this.deps.ledger.replaceIfUnchanged(cancelled, current.etag)) break;
        current = await this.deps.ledger.delivery(campaignId, delivery.memberId);
      }
    }
  }

  /** Live counts and each recipient's outcome. */
  async report(campaignId: string): Promise<CampaignReport> {
    const header = await this.deps.ledger.header(campaignId);
    const deliveries = await this.deps.ledger.deliveriesOf(campaignId);
    const counts: Record<DeliveryStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0, unreachable: 0, cancelled: 0 };
    for (const delivery of deliveries) counts[delivery.status] += 1;
    return {
      campaignId,
      purpose: header?.value.purpose ?? 'unknown',
      status: header?.value.status ?? 'unknown',
      counts,
      recipients: deliveries.map((delivery) => ({
        memberId: delivery.memberId,
        status: delivery.status,
        reason: delivery.lastError,
        sentAt: delivery.sentAt,
        activityId: delivery.activityId,
      })),
    };
  }

  /**
   * Edits messages already sent (and what is still to be sent). `messageFor` gives each recipient's new
   * message; without it the campaign's new message is used for everyone.
   */
  async updateSent(campaignId: string, message: CampaignMessage, dataFor?: (memberId: string) => Record<string, unknown> | undefined): Promise<{ updated: number; failed: number }> {
    const header = await this.deps.ledger.header(campaignId);
    if (!header) return { updated: 0, failed: 0 };
    const recipients = header.value.recipients.map((recipient) => ({ ...recipient, data: dataFor?.(recipient.memberId) ?? recipient.data }));
    await this.replaceHeader(campaignId, (value) => ({ ...value, message, recipients }));
    return this.forEachSent(campaignId, 'editedAt', async (reference, delivery) => {
      const data = recipients.find((recipient) => recipient.memberId === delivery.memberId)?.data;
      await this.deps.sender.update(reference, delivery.activityId!, renderCampaignMessage(message, data));
    });
  }

  /** Recalls (deletes) every message of the campaign that was sent, and cancels what was not. */
  async deleteSent(campaignId: string): Promise<{ deleted: number; failed: number }> {
    await this.cancelCampaign(campaignId);
    const { updated, failed } = await this.forEachSent(campaignId, 'recalledAt', (reference, delivery) =>
      this.deps.sender.delete(reference, delivery.activityId!),
    );
    return { deleted: updated, failed };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopping = false;
    this.loop = this.runLoop();
  }

  /** Stops claiming; sends already under way finish and are recorded. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.running = false;
    this.wakeUp?.();
    await this.loop;
    while (this.inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  /** Drains until nothing is due now (retries waiting for a later time are left). For tests and tools. */
  async runUntilIdle(): Promise<void> {
    while (await this.drainOnce()) {
      // keep going while a pass made progress
    }
  }

  private async runLoop(): Promise<void> {
    while (this.running) {
      let progressed = false;
      try {
        progressed = await this.drainOnce();
      } catch (error) {
        this.deps.logger.error({ err: error }, 'delivery pass failed; will retry');
      }
      if (!progressed && this.running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.options.pollIntervalMs);
          this.wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }

  /** One pass over every unfinished campaign; true if anything changed. */
  async drainOnce(): Promise<boolean> {
    let progressed = false;
    for (const header of await this.deps.ledger.unfinishedCampaigns()) {
      if (this.stopping) break;
      if (header.status === 'creating') {
        const current = await this.deps.ledger.header(header.id);
        if (current) await this.finishCreating(current);
      }
      if (await this.drainCampaign(header)) progressed = true;
    }
    return progressed;
  }

  private async finishCreating(header: Versioned<CampaignRecord>): Promise<void> {
    await this.deps.ledger.writeDeliveries(header.value, this.deps.clock.now());
    await this.deps.ledger.replaceIfUnchanged({ ...header.value, status: 'active' as const }, header.etag);
  }

  /**
   * One pass over a campaign: reads its open entries in one query, looks up the due recipients in one
   * go, then sends with `concurrency` workers. True if anything changed.
   */
  private async drainCampaign(header: CampaignRecord): Promise<boolean> {
    const { ledger, clock } = this.deps;
    const open = await ledger.openDeliveries(header.id);
    if (open.length === 0) {
      await this.replaceHeader(header.id, (value) =>
        value.status === 'active' ? { ...value, status: 'completed', completedAt: clock.now().toISOString() } : undefined,
      );
      return false;
    }
    const now = clock.now().toISOString();
    const due = open.filter(({ value }) =>
      value.status === 'pending' ? value.nextAttemptAt <= now : (value.claimedUntil ?? '') <= now,
    );
    if (due.length === 0) return false;
    const recipients = await this.deps.directory.findMany(header.tenantId, due.map(({ value }) => value.memberId));
    const dataByMember = new Map(header.recipients.map((recipient) => [recipient.memberId, recipient.data]));
    // Instances start at different places in the list, so they rarely compete for the same claim.
    const offset = Math.floor(this.random() * due.length);
    const queue = [...due.slice(offset), ...due.slice(0, offset)];
    // Retries due within a few seconds are sent in this pass rather than waiting for the next query.
    const retries: Retry[] = [];
    const nextEntry = async (): Promise<Versioned<DeliveryRecord> | undefined> => {
      const fresh = queue.shift();
      if (fresh) return fresh;
      retries.sort((a, b) => a.dueAt - b.dueAt);
      const soonest = retries[0];
      if (!soonest || soonest.dueAt - Date.now() > inPassRetryHorizonMs) return undefined;
      retries.shift();
      if (soonest.dueAt > Date.now()) await sleep(soonest.dueAt - Date.now());
      return soonest.entry;
    };
    let progressed = false;
    const worker = async () => {
      for (let entry = await nextEntry(); entry !== undefined && !this.stopping; entry = await nextEntry()) {
        const { memberId } = entry.value;
        const outcome = await this.deliver(header, entry, recipients.get(memberId), dataByMember.get(memberId));
        if (outcome.progressed) progressed = true;
        if (outcome.retry) retries.push(outcome.retry);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.options.concurrency, queue.length) }, worker));
    return progressed;
  }

  /** Claims one due entry and sends it; false if another instance holds it. */
  private async deliver(
    header: CampaignRecord,
    entry: Versioned<DeliveryRecord>,
    recipient: Recipient | undefined,
    data: Record<string, unknown> | undefined,
  ): Promise<{ progressed: boolean; retry?: Retry }> {
    const { ledger, directory, throttle, clock } = this.deps;
    const delivery = entry.value;
    const now = clock.now();
    if (!recipient || !recipient.installed) {
      const reason = recipient ? 'the app is not installed for this member' : 'no such member';
      const closed = await ledger.replaceIfUnchanged(this.settled(delivery, 'unreachable', now, { lastError: reason }), entry.etag);
      if (closed) await directory.markUnreachable(header.tenantId, delivery.memberId, reason, now);
      return { progressed: closed !== undefined };
    }

    const conversationId = recipient.conversationReference.conversation.id;
    const claimed = this.claimFor(delivery);
    let claimEtag = await ledger.replaceIfUnchanged(claimed, entry.etag);
    if (!claimEtag) return { progressed: false };

    this.inFlight += 1;
    // The throttle is passed after the claim, right before the send, so what leaves here keeps the
    // spacing the throttle gave it. A long wait (a 429 pause) renews the claim before sending.
    const sent = await throttle.acquire(header.tenantId, conversationId);
    try {
      if (this.stopping) {
        await this.settle(claimed, claimEtag, { ...claimed, status: 'pending', attempts: delivery.attempts, claimedBy: undefined, claimedUntil: undefined });
        return { progressed: false };
      }
      let current = claimed;
      if (Date.parse(claimed.claimedUntil!) - clock.now().getTime() < this.options.claimTtlMs / 2) {
        current = this.claimFor(delivery);
        claimEtag = await ledger.replaceIfUnchanged(current, claimEtag);
        if (!claimEtag) return { progressed: false };
      }
      try {
        const activityId = await this.deps.sender
          .send(recipient.conversationReference, renderCampaignMessage(header.message, data))
          .finally(sent);
        this.consecutiveThrottles = 0;
        const sentAt = clock.now();
        await this.settle(current, claimEtag, this.settled(current, 'sent', sentAt, { activityId, conversationId, sentAt: sentAt.toISOString() }));
        return { progressed: true };
      } catch (error) {
        return { progressed: true, retry: await this.recordFailure(header, current, claimEtag, error) };
      }
    } finally {
      sent();
      this.inFlight -= 1;
    }
  }

  private claimFor(delivery: DeliveryRecord): DeliveryRecord {
    const now = this.deps.clock.now();
    return {
      ...delivery,
      status: 'sending',
      claimedBy: this.instanceId,
      claimedUntil: new Date(now.getTime() + this.options.claimTtlMs).toISOString(),
      attempts: delivery.attempts + 1,
      updatedAt: now.toISOString(),
    };
  }

  /** Records why a send failed; for a failure worth retrying, the pending entry and when it is due. */
  private async recordFailure(header: CampaignRecord, claimed: DeliveryRecord, claimEtag: string, error: unknown): Promise<Retry | undefined> {
    const now = this.deps.clock.now();
    const outcome = classifySendError(error, now);
    if (outcome.kind === 'throttled') {
      this.consecutiveThrottles += 1;
      const waitMs = outcome.retryAfterMs ?? backoffMs(this.consecutiveThrottles, this.random, this.options.backoffBaseMs / 2, 60_000);
      this.deps.throttle.pauseAll(Date.now() + waitMs);
      this.deps.logger.warn({ campaignId: header.id, waitMs }, 'Teams throttled a send (429): pausing all sends');
      const retry = { ...claimed, status: 'pending' as const, attempts: claimed.attempts - 1, lastError: outcome.reason };
      return this.retryLater(claimed, claimEtag, { ...retry, nextAttemptAt: new Date(now.getTime() + waitMs).toISOString(), updatedAt: now.toISOString() }, waitMs);
    }
    if (outcome.kind === 'unreachable') {
      await this.settle(claimed, claimEtag, this.settled(claimed, 'unreachable', now, { lastError: outcome.reason }));
      await this.deps.directory.markUnreachable(header.tenantId, claimed.memberId, outcome.reason, now);
      return undefined;
    }
    if (outcome.kind === 'failed' || claimed.attempts >= this.options.maxAttempts) {
      const reason = outcome.kind === 'failed' ? outcome.reason : `${outcome.reason} (gave up after ${claimed.attempts} attempts)`;
      await this.settle(claimed, claimEtag, this.settled(claimed, 'failed', now, { lastError: reason }));
      return undefined;
    }
    const waitMs = backoffMs(claimed.attempts, this.random, this.options.backoffBaseMs);
    const retry: DeliveryRecord = {
      ...claimed,
      status: 'pending',
      nextAttemptAt: new Date(now.getTime() + waitMs).toISOString(),
      lastError: outcome.reason,
      updatedAt: now.toISOString(),
      claimedBy: undefined,
      claimedUntil: undefined,
    };
    return this.retryLater(claimed, claimEtag, retry, waitMs);
  }

  private async retryLater(claimed: DeliveryRecord, claimEtag: string, pending: DeliveryRecord, waitMs: number): Promise<Retry | undefined> {
    const etag = await this.settle(claimed, claimEtag, pending);
    return etag ? { entry: { value: pending, etag }, dueAt: Date.now() + waitMs } : undefined;
  }

  private settled(delivery: DeliveryRecord, status: DeliveryStatus, now: Date, fields: Partial<DeliveryRecord>): DeliveryRecord {
    return { ...delivery, ...fields, status, claimedBy: undefined, claimedUntil: undefined, updatedAt: now.toISOString() };
  }

  /** Records the outcome under our claim; if the claim expired and someone else took it, says so. */
  private async settle(claimed: DeliveryRecord, claimEtag: string, next: DeliveryRecord): Promise<string | undefined> {
    const etag = await this.deps.ledger.replaceIfUnchanged(next, claimEtag);
    if (!etag) this.deps.logger.warn({ campaignId: claimed.campaignId, status: next.status }, 'a claim expired before its outcome was recorded');
    return etag;
  }

  private async replaceHeader(campaignId: string, change: (value: CampaignRecord) => CampaignRecord | undefined): Promise<void> {
    for (;;) {
      const header = await this.deps.ledger.header(campaignId);
      const next = header && change(header.value);
      if (!header || !next) return;
      if (await this.deps.ledger.replaceIfUnchanged(next, header.etag)) return;
    }
  }

  private async forEachSent(
    campaignId: string,
    mark: 'editedAt' | 'recalledAt',
    act: (reference: StoredConversationReference, delivery: DeliveryRecord) => Promise<void>,
  ): Promise<{ updated: number; failed: number }> {
    let updated = 0;
    let failed = 0;
    for (const delivery of await this.deps.ledger.deliveriesOf(campaignId)) {
      if (delivery.status !== 'sent' || !delivery.activityId || delivery.recalledAt) continue;
      const recipient = await this.deps.directory.find(delivery.tenantId, delivery.memberId);
      if (!recipient) continue;
      const reference = { ...recipient.conversationReference, conversation: { ...recipient.conversationReference.conversation, id: delivery.conversationId ?? recipient.conversationReference.conversation.id } };
      let done = false;
      for (let attempt = 1; attempt <= this.options.maxAttempts && !done; attempt += 1) {
        const finished = await this.deps.throttle.acquire(delivery.tenantId, reference.conversation.id);
        try {
          await act(reference, delivery).finally(finished);
          done = true;
        } catch (error) {
          const outcome = classifySendError(error, this.deps.clock.now());
          if (outcome.kind === 'unreachable') break;
          if (outcome.kind === 'failed') break;
          const waitMs = outcome.kind === 'throttled' ? (outcome.retryAfterMs ?? backoffMs(attempt, this.random, 500)) : backoffMs(attempt, this.random, 500);
          if (outcome.kind === 'throttled') this.deps.throttle.pauseAll(Date.now() + waitMs);
          await new Promise((resolve) => setTimeout(resolve, waitMs));
        }
      }
      if (done) {
        updated += 1;
        const current = await this.deps.ledger.delivery(campaignId, delivery.memberId);
        if (current) await this.deps.ledger.replaceIfUnchanged({ ...current.value, [mark]: this.deps.clock.now().toISOString() }, current.etag);
      } else {
        failed += 1;
      }
    }
    return { updated, failed };
  }
}
