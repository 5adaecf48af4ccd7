import { describe, expect, it } from 'vitest';
import { describeChanges, detailsFromSubmission, sessionSubmissionSchema } from '../../../src/features/training/session-form.js';

const form = (fields: Record<string, unknown> = {}) =>
  sessionSubmissionSchema.parse({
    sessionId: 'ses-abcdef1234',
    version: 0,
    title: '  Corporate parenting: your role  ',
    level: '1',
    date: '2026-12-01',
    startTime: '10:00',
    endTime: '12:00',
    place: 'Town Hall',
    ...fields,
  });

const problemsOf = (fields: Record<string, unknown>) => {
  const result = detailsFromSubmission(form(fields));
  return 'problems' in result ? result.problems : [];
};

describe('the session form', () => {
  it('reads the times as London wall-clock times, in GMT and in BST', () => {
    const winter = detailsFromSubmission(form());
    expect(winter).toMatchObject({ details: { title: 'Corporate parenting: your role', startsAt: '2026-12-01T10:00:00.000Z', endsAt: '2026-12-01T12:00:00.000Z', audienceRoles: [], countsAsCorporateParenting: true } });
    const summer = detailsFromSubmission(form({ date: '2026-06-24', startTime: '18:00', endTime: '20:00' }));
    expect(summer).toMatchObject({ details: { startsAt: '2026-06-24T17:00:00.000Z', endsAt: '2026-06-24T19:00:00.000Z' } });
  });

  it('says what to put right, in words for the officer', () => {
    expect(problemsOf({ title: ' ' })).toEqual(['Give the session a title.']);
    expect(problemsOf({ date: '' })).toEqual(['Choose the date and the start and end times.']);
    expect(problemsOf({ endTime: '09:00' })).toEqual(['The session must end after it starts.']);
    expect(problemsOf({ place: '' })).toEqual(['Add a place, a Teams meeting link, or both.']);
    expect(problemsOf({ meetingUrl: 'javascript:alert(1)' })).toEqual(['The meeting link must be a web address starting https://.']);
    expect(problemsOf({ capacity: '0' })).toEqual(['Places must be a whole number from 1 to 1000, or left empty for no limit.']);
    expect(problemsOf({ capacity: '12' })).toEqual([]);
  });

  it('refuses a time the clocks skip (01:30 on the last Sunday in March)', () => {
    expect(problemsOf({ date: '2026-03-29', startTime: '01:30', endTime: '03:00' })[0]).toMatch(/doesn't exist in London/);
  });

  it('rejects values that were never on the form, and oversized text', () => {
    expect(sessionSubmissionSchema.safeParse({ ...form(), level: '4' }).success).toBe(false);
    expect(sessionSubmissionSchema.safeParse({ ...form(), audience: 'ward,officer' }).success).toBe(false);
    expect(sessionSubmissionSchema.safeParse({ ...form(), title: 'x'.repeat(121) }).success).toBe(false);
    expect(sessionSubmissionSchema.safeParse({ ...form(), sessionId: '../../etc' }).success).toBe(false);
  });

  it('names what members would notice changed', () => {
    const before = (detailsFromSubmission(form()) as { details: Parameters<typeof describeChanges>[0] }).details;
    const after = (detailsFromSubmission(form({ startTime: '14:00', endTime: '16:00', place: 'Civic Centre', capacity: '20' })) as { details: Parameters<typeof describeChanges>[0] }).details;
    expect(describeChanges(before, after)).toEqual(['the date or time', 'the place']);
    expect(describeChanges(before, before)).toEqual([]);
  });
});
