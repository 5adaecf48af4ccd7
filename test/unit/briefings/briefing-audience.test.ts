import { describe, expect, it } from 'vitest';
import { briefingAudience, reachableOfficers } from '../../../src/features/briefings/briefing-audience.js';
import type { Member } from '../../../src/features/members/member.js';

const member = (id: string, fields: Partial<Member> = {}): Member => ({
  id,
  tenantId: 't',
  aadObjectId: id,
  conversationReference: { conversation: { id: `a:${id}` }, serviceUrl: 'https://smba.example' },
  firstSeenAt: '2026-11-01T00:00:00.000Z',
  lastSeenAt: '2026-11-01T00:00:00.000Z',
  installed: true,
  roles: [],
  preferences: { briefings: true, trainingNudges: true },
  ...fields,
});

describe('who gets the briefing', () => {
  const members = [
    member('subscribed'),
    member('unsubscribed', { preferences: { briefings: false, trainingNudges: true } }),
    member('uninstalled', { installed: false }),
    member('unreachable', { unreachable: { since: '2026-11-20T00:00:00.000Z', reason: 'HTTP 403' } }),
    member('cleared', { unreachable: null }),
  ];

  it('subscribed members the bot can reach; the unsubscribed are counted; the unreachable are listed with why', () => {
    expect(briefingAudience(members)).toEqual({
      recipients: ['subscribed', 'cleared'],
      unsubscribed: 1,
      leftOut: [
        { memberId: 'uninstalled', reason: 'the app is not installed' },
        { memberId: 'unreachable', reason: 'Teams could not reach them (HTTP 403)' },
      ],
    });
  });

  it('officers are the configured admins and members made admins, if the bot can reach them', () => {
    const everyone = [...members, member('made-admin', { isAdmin: true }), member('gone-admin', { isAdmin: true, installed: false })];
    expect(reachableOfficers(everyone, ['subscribed', 'unreachable']).map((officer) => officer.id)).toEqual(['subscribed', 'made-admin']);
  });
});
