/** One item of a briefing: a heading, a short text, and optionally a "Read more" link and a picture. */
export interface BriefingItem {
  readonly heading: string;
  readonly text: string;
  readonly link?: string;
  readonly imageUrl?: string;
}

export const maxItems = 6;

/**
 * draft → approved → sent → recalled; draft or approved → cancelled. Nothing leaves 'draft' for
 * members without an officer's approval.
 */
export type BriefingStatus = 'draft' | 'approved' | 'sent' | 'cancelled' | 'recalled';

/** Why a member was left out when the briefing went out. */
export interface LeftOut {
  readonly memberId: string;
  readonly reason: string;
}

/** A briefing in `briefings` (partition /tenantId), id `briefing:<issue date>`. */
export interface Briefing {
  readonly id: string;
  readonly kind: 'briefing';
  readonly tenantId: string;
  /** YYYY-MM-DD, London: the cadence date it belongs to (or the day an officer drafted it, without a cadence). */
  readonly issueDate: string;
  /** The cadence's issue number (without a cadence, one more than the last briefing's). */
  readonly issueNumber: number;
  readonly title: string;
  readonly items: readonly BriefingItem[];
  readonly status: BriefingStatus;
  /** When it goes out once approved. */
  readonly sendAt: string;
  /** When the auto-draft is due with the officers (cadence issues only). */
  readonly reviewAt?: string;
  /** Bumped by every officer change, so a card opened before someone else's change cannot overwrite it. */
  readonly revision: number;
  readonly draftedAt: string;
  /** 'auto' for the bot's draft, otherwise the officer's member id. */
  readonly draftedBy: string;
  readonly updatedAt: string;
  readonly updatedBy?: string;
  readonly reviewRequestedAt?: string;
  /** Officers were told once that it missed its send time unapproved. */
  readonly waitingNoticeAt?: string;
  readonly approvedAt?: string;
  readonly approvedBy?: string;
  readonly campaignId?: string;
  readonly sentAt?: string;
  readonly recipientCount?: number;
  readonly unsubscribedCount?: number;
  /** Members who could not be sent it (unreachable or not installed), counted as unreachable in the report. */
  readonly leftOut?: readonly LeftOut[];
  readonly editedAt?: string;
  readonly cancelledAt?: string;
  /** Cancelled because it missed its send time unapproved and this later briefing (id) replaced it. */
  readonly supersededBy?: string;
  /** The issue number of the unapproved briefing this one replaced. */
  readonly replacesIssueNumber?: number;
  readonly recalledAt?: string;
}

/** One per briefing × member (id `ack:<issue date>:<member id>`), so a second click counts once. */
export interface Acknowledgement {
  readonly id: string;
  readonly kind: 'acknowledgement';
  readonly tenantId: string;
  readonly briefingId: string;
  readonly memberId: string;
  readonly at: string;
}

export const briefingIdFor = (issueDate: string) => `briefing:${issueDate}`;
export const acknowledgementIdFor = (briefing: Pick<Briefing, 'issueDate'>, memberId: string) => `ack:${briefing.issueDate}:${memberId}`;

/** Campaign ids are global (the deliveries container), so they carry the tenant; the revision makes a re-approval a new send. */
export const briefingCampaignId = (briefing: Pick<Briefing, 'tenantId' | 'issueDate' | 'revision'>) =>
  `briefing:${briefing.tenantId}:${briefing.issueDate}:r${briefing.revision}`;
export const reviewCampaignId = (briefing: Pick<Briefing, 'tenantId' | 'issueDate'>) => `briefing-review:${briefing.tenantId}:${briefing.issueDate}`;
export const waitingCampaignId = (briefing: Pick<Briefing, 'tenantId' | 'issueDate'>) => `briefing-waiting:${briefing.tenantId}:${briefing.issueDate}`;
