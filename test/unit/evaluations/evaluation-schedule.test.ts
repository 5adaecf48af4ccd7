import { describe, expect, it } from 'vitest';
import { chaserRecipients, dueChasers, evaluationTimes, isOpen } from '../../../src/features/evaluations/evaluation-schedule.js';

const settings = { windowDays: 14, chaserAfterDays: 3 };

describe('when an evaluation closes and its reminders fall due (Europe/London)', () => {
  it('a summer session: open to the end of the 14th day, reminders at 9am three days on and the day before it closes', () => {
    expect(evaluationTimes({ endsAt: '2026-06-24T11:00:00Z' }, settings)).toEqual({
      closesAt: '2026-07-08T23:00:00.000Z', // midnight BST at the end of Wednesday 8 July
      firstChaserAt: '2026-06-27T08:00:00.000Z',
      finalChaserAt: '2026-07-07T08:00:00.000Z',
    });
  });

  it('a session just before the clocks go back keeps London wall-clock times across the change', () => {
    expect(evaluationTimes({ endsAt: '2026-10-20T14:00:00Z' }, settings)).toEqual({
      closesAt: '2026-11-04T00:00:00.000Z', // midnight GMT at the end of Tuesday 3 November
      firstChaserAt: '2026-10-23T08:00:00.000Z', // 9am BST
      finalChaserAt: '2026-11-02T09:00:00.000Z', // 9am GMT
    });
  });

  it('a session ending at 00:30 BST belongs to the next London day, though it is still the day before in UTC', () => {
    expect(evaluationTimes({ endsAt: '2026-06-24T23:30:00Z' }, settings).closesAt).toBe('2026-07-09T23:00:00.000Z');
  });

  const times = evaluationTimes({ endsAt: '2026-06-24T11:00:00Z' }, settings);

  it('is open until midnight at the end of the last day', () => {
    expect(isOpen(times, new Date('2026-07-08T22:59:59Z'))).toBe(true);
    expect(isOpen(times, new Date('2026-07-08T23:00:00Z'))).toBe(false);
  });

  it('sends each reminder once, when due, and nothing after closing', () => {
    expect(dueChasers(times, {}, new Date('2026-06-27T07:59:00Z'))).toEqual([]);
    expect(dueChasers(times, {}, new Date('2026-06-27T08:00:00Z'))).toEqual(['first']);
    expect(dueChasers(times, { first: '2026-06-27T08:00:00Z' }, new Date('2026-06-30T08:00:00Z'))).toEqual([]);
    expect(dueChasers(times, { first: '2026-06-27T08:00:00Z' }, new Date('2026-07-07T08:00:00Z'))).toEqual(['final']);
    expect(dueChasers(times, { first: 'x', final: 'y' }, new Date('2026-07-08T12:00:00Z'))).toEqual([]);
    expect(dueChasers(times, {}, new Date('2026-07-09T00:00:00Z'))).toEqual([]);
  });

  it('skips the first reminder once the last one is due, rather than sending two in a row', () => {
    expect(dueChasers(times, {}, new Date('2026-07-07T10:00:00Z'))).toEqual(['final']);
  });

  it('reminds attendees who were sent the form before the reminder fell due and have not answered', () => {
    const attendees = [
      { memberId: 'answered', memberKey: 'k1' },
      { memberId: 'silent', memberKey: 'k2' },
      { memberId: 'late-recorded', memberKey: 'k3' },
      { memberId: 'never-sent', memberKey: 'k4' },
    ];
    const invitedAt = new Map([
      ['k1', '2026-06-24T12:00:00.000Z'],
      ['k2', '2026-06-24T12:00:00.000Z'],
      ['k3', '2026-06-27T10:00:00.000Z'],
      ['kX', '2026-06-24T12:00:00.000Z'],
    ]);
    expect(chaserRecipients(attendees, invitedAt, new Set(['k1']), times.firstChaserAt)).toEqual(['silent']);
    expect(chaserRecipients(attendees, invitedAt, new Set(['k1']), times.finalChaserAt)).toEqual(['silent', 'late-recorded']);
  });
});
