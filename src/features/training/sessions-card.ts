import { renderCard, type AdaptiveCard } from '../../platform/cards/card-templates.js';
import type { AttendanceRecord } from './attendance.js';
import { formatSessionWhen } from './session-times.js';
import { hasStarted, type TrainingSession } from './session.js';

/** How many finished sessions the officer's list shows. */
const recentLimit = 8;

interface SessionListItem {
  readonly id: string;
  readonly title: string;
  readonly when: string;
  readonly summary: string;
  readonly counts: string;
  readonly canEdit: boolean;
  readonly canPublish: boolean;
  readonly canCancel: boolean;
  readonly canRecordAttendance: boolean;
  readonly canShowReplies: boolean;
}

/** The officer's list: sessions still to come (drafts too), then the latest that have started. */
export function sessionsCard(sessions: readonly TrainingSession[], attendance: readonly AttendanceRecord[], now: Date, note = ''): AdaptiveCard {
  const started = (session: TrainingSession) => hasStarted(session, now);
  const upcoming = sessions.filter((session) => !started(session)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = sessions.filter(started).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const item = (session: TrainingSession) => listItem(session, attendance.filter((record) => record.sessionId === session.id), now);
  return renderCard('training-sessions', {
    note,
    upcoming: upcoming.map(item),
    recent: past.slice(0, recentLimit).map(item),
    olderNote: past.length > recentLimit ? `${past.length - recentLimit} older sessions are not shown.` : '',
  });
}

function listItem(session: TrainingSession, records: readonly AttendanceRecord[], now: Date): SessionListItem {
  const started = hasStarted(session, now);
  const status = session.status === 'cancelled' ? 'Cancelled' : session.status === 'draft' ? 'Draft (not sent)' : started ? 'Held' : 'Published';
  const count = (test: (record: AttendanceRecord) => boolean) => records.filter(test).length;
  const counts =
    session.status === 'draft' && !started
      ? ''
      : [
          `${count((record) => record.invitedAt !== undefined)} invited`,
          `${count((record) => record.rsvp === 'accepted')} accepted`,
          `${count((record) => record.rsvp === 'declined')} declined`,
          ...(started ? [`${count((record) => record.attended)} attended`] : []),
        ].join(' · ');
  return {
    id: session.id,
    title: session.title,
    when: formatSessionWhen(session.startsAt, session.endsAt),
    summary: `${status} · Level ${session.level} · id ${session.id}${session.countsAsCorporateParenting ? '' : ' · not counted as corporate parenting'}`,
    counts,
    canEdit: session.status === 'draft' || (session.status === 'published' && !started),
    canPublish: session.status === 'draft' && !started,
    canCancel: session.status !== 'cancelled' && !started,
    canRecordAttendance: session.status !== 'cancelled' && started,
    canShowReplies: session.status !== 'draft',
  };
}
