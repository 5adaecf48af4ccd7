import { describe, expect, it } from 'vitest';
import type { MemberRole } from '../../../src/features/answers/article.js';
import {
  complianceAt,
  complianceHeadlineOf,
  describeShare,
  levelAudiences,
  percentOf,
  type ComplianceInput,
  type CountedSession,
} from '../../../src/features/training/compliance.js';
import { councillor } from '../../support/training-builders.js';
import { startOfLondonDay } from '../../../src/platform/london-time.js';


const session = (id: string, startsAt: string, fields: Partial<CountedSession> = {}): CountedSession => ({
  id,
  title: id,
  level: 1,
  startsAt,
  status: 'published',
  countsAsCorporateParenting: true,
  ...fields,
});

const attended = (sessionId: string, ...memberIds: string[]) => memberIds.map((memberId) => ({ sessionId, memberId, attended: true }));
const range = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => `${prefix}${from + index}`);

describe('the compliance figures', () => {
  describe("the seed report's figures (Rotherham, Corporate Parenting Panel, 27 September 2016)", () => {
    // 63 members: 39 returning, 24 elected on 5 May 2016. Sessions since 2014: Level 1 inductions in
    // 2014-15, 2015-16 and on 24 June and 22 July 2016 (22 came, 18 of them newly elected); a Level 2
    // session on 7 June 2016 (five came, three of them new).
    const returning = range('r', 1, 39).map((id) => councillor(id, { electedOn: '2012-05-03' }));
    const newlyElected = range('n', 1, 24).map((id) => councillor(id, { electedOn: '2016-05-05', roles: ['ward', 'scrutiny'] }));
    const sessions = [
      session('ses-2014', '2014-10-15T17:00:00Z'),
      session('ses-2015', '2015-11-18T17:00:00Z'),
      session('ses-level2', '2016-06-07T16:00:00Z', { level: 2 }),
      session('ses-june', '2016-06-24T09:00:00Z'),
      session('ses-july', '2016-07-22T09:00:00Z'),
    ];
    const attendance = [
      ...attended('ses-2014', ...range('r', 1, 20)),
      ...attended('ses-2015', ...range('r', 21, 30)),
      ...attended('ses-june', ...range('n', 1, 10), 'r31', 'r32'),
      ...attended('ses-july', ...range('n', 11, 18), 'r33', 'r34'),
      ...attended('ses-level2', 'n1', 'n2', 'n19', 'r1', 'r2'),
    ];
    const input: ComplianceInput = {
      councillors: [...returning, ...newlyElected],
      sessions,
      attendance,
      from: startOfLondonDay('2014-01-01'),
      now: new Date('2016-09-27T12:00:00Z'),
      termStart: '2016-05-05',
      refresherMonths: 24,
    };

    it('53 out of 63 members have attended a session since 2014 (84%)', () => {
      const figures = complianceAt(input);
      expect(describeShare(figures.overall)).toBe('53 out of 63 members (84%)');
      expect(complianceHeadlineOf(figures)).toBe('53 out of 63 members (84%) have attended corporate parenting training since January 2014');
    });

    it('19 out of 24 newly elected members have attended at least one session (Level 1 or 2)', () => {
      const figures = complianceAt(input);
      expect(figures.newlyElected).toEqual({ attended: 19, of: 24 });
      expect(describeShare(figures.newlyElected)).toMatch(/^19 out of 24 /);
    });

    it('22 came to the June and July Level 1 sessions, and ten are yet to attend', () => {
      expect(new Set(attendance.filter((record) => ['ses-june', 'ses-july'].includes(record.sessionId)).map((record) => record.memberId)).size).toBe(22);
      const figures = complianceAt(input);
      expect(figures.yetToAttend.map((training) => training.councillor.memberId).sort()).toEqual([...range('n', 20, 24), ...range('r', 35, 39)].sort());
      expect(figures.byLevel.find((entry) => entry.level === 1)?.share).toEqual({ attended: 52, of: 63 });
      expect(figures.byLevel.find((entry) => entry.level === 2)?.share).toEqual({ attended: 3, of: 24 });
    });
  });

  const base = {
    from: startOfLondonDay('2026-05-07'),
    now: new Date('2026-11-23T10:00:00Z'),
    termStart: '2026-05-07',
    refresherMonths: 24,
  };

  it('counts only corporate parenting sessions that have taken place and were not cancelled', () => {
    const figures = complianceAt({
      ...base,
      councillors: [councillor('a'), councillor('b'), councillor('c'), councillor('d')],
      sessions: [
        session('ses-held', '2026-06-01T09:00:00Z'),
        session('ses-other', '2026-06-02T09:00:00Z', { countsAsCorporateParenting: false }),
        session('ses-cancelled', '2026-06-03T09:00:00Z', { status: 'cancelled' }),
        session('ses-future', '2026-12-01T10:00:00Z'),
      ],
      attendance: [...attended('ses-held', 'a'), ...attended('ses-other', 'b'), ...attended('ses-cancelled', 'c'), ...attended('ses-future', 'd')],
    });
    expect(figures.overall).toEqual({ attended: 1, of: 4 });
    expect(figures.yetToAttend.map((training) => training.councillor.memberId)).toEqual(['b', 'c', 'd']);
  });

  it('an attendance later corrected to absent does not count', () => {
    const figures = complianceAt({
      ...base,
      councillors: [councillor('a')],
      sessions: [session('ses-held', '2026-06-01T09:00:00Z')],
      attendance: [{ sessionId: 'ses-held', memberId: 'a', attended: false }],
    });
    expect(figures.overall.attended).toBe(0);
  });

  it('someone who attended only before the period is not counted in it, but is not "yet to attend" either', () => {
    const figures = complianceAt({
      ...base,
      councillors: [councillor('a')],
      sessions: [session('ses-old', '2025-01-10T10:00:00Z')],
      attendance: attended('ses-old', 'a'),
    });
    expect(figures.overall).toEqual({ attended: 0, of: 1 });
    expect(figures.yetToAttend).toEqual([]);
    expect(figures.councillors[0]).toMatchObject({ status: 'up-to-date', refresherDueAt: '2027-01-10T10:00:00.000Z' });
  });

  it('a refresher falls due the refresher interval after the last session, in London time across the clock change', () => {
    const input = {
      ...base,
      councillors: [councillor('a')],
      // 10:00 BST on 1 June 2024 → due 10:00 BST on 1 June 2026 (09:00 UTC).
      sessions: [session('ses-2024', '2024-06-01T09:00:00Z')],
      attendance: attended('ses-2024', 'a'),
    };
    expect(complianceAt({ ...input, now: new Date('2026-06-01T08:59:00Z') }).refresherDue).toEqual([]);
    const due = complianceAt({ ...input, now: new Date('2026-06-01T09:00:00Z') }).refresherDue;
    expect(due.map((training) => [training.councillor.memberId, training.lastAttendedAt])).toEqual([['a', '2024-06-01T09:00:00Z']]);
    expect(complianceAt({ ...input, refresherMonths: 36, now: new Date('2026-06-01T09:00:00Z') }).refresherDue).toEqual([]);
  });

  it('newly elected members count only sessions since they were elected', () => {
    const figures = complianceAt({
      ...base,
      councillors: [councillor('new-before', { electedOn: '2026-05-07' }), councillor('new-after', { electedOn: '2026-05-07' }), councillor('old', { electedOn: '2022-05-05' })],
      sessions: [session('ses-before', '2026-04-20T09:00:00Z'), session('ses-after', '2026-06-20T09:00:00Z')],
      attendance: [...attended('ses-before', 'new-before'), ...attended('ses-after', 'new-after', 'old')],
    });
    expect(figures.newlyElected).toEqual({ attended: 1, of: 2 });
  });

  it('breaks the figure down by level, each over the members that level is for', () => {
    const roles = (...list: MemberRole[]) => ({ roles: list });
    const figures = complianceAt({
      ...base,
      councillors: [councillor('ward'), councillor('scrutiny', roles('scrutiny')), councillor('board', roles('board')), councillor('lead', roles('lead-member'))],
      sessions: [session('ses-1', '2026-06-01T09:00:00Z'), session('ses-2', '2026-07-01T09:00:00Z', { level: 2 }), session('ses-3', '2026-08-01T09:00:00Z', { level: 3 })],
      attendance: [...attended('ses-1', 'ward', 'scrutiny'), ...attended('ses-2', 'board'), ...attended('ses-3', 'lead')],
    });
    expect(figures.byLevel.map(({ level, share }) => [level, share.attended, share.of])).toEqual([
      [1, 2, 4],
      [2, 1, 3],
      [3, 1, 1],
    ]);
    expect(describeShare(figures.byLevel[2]!.share, levelAudiences[3])).toBe('1 out of 1 Lead Member (100%)');
  });

  it('never rounds to 0% when someone attended, nor to 100% when someone did not', () => {
    expect(percentOf({ attended: 199, of: 200 })).toBe(99);
    expect(percentOf({ attended: 1, of: 300 })).toBe(1);
    expect(percentOf({ attended: 0, of: 5 })).toBe(0);
    expect(percentOf({ attended: 5, of: 5 })).toBe(100);
    expect(percentOf({ attended: 0, of: 0 })).toBe(0);
  });

  it('says plainly when there is nobody to count', () => {
    const figures = complianceAt({ ...base, councillors: [], sessions: [], attendance: [] });
    expect(complianceHeadlineOf(figures)).toMatch(/No councillors are on record yet/);
  });

  it('the headline names the month the period starts, and agrees in number', () => {
    const figures = complianceAt({
      ...base,
      councillors: [councillor('a'), councillor('b')],
      sessions: [session('ses-1', '2026-06-01T09:00:00Z')],
      attendance: attended('ses-1', 'a'),
    });
    expect(complianceHeadlineOf(figures)).toBe('1 out of 2 members (50%) has attended corporate parenting training since May 2026');
  });
});
