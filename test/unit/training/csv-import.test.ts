import { describe, expect, it } from 'vitest';
import { MemberMatcher, parseAttendanceCsv, parseCouncillorsCsv } from '../../../src/features/training/csv-import.js';
import { sampleSession } from '../../support/card-samples/training.js';

const members = new MemberMatcher([
  { id: '00000000-0000-4000-8000-000000000001', aadObjectId: '00000000-0000-4000-8000-000000000001', email: 'alex@council.example' },
  { id: '00000000-0000-4000-8000-000000000002', aadObjectId: '00000000-0000-4000-8000-000000000002' },
  { id: '00000000-0000-4000-8000-000000000003', aadObjectId: '00000000-0000-4000-8000-000000000003', email: 'shared@council.example' },
  { id: '00000000-0000-4000-8000-000000000004', aadObjectId: '00000000-0000-4000-8000-000000000004', email: 'shared@council.example' },
]);
const held = { ...sampleSession, id: 'ses-held000001', startsAt: '2026-06-01T09:00:00.000Z' };
const future = { ...sampleSession, id: 'ses-future0001', startsAt: '2026-12-01T10:00:00.000Z' };
const cancelled = { ...held, id: 'ses-cancel0001', status: 'cancelled' as const };
const sessions = new Map([held, future, cancelled].map((session) => [session.id, session]));
const now = new Date('2026-11-23T10:00:00Z');

describe('importing attendance from the HR system', () => {
  it('matches by Entra object id always, and by email where the member has one; a header row is fine', () => {
    const result = parseAttendanceCsv(
      'Member,Session id\nALEX@council.example,ses-held000001\n00000000-0000-4000-8000-000000000002 , ses-held000001\n',
      members,
      sessions,
      now,
    );
    expect(result).toEqual({
      rows: [
        { line: 2, memberId: '00000000-0000-4000-8000-000000000001', sessionId: 'ses-held000001' },
        { line: 3, memberId: '00000000-0000-4000-8000-000000000002', sessionId: 'ses-held000001' },
      ],
    });
  });

  it('reports every bad row by its line, and gives no rows at all', () => {
    const csv = [
      'member,session',
      'alex@council.example,ses-held000001',
      'nobody@council.example,ses-held000001',
      'shared@council.example,ses-held000001',
      '00000000-0000-4000-8000-00000000ffff,ses-held000001',
      'alex@council.example,ses-nosuch00001',
      'alex@council.example,ses-future0001',
      'alex@council.example,ses-cancel0001',
      'Alex Smith,ses-held000001',
      'alex@council.example',
      '',
      'alex@council.example,DROP TABLE',
    ].join('\n');
    const result = parseAttendanceCsv(csv, members, sessions, now);
    expect('rows' in result).toBe(false);
    const problems = 'problems' in result ? result.problems : [];
    expect(problems.map((problem) => problem.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 12]);
    expect(problems[0]!.message).toMatch(/no member has the email nobody@council.example/);
    expect(problems[1]!.message).toMatch(/more than one member/);
    expect(problems[2]!.message).toMatch(/no member has the Entra object id/);
    expect(problems[3]!.message).toMatch(/no session with the id ses-nosuch00001/);
    expect(problems[4]!.message).toMatch(/hasn't taken place yet/);
    expect(problems[5]!.message).toMatch(/was cancelled/);
    expect(problems[6]!.message).toMatch(/neither an email address nor an Entra object id/);
    expect(problems[7]!.message).toMatch(/session id is missing/);
    expect(problems[8]!.message).toMatch(/is not a session id/);
  });

  it('says when the text is not CSV at all, or empty', () => {
    expect(parseAttendanceCsv('a,"b\nc,d', members, sessions, now)).toEqual({ problems: [{ line: 2, message: expect.stringMatching(/isn't valid CSV/) }] });
    expect(parseAttendanceCsv('member,session\n', members, sessions, now)).toEqual({ problems: [{ line: 1, message: 'there are no rows to import' }] });
  });
});

describe("importing councillors' election and leaving dates", () => {
  it('takes ISO or UK dates; an empty date means none', () => {
    const result = parseCouncillorsCsv('member,elected on,left office on\nalex@council.example,07/05/2026,\n00000000-0000-4000-8000-000000000002,2022-05-05,2026-11-01\n', members);
    expect(result).toEqual({
      rows: [
        { line: 2, memberId: '00000000-0000-4000-8000-000000000001', electedOn: '2026-05-07', leftOfficeOn: undefined },
        { line: 3, memberId: '00000000-0000-4000-8000-000000000002', electedOn: '2022-05-05', leftOfficeOn: '2026-11-01' },
      ],
    });
  });

  it('reports a bad date by line', () => {
    expect(parseCouncillorsCsv('alex@council.example,31/02/2026\n', members)).toEqual({ problems: [{ line: 1, message: expect.stringMatching(/"31\/02\/2026" is not a date/) }] });
  });
});
