import type { AttendanceRecord, TrainingProfile } from './attendance.js';
import { trainingOf } from './compliance.js';
import { isInAudience, type Councillor } from './councillors.js';
import { isNudgeTime } from './session-times.js';
import { addLondonMonths, startOfLondonDay } from '../../platform/london-time.js';
import { hasStarted, type TrainingSession } from './session.js';

export type NudgeReason = 'never-attended-level-1' | 'refresher-due';

export interface Nudge {
  readonly memberId: string;
  readonly reason: NudgeReason;
  readonly lastAttendedAt?: string;
  /** The next suitable session, which the nudge invites them to. */
  readonly session: TrainingSession;
}

export interface NudgeInput {
  readonly councillors: readonly Councillor[];
  readonly sessions: readonly TrainingSession[];
  readonly attendance: readonly AttendanceRecord[];
  readonly profiles: ReadonlyMap<string, TrainingProfile>;
  readonly now: Date;
  readonly termStart: string;
  readonly refresherMonths: number;
  readonly intervalMonths: number;
}

/**
 * Who gets a gentle nudge at `now`: a councillor who has never attended a Level 1 session, or whose last
 * session is older than the refresher interval, when there is a suitable session they have neither
 * booked nor declined (and were not invited to within the interval) — at most once per interval, only if
 * they want nudges, and only in working hours.
 */
export function dueNudges(input: NudgeInput): Nudge[] {
  const { now } = input;
  if (!isNudgeTime(now)) return [];
  const upcoming = input.sessions
    .filter((session) => session.status === 'published' && session.countsAsCorporateParenting && !hasStarted(session, now))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const nudges: Nudge[] = [];
  for (const councillor of input.councillors) {
    if (!councillor.installed || !councillor.trainingNudges) continue;
    const lastNudgedAt = input.profiles.get(councillor.memberId)?.lastNudgedAt;
    if (lastNudgedAt && addLondonMonths(lastNudgedAt, input.intervalMonths) > now) continue;

    const training = trainingOf(councillor, { ...input, from: startOfLondonDay(input.termStart) });
    const reason: NudgeReason | undefined = !training.attended.some((session) => session.level === 1)
      ? 'never-attended-level-1'
      : training.status === 'refresher-due'
        ? 'refresher-due'
        : undefined;
    if (!reason) continue;

    const records = new Map(input.attendance.filter((record) => record.memberId === councillor.memberId).map((record) => [record.sessionId, record]));
    const suitable = upcoming.filter(
      (session) => isInAudience(session, councillor.roles) && (reason === 'refresher-due' || session.level === 1),
    );
    if (suitable.some((session) => records.get(session.id)?.rsvp === 'accepted')) continue;
    const session = suitable.find((candidate) => records.get(candidate.id)?.rsvp !== 'declined');
    // A recent invitation to that very session is reminder enough (and reminders follow it).
    const invitedAt = session && records.get(session.id)?.invitedAt;
    if (!session || (invitedAt && addLondonMonths(invitedAt, input.intervalMonths) > now)) continue;
    nudges.push({ memberId: councillor.memberId, reason, lastAttendedAt: training.lastAttendedAt, session });
  }
  return nudges;
}
