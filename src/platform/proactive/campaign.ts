/** What a campaign sends: an Adaptive Card from a template in cards/ plus data, or plain (markdown) text. */
export type CampaignMessage =
  | { readonly kind: 'card'; readonly template: string; readonly data: Record<string, unknown> }
  | { readonly kind: 'text'; readonly text: string };

export interface CampaignRecipient {
  readonly memberId: string;
  /** Merged over the message's card data for this recipient only (e.g. their name, their RSVP). */
  readonly data?: Record<string, unknown>;
}

export interface NewCampaign {
  /** Deterministic where the trigger is (e.g. `reminder:<sessionId>:1d`): creating it twice is a no-op. */
  readonly id: string;
  readonly tenantId: string;
  /** What it is for, shown in reports: 'training-invitation', 'evaluation-chaser', 'briefing'… */
  readonly purpose: string;
  readonly message: CampaignMessage;
  /** The audience, resolved by the caller when the campaign is created. */
  readonly recipients: readonly CampaignRecipient[];
}

export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'unreachable' | 'cancelled';

export const finalStatuses: ReadonlySet<DeliveryStatus> = new Set(['sent', 'failed', 'unreachable', 'cancelled']);

/** The campaign's header document in `deliveries` (id = campaign id, partition = campaign id). */
export interface CampaignRecord {
  readonly id: string;
  readonly campaignId: string;
  readonly kind: 'campaign';
  readonly tenantId: string;
  readonly purpose: string;
  readonly message: CampaignMessage;
  readonly recipients: readonly CampaignRecipient[];
  readonly status: 'creating' | 'active' | 'cancelled' | 'completed';
  readonly createdAt: string;
  readonly cancelledAt?: string;
  readonly completedAt?: string;
}

/** One recipient's ledger entry in `deliveries` (id = `campaignId|memberId`). */
export interface DeliveryRecord {
  readonly id: string;
  readonly campaignId: string;
  readonly kind: 'delivery';
  readonly tenantId: string;
  readonly memberId: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly nextAttemptAt: string;
  readonly claimedBy?: string;
  readonly claimedUntil?: string;
  readonly activityId?: string;
  readonly conversationId?: string;
  readonly sentAt?: string;
  readonly updatedAt: string;
  readonly lastError?: string;
  /** Set when the sent message was recalled (deleted) or edited after sending. */
  readonly recalledAt?: string;
  readonly editedAt?: string;
}

export interface CampaignReport {
  readonly campaignId: string;
  readonly purpose: string;
  readonly status: CampaignRecord['status'] | 'unknown';
  readonly counts: Readonly<Record<DeliveryStatus, number>>;
  readonly recipients: readonly {
    readonly memberId: string;
    readonly status: DeliveryStatus;
    readonly reason?: string;
    readonly sentAt?: string;
    readonly activityId?: string;
  }[];
}
