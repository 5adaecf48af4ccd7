import type { MemberRole } from '../answers/article.js';
import type { SessionSummary, TrainingLevel } from './training-view.js';

export const trainingLevels = [1, 2, 3] as const satisfies readonly TrainingLevel[];

/** Roles a session can be aimed at (officers are never the audience). */
export const audienceRoles = ['ward', 'scrutiny', 'board', 'lead-member', 'cabinet'] as const satisfies readonly MemberRole[];
export type AudienceRole = (typeof audienceRoles)[number];

/** A training session, one document per session in `sessions` (partition /tenantId). */
export interface TrainingSession {
  readonly id: string;
  readonly tenantId: string;
  readonly kind: 'session';
  readonly title: string;
  readonly level: TrainingLevel;
  readonly outline: string;
  /** ISO instants. */
  readonly startsAt: string;
  readonly endsAt: string;
  readonly place?: string;
  readonly meetingUrl?: string;
  /** Empty: every member. Otherwise members holding any of these roles. */
  readonly audienceRoles: readonly AudienceRole[];
  readonly capacity?: number;
  readonly countsAsCorporateParenting: boolean;
  readonly status: SessionSummary['status'];
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly publishedAt?: string;
  readonly cancelledAt?: string;
  /** The officer's note to invitees when cancelling. */
  readonly cancellationNote?: string;
  /** Bumped on every save; the edit form carries it so a stale form cannot overwrite a newer one. */
  readonly version: number;
  /** Invitation campaigns sent for this session (the first at publishing; more if the audience widens). */
  readonly invitationCampaignIds: readonly string[];
  /**
   * What members have not yet been told (a change or the cancellation). The changes job tells them,
   * updates the invitation cards already sent, and clears it.
   */
  readonly untoldChanges?: readonly string[];
}

/** The fields an officer sets on the session form. */
export type SessionDetails = Pick<
  TrainingSession,
  'title' | 'level' | 'outline' | 'startsAt' | 'endsAt' | 'place' | 'meetingUrl' | 'audienceRoles' | 'capacity' | 'countsAsCorporateParenting'
>;

export const isOnline = (session: Pick<TrainingSession, 'meetingUrl'>): boolean => Boolean(session.meetingUrl);

export const hasStarted = (session: Pick<TrainingSession, 'startsAt'>, now: Date): boolean => now.toISOString() >= session.startsAt;

export function toSessionSummary(session: TrainingSession): SessionSummary {
  return {
    id: session.id,
    tenantId: session.tenantId,
    title: session.title,
    level: session.level,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    place: session.place,
    meetingUrl: session.meetingUrl,
    status: session.status,
    countsAsCorporateParenting: session.countsAsCorporateParenting,
  };
}

/** Deterministic campaign ids: creating the same one twice is a no-op. */
export const campaignIds = {
  invitation: (sessionId: string) => `invite:${sessionId}`,
  /** A member invited after publication (a wider audience, a late install, a new role). */
  newcomerInvitation: (sessionId: string, memberId: string) => `invite:${sessionId}:${memberId}`,
  notice: (sessionId: string, version: number) => `notice:${sessionId}:v${version}`,
  /** The start time is in the id, so a session moved to a new time is reminded again. */
  reminder: (sessionId: string, offsetLabel: string, startsAt: string) =>
    `reminder:${sessionId}:${offsetLabel}:${startsAt.replace(/[^0-9]/g, '').slice(0, 12)}`,
  nudge: (memberId: string, yearMonth: string) => `nudge:${memberId}:${yearMonth}`,
};
