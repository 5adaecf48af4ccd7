import type { StoredConversationReference } from '../../platform/bot/turn.js';
import type { MemberRole } from '../answers/article.js';

export interface MemberPreferences {
  /** Receives the fortnightly briefing. */
  readonly briefings: boolean;
  /** Receives gentle training nudges. */
  readonly trainingNudges: boolean;
}

/** A councillor or officer who has the app installed (or had). One document per member in `members`. */
export interface Member {
  readonly id: string;
  readonly tenantId: string;
  readonly aadObjectId?: string;
  readonly name?: string;
  /** From Teams at install; lower case. Lets officers match HR records by email. */
  readonly email?: string;
  readonly conversationReference: StoredConversationReference;
  readonly firstSeenAt: string;
  readonly lastSeenAt: string;
  readonly installed: boolean;
  readonly uninstalledAt?: string;
  readonly welcomedAt?: string;
  readonly roles: readonly MemberRole[];
  readonly isAdmin?: boolean;
  readonly preferences: MemberPreferences;
  /** Set by the delivery engine when Teams says the member can no longer be reached. */
  readonly unreachable?: { readonly since: string; readonly reason: string } | null;
}

export const defaultPreferences: MemberPreferences = { briefings: true, trainingNudges: true };
