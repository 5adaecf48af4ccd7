import type { ReminderOffset } from '../../config.js';
import type { AttendanceRecord } from './attendance.js';
import { londonDateOf, londonTimeOf, startOfLondonDay } from '../../platform/london-time.js';
import { isOnline, type TrainingSession } from './session.js';

export interface ReminderOffsets {
  readonly always: readonly ReminderOffset[];
  /** Only for sessions held online (with a meeting link). */
  readonly online: readonly ReminderOffset[];
}

/**
 * The reminder due for a session at `now`, if any. Only the latest reminder moment that has passed
 * counts (a late tick never sends "a week to go" a day before); none before publishing, none for a
 * moment that had passed when the session was published (the invitation itself was the news), none
 * after the start.
 */
export function dueReminder(
  session: Pick<TrainingSession, 'status' | 'startsAt' | 'publishedAt' | 'meetingUrl'>,
  offsets: ReminderOffsets,
  now: Date,
): ReminderOffset | undefined {
  if (session.status !== 'published' || !session.publishedAt) return undefined;
  const startsAt = new Date(session.startsAt).getTime();
  if (now.getTime() >= startsAt) return undefined;
  const candidates = [...offsets.always, ...(isOnline(session) ? offsets.online : [])];
  const latestPassed = candidates
    .filter((offset) => startsAt - offset.minutes * 60_000 <= now.getTime())
    .sort((a, b) => a.minutes - b.minutes)[0];
  if (!latestPassed) return undefined;
  const momentAt = startsAt - latestPassed.minutes * 60_000;
  return new Date(session.publishedAt).getTime() < momentAt ? latestPassed : undefined;
}

/** Reminders go to those who accepted or have not answered; never to those who declined. */
export function reminderRecipients(records: readonly AttendanceRecord[]): AttendanceRecord[] {
  return records.filter((record) => (record.invitedAt !== undefined || record.rsvp === 'accepted') && record.rsvp !== 'declined');
}

/** The largest offset: how far ahead the reminders job needs to look. */
export function reminderHorizonMinutes(offsets: ReminderOffsets): number {
  return Math.max(0, ...offsets.always.map((offset) => offset.minutes), ...offsets.online.map((offset) => offset.minutes));
}

/** "today at 10:00", "tomorrow at 10:00", "in 7 days" — counted in London calendar days, not from the offset. */
export function describeStartsIn(startsAt: string, now: Date): string {
  const days = Math.round(startOfLondonDay(londonDateOf(startsAt)).getTime() / 86_400_000 - startOfLondonDay(londonDateOf(now)).getTime() / 86_400_000);
  if (days <= 0) return `today at ${londonTimeOf(startsAt)}`;
  if (days === 1) return `tomorrow at ${londonTimeOf(startsAt)}`;
  return `in ${days} days`;
}
