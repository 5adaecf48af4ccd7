import { describe, expect, it } from 'vitest';
import type { AttendanceRecord, TrainingProfile } from '../../../src/features/training/attendance.js';
import { councillor } from '../../support/training-builders.js';
import { dueNudges, type NudgeInput } from '../../../src/features/training/nudges.js';
import type { TrainingSession } from '../../../src/features/training/session.js';


const session = (id: string, startsAt: string, fields: Partial<TrainingSession> = {}): TrainingSession => ({
  id,
  tenantId: 't',
  kind: 'session',
  title: id,
  level: 1,
  outline: '',
  startsAt,
  endsAt: startsAt,
  place: 'Town Hall',
  audienceRoles: [],
  countsAsCorporateParenting: true,
  status: 'published',
  createdAt: '2026-01-01T00:00:00Z',
  createdBy: 'o',
  updatedAt: '2026-01-01T00:00:00Z',
  publishedAt: '2026-01-01T00:00:00Z',
  version: 1,
  invitationCampaignIds: [],
  ...fields,
});

const record = (sessionId: string, memberId: string, fields: Partial<AttendanceRecord>): AttendanceRecord => ({
  id: `${sessionId}|${memberId}`,
  tenantId: 't',
  kind: 'attendance',
  sessionId,
  memberId,
  attended: false,
  ...fields,
});

// Monday 23 November 2026, 11:00 London.
const now = new Date('2026-11-23T11:00:00Z');
const nextLevel1 = session('ses-next', '2026-12-01T10:00:00Z');
const oldLevel1 = session('ses-2023', '2023-10-01T09:00:00Z');
const recentLevel1 = session('ses-2026', '2026-06-01T09:00:00Z');

const input = (fields: Partial<NudgeInput>): NudgeInput => ({
  councillors: [],
  sessions: [nextLevel1, oldLevel1, recentLevel1],
  attendance: [],
  profiles: new Map(),
  now,
  termStart: '2026-05-07',
  refresherMonths: 24,
  intervalMonths: 1,
  ...fields,
});
const nudged = (fields: Partial<NudgeInput>) => dueNudges(input(fields)).map((nudge) => [nudge.memberId, nudge.reason, nudge.session.id]);

describe('who gets a training nudge', () => {
  it('a member who has never attended Level 1, with the next Level 1 session', () => {
    expect(nudged({ councillors: [councillor('new')] })).toEqual([['new', 'never-attended-level-1', 'ses-next']]);
  });

  it('a member whose last session is older than the refresher interval', () => {
    const attendance = [record('ses-2023', 'old', { attended: true }), record('ses-2026', 'fresh', { attended: true })];
    expect(nudged({ councillors: [councillor('old'), councillor('fresh')], attendance })).toEqual([['old', 'refresher-due', 'ses-next']]);
  });

  it('not someone who turned nudges off, has no app, or has already booked a suitable session', () => {
    const attendance = [record('ses-next', 'booked', { invitedAt: 'x', rsvp: 'accepted' })];
    const councillors = [councillor('off', { trainingNudges: false }), councillor('gone', { installed: false }), councillor('booked')];
    expect(nudged({ councillors, attendance })).toEqual([]);
  });

  it('someone who declined the next session is offered the one after', () => {
    const later = session('ses-later', '2027-01-12T10:00:00Z');
    const attendance = [record('ses-next', 'busy', { invitedAt: 'x', rsvp: 'declined' })];
    expect(nudged({ councillors: [councillor('busy')], sessions: [nextLevel1, later], attendance })).toEqual([['busy', 'never-attended-level-1', 'ses-later']]);
  });

  it('nobody when there is no suitable session to suggest (not Level 1, not for them, not counted, or a draft)', () => {
    const sessions = [
      session('ses-l2', '2026-12-02T10:00:00Z', { level: 2 }),
      session('ses-board', '2026-12-03T10:00:00Z', { audienceRoles: ['board'] }),
      session('ses-other', '2026-12-04T10:00:00Z', { countsAsCorporateParenting: false }),
      session('ses-draft', '2026-12-05T10:00:00Z', { status: 'draft' }),
    ];
    expect(nudged({ councillors: [councillor('ward')], sessions })).toEqual([]);
  });

  it('not about a session they were invited to within the interval: the invitation (and its reminders) is enough', () => {
    const invited = (invitedAt: string) => [record('ses-next', 'm', { invitedAt })];
    expect(nudged({ councillors: [councillor('m')], attendance: invited('2026-11-20T09:00:00Z') })).toEqual([]);
    expect(nudged({ councillors: [councillor('m')], attendance: invited('2026-10-01T09:00:00Z') })).toEqual([['m', 'never-attended-level-1', 'ses-next']]);
  });

  it('at most once per interval', () => {
    const profile = (lastNudgedAt: string): Map<string, TrainingProfile> =>
      new Map([['m', { id: 'profile|m', tenantId: 't', kind: 'profile', memberId: 'm', lastNudgedAt, updatedAt: lastNudgedAt }]]);
    expect(nudged({ councillors: [councillor('m')], profiles: profile('2026-11-01T11:00:00Z') })).toEqual([]);
    // 10:00 BST on 23 October + 1 month = 10:00 GMT on 23 November (10:00 UTC); now is 11:00.
    expect(nudged({ councillors: [councillor('m')], profiles: profile('2026-10-23T09:00:00Z') })).toHaveLength(1);
    expect(nudged({ councillors: [councillor('m')], profiles: profile('2026-10-01T11:00:00Z'), intervalMonths: 2 })).toEqual([]);
  });

  it('only on weekdays between 10:00 and 16:00 London time', () => {
    const councillors = [councillor('m')];
    expect(nudged({ councillors, now: new Date('2026-11-23T09:59:00Z') })).toEqual([]);
    expect(nudged({ councillors, now: new Date('2026-11-23T16:00:00Z') })).toEqual([]);
    expect(nudged({ councillors, now: new Date('2026-11-21T11:00:00Z') })).toEqual([]);
    // In summer 10:00 BST is 09:00 UTC.
    expect(nudged({ councillors, now: new Date('2026-07-01T09:00:00Z') })).toHaveLength(1);
  });
});
