import { describe, expect, it } from 'vitest';
import type { AttendanceRecord } from '../../../src/features/training/attendance.js';
import { describeStartsIn, dueReminder, reminderRecipients, type ReminderOffsets } from '../../../src/features/training/reminders.js';
import { loadConfig } from '../../../src/config.js';

const { training } = loadConfig({});
const offsets: ReminderOffsets = { always: training.reminderOffsets, online: training.onlineReminderOffsets };

// Tuesday 1 December 2026, 10:00 London (GMT).
const inPerson = { status: 'published' as const, startsAt: '2026-12-01T10:00:00.000Z', publishedAt: '2026-11-01T09:00:00.000Z' };
const online = { ...inPerson, meetingUrl: 'https://teams.microsoft.com/l/meetup-join/x' };
const at = (iso: string) => new Date(iso);
const labelAt = (session: Parameters<typeof dueReminder>[0], iso: string) => dueReminder(session, offsets, at(iso))?.label;

describe('who is due which reminder at time T', () => {
  it('defaults to 7 days and 1 day before, plus 1 hour before online sessions', () => {
    expect(offsets.always.map((offset) => offset.label)).toEqual(['7d', '1d']);
    expect(offsets.online.map((offset) => offset.label)).toEqual(['1h']);
  });

  it('nothing before the first reminder moment', () => {
    expect(labelAt(inPerson, '2026-11-24T09:59:00Z')).toBeUndefined();
  });

  it('the 7-day reminder from 7 days before until the 1-day moment; then the 1-day one', () => {
    expect(labelAt(inPerson, '2026-11-24T10:00:00Z')).toBe('7d');
    expect(labelAt(inPerson, '2026-11-30T09:59:00Z')).toBe('7d');
    expect(labelAt(inPerson, '2026-11-30T10:00:00Z')).toBe('1d');
    expect(labelAt(inPerson, '2026-12-01T09:59:00Z')).toBe('1d');
  });

  it('the 1-hour reminder only for online sessions', () => {
    expect(labelAt(online, '2026-12-01T09:00:00Z')).toBe('1h');
    expect(labelAt(inPerson, '2026-12-01T09:00:00Z')).toBe('1d');
  });

  it('never after the start', () => {
    expect(labelAt(online, '2026-12-01T10:00:00Z')).toBeUndefined();
    expect(labelAt(online, '2026-12-01T11:00:00Z')).toBeUndefined();
  });

  it('never for drafts or cancelled sessions', () => {
    expect(labelAt({ ...inPerson, status: 'draft', publishedAt: undefined }, '2026-11-30T12:00:00Z')).toBeUndefined();
    expect(labelAt({ ...inPerson, status: 'cancelled' }, '2026-11-30T12:00:00Z')).toBeUndefined();
  });

  it('no reminder whose moment had passed when the session was published: the invitation was the news', () => {
    const lateNotice = { ...inPerson, publishedAt: '2026-11-27T15:00:00Z' };
    expect(labelAt(lateNotice, '2026-11-27T15:01:00Z')).toBeUndefined();
    expect(labelAt(lateNotice, '2026-11-30T10:00:00Z')).toBe('1d');
  });

  it('counts in real time across the clock change (a 10:00 BST session in March)', () => {
    // Sunday 29 March 2026 the clocks go forward; 10:00 BST on Tuesday 31 March is 09:00 UTC.
    const spring = { ...inPerson, startsAt: '2026-03-31T09:00:00.000Z', publishedAt: '2026-03-01T09:00:00.000Z' };
    expect(labelAt(spring, '2026-03-30T08:59:00Z')).toBe('7d');
    expect(labelAt(spring, '2026-03-30T09:00:00Z')).toBe('1d');
  });

  it('reminds those who accepted or have not answered, never those who declined', () => {
    const record = (memberId: string, fields: Partial<AttendanceRecord>): AttendanceRecord => ({
      id: `s|${memberId}`,
      tenantId: 't',
      kind: 'attendance',
      sessionId: 's',
      memberId,
      attended: false,
      ...fields,
    });
    const recipients = reminderRecipients([
      record('accepted', { invitedAt: 'x', rsvp: 'accepted' }),
      record('silent', { invitedAt: 'x' }),
      record('declined', { invitedAt: 'x', rsvp: 'declined' }),
      record('accepted-from-training', { rsvp: 'accepted' }),
      record('came-uninvited', { attended: true }),
    ]);
    expect(recipients.map((entry) => entry.memberId)).toEqual(['accepted', 'silent', 'accepted-from-training']);
  });

  it('says when in London calendar days', () => {
    expect(describeStartsIn('2026-12-01T10:00:00Z', at('2026-11-30T10:00:00Z'))).toBe('tomorrow at 10:00');
    expect(describeStartsIn('2026-12-01T10:00:00Z', at('2026-12-01T09:00:00Z'))).toBe('today at 10:00');
    expect(describeStartsIn('2026-12-01T10:00:00Z', at('2026-11-24T10:00:00Z'))).toBe('in 7 days');
    expect(describeStartsIn('2026-03-31T09:00:00Z', at('2026-03-30T09:00:00Z'))).toBe('tomorrow at 10:00');
  });
});
