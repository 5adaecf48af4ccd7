import type { AdaptiveCard } from '../cards/card-templates.js';

/** Who is on the other end of a turn, as features see them. */
export interface MemberIdentity {
  readonly tenantId: string;
  /** The member's stable id: their Entra (AAD) object id, or the channel user id when there is none. */
  readonly memberId: string;
  readonly aadObjectId?: string;
  readonly name?: string;
  /** Looked up from Teams when the app is installed (activities do not carry it). */
  readonly email?: string;
}

/** A plain, serialisable Bot Framework conversation reference, kept for proactive messages. */
export type StoredConversationReference = Record<string, unknown> & {
  readonly conversation: { readonly id: string };
  readonly serviceUrl: string;
};

/** A team the bot is installed in (from the activity's channel data). */
export interface TeamInfo {
  readonly id: string;
  readonly name?: string;
}

export interface Citation {
  readonly position: number;
  readonly title: string;
  readonly url?: string;
  readonly abstract: string;
}

export interface OutgoingMessage {
  readonly text?: string;
  readonly card?: AdaptiveCard;
  /** Sources shown as Teams citations on the message. */
  readonly citations?: readonly Citation[];
  /** Shows Teams' thumbs up/down feedback control on the message. */
  readonly feedbackLoop?: boolean;
  /** Quick replies the member can tap; each sends its text back. */
  readonly suggestedReplies?: readonly string[];
}

/** What a feature can do during a turn. The only door to botbuilder is in platform/bot. */
export interface Turn {
  readonly member: MemberIdentity;
  readonly conversationType: 'personal' | 'groupChat' | 'channel';
  readonly conversationReference: StoredConversationReference;
  readonly now: Date;
  /** Sends a message in this conversation and returns its activity id. */
  send(message: OutgoingMessage): Promise<string | undefined>;
}
