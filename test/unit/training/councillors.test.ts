import { describe, expect, it } from 'vitest';
import type { TrainingProfile } from '../../../src/features/training/attendance.js';
import { councillorsOf, inviteesOf } from '../../../src/features/training/councillors.js';
import { defaultPreferences, type Member } from '../../../src/features/members/member.js';

const member = (id: string, fields: Partial<Member> = {}): Member => ({
  id,
  tenantId: 't',
  aadObjectId: id,
  name: `Councillor ${id}`,
  conversationReference: { conversation: { id: `a:${id}` }, serviceUrl: 'https://smba.example' },
  firstSeenAt: '2026-01-01T00:00:00Z',
  lastSeenAt: '2026-01-01T00:00:00Z',
  installed: true,
  roles: ['ward'],
  preferences: defaultPreferences,
  ...fields,
});

const profile = (memberId: string, fields: Partial<TrainingProfile>): [string, TrainingProfile] => [
  memberId,
  { id: `profile|${memberId}`, tenantId: 't', kind: 'profile', memberId, updatedAt: '2026-01-01T00:00:00Z', ...fields },
];

const now = new Date('2026-11-23T10:00:00Z');

describe('who counts as a councillor, and who is invited', () => {
  const members = [
    member('ward'),
    member('scrutiny', { roles: ['scrutiny'] }),
    member('uninstalled', { installed: false }),
    member('officer-role', { roles: ['officer'] }),
    member('made-admin', { isAdmin: true }),
    member('configured-admin'),
    member('left', {}),
    member('leaving-later'),
  ];
  const profiles = new Map([profile('left', { leftOfficeOn: '2026-11-23' }), profile('leaving-later', { leftOfficeOn: '2026-11-24' }), profile('ward', { electedOn: '2026-05-07' })]);
  const councillors = councillorsOf(members, profiles, ['configured-admin'], now);

  it('every known member who is not an officer and has not left office, installed or not', () => {
    expect(councillors.map((councillor) => councillor.memberId).sort()).toEqual(['leaving-later', 'scrutiny', 'uninstalled', 'ward']);
    expect(councillors.find((councillor) => councillor.memberId === 'ward')?.electedOn).toBe('2026-05-07');
  });

  it('invites the audience who have the app: everyone, or members holding one of the roles', () => {
    expect(inviteesOf({ audienceRoles: [] }, councillors).map((c) => c.memberId).sort()).toEqual(['leaving-later', 'scrutiny', 'ward']);
    expect(inviteesOf({ audienceRoles: ['scrutiny', 'board'] }, councillors).map((c) => c.memberId)).toEqual(['scrutiny']);
  });
});
