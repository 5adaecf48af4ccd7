import { roleTitles } from '../members/member-roles.js';
import { formatSessionWhen } from './session-times.js';
import type { TrainingSession } from './session.js';
import type { TrainingLevel } from './training-view.js';

/** The NCB tiers, as the seed report names them. */
export const levelTitles: Readonly<Record<TrainingLevel, string>> = {
  1: 'Level 1 – universal (all members)',
  2: 'Level 2 – targeted (members with specific roles)',
  3: 'Level 3 – specialist (the Lead Member)',
};

export function audienceText(session: Pick<TrainingSession, 'audienceRoles'>): string {
  if (session.audienceRoles.length === 0) return 'All members';
  return session.audienceRoles.map((role) => roleTitles[role]).join('; ');
}

/** What every card about a session shows, as plain text fields for a template. */
export interface SessionFacts {
  readonly sessionId: string;
  readonly title: string;
  readonly levelText: string;
  readonly when: string;
  readonly where: string;
  readonly meetingUrl: string;
  readonly outline: string;
  readonly audience: string;
}

export function sessionFacts(session: TrainingSession): SessionFacts {
  const where = session.place && session.meetingUrl ? `${session.place}, or online (Teams meeting)` : (session.place ?? 'Online (Teams meeting)');
  return {
    sessionId: session.id,
    title: session.title,
    levelText: levelTitles[session.level],
    when: formatSessionWhen(session.startsAt, session.endsAt),
    where,
    meetingUrl: session.meetingUrl ?? '',
    outline: session.outline,
    audience: audienceText(session),
  };
}
