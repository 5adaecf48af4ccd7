import { describe, expect, it } from 'vitest';
import { issueNumbered, issuesAt, type BriefingSchedule } from '../../../src/features/briefings/briefing-schedule.js';
import { londonClockTime } from '../../../src/platform/london-time.js';

// Thursday 5 March 2026, 09:00 London (GMT); the clocks go forward on 29 March and back on 25 October.
const schedule: BriefingSchedule = { anchorDate: '2026-03-05', sendTime: '09:00', reviewWorkingDays: 3, bankHolidays: [] };

describe('the briefing cadence', () => {
  it('starts on the anchor date at the send time, London time', () => {
    const first = issueNumbered(schedule, 1);
    expect(first).toMatchObject({ number: 1, date: '2026-03-05' });
    expect(first.sendAt.toISOString()).toBe('2026-03-05T09:00:00.000Z');
  });

  it('steps 14 days at a time', () => {
    expect([2, 3, 4].map((n) => issueNumbered(schedule, n).date)).toEqual(['2026-03-19', '2026-04-02', '2026-04-16']);
  });

  it('keeps 09:00 London across the change to BST and back to GMT', () => {
    expect(issueNumbered(schedule, 2).sendAt.toISOString()).toBe('2026-03-19T09:00:00.000Z');
    expect(issueNumbered(schedule, 3).sendAt.toISOString()).toBe('2026-04-02T08:00:00.000Z');
    const lastInBst = issueNumbered(schedule, 17);
    const firstBackInGmt = issueNumbered(schedule, 18);
    expect([lastInBst.date, lastInBst.sendAt.toISOString()]).toEqual(['2026-10-15', '2026-10-15T08:00:00.000Z']);
    expect([firstBackInGmt.date, firstBackInGmt.sendAt.toISOString()]).toEqual(['2026-10-29', '2026-10-29T09:00:00.000Z']);
  });

  it('knows the issue just gone and the next one at any moment', () => {
    expect(issuesAt(schedule, new Date('2026-02-01T12:00:00Z'))).toMatchObject({ current: undefined, next: { number: 1 } });
    // Issue day, a minute before 09:00 BST (08:00 UTC): still the previous issue's fortnight.
    const justBefore = issuesAt(schedule, new Date('2026-04-02T07:59:00Z'));
    expect([justBefore.current?.date, justBefore.next.date]).toEqual(['2026-03-19', '2026-04-02']);
    const justAfter = issuesAt(schedule, new Date('2026-04-02T08:00:00Z'));
    expect([justAfter.current?.date, justAfter.next.date]).toEqual(['2026-04-02', '2026-04-16']);
    const lateInTheFortnight = issuesAt(schedule, new Date('2026-04-15T23:30:00Z'));
    expect([lateInTheFortnight.current?.date, lateInTheFortnight.next.date]).toEqual(['2026-04-02', '2026-04-16']);
  });

  it('sends the draft to officers three working days before, at the send time, skipping weekends', () => {
    // Thursday issue → Monday; a Monday issue → the Wednesday before.
    expect(issueNumbered(schedule, 2).reviewAt.toISOString()).toBe('2026-03-16T09:00:00.000Z');
    const mondays = { ...schedule, anchorDate: '2026-03-02' };
    expect(issueNumbered(mondays, 1).reviewAt.toISOString()).toBe('2026-02-25T09:00:00.000Z');
  });

  it('review day falls in GMT when the issue is in BST, and is still 09:00 London', () => {
    // Issue Wednesday 1 April (BST); three working days before is Friday 27 March (GMT).
    const wednesdays = { ...schedule, anchorDate: '2026-04-01' };
    expect(issueNumbered(wednesdays, 1).reviewAt.toISOString()).toBe('2026-03-27T09:00:00.000Z');
    expect(issueNumbered(wednesdays, 1).sendAt.toISOString()).toBe('2026-04-01T08:00:00.000Z');
  });

  it('skips bank holidays when they are configured', () => {
    // Thursday 9 April 2026: Easter Monday (6 April) and Good Friday (3 April) are not working days.
    const easter = { ...schedule, anchorDate: '2026-04-09', bankHolidays: ['2026-04-03', '2026-04-06'] };
    expect(issueNumbered(easter, 1).reviewAt.toISOString()).toBe('2026-04-02T08:00:00.000Z');
    expect(issueNumbered({ ...easter, bankHolidays: [] }, 1).reviewAt.toISOString()).toBe('2026-04-06T08:00:00.000Z');
  });

  it('reads a date and time typed on a card as London time', () => {
    expect(londonClockTime('2026-07-01', '18:30')?.toISOString()).toBe('2026-07-01T17:30:00.000Z');
    expect(londonClockTime('2026-12-01', '18:30')?.toISOString()).toBe('2026-12-01T18:30:00.000Z');
    expect(londonClockTime('2026-02-30', '18:30')).toBeUndefined();
  });
});
