import { exampleQuestions } from '../../../src/features/members/example-questions.js';
import { defaultPreferences } from '../../../src/features/members/member.js';
import { memberDirectoryCard } from '../../../src/features/members/member-directory-card.js';
import type { Member } from '../../../src/features/members/member.js';
import { forgetMeCard } from '../../../src/features/members/my-data.js';
import { settingsCard } from '../../../src/features/members/settings.js';
import type { CardSamples } from './card-samples.js';

export const samples: CardSamples = {
  'members-welcome': [{ firstName: 'Alex', examples: exampleQuestions }, { firstName: '', examples: exampleQuestions }],
  'members-help': [
    { examples: exampleQuestions, commands: [{ name: 'help', description: 'Show this list' }], adminCommands: [] },
    {
      examples: exampleQuestions,
      commands: [{ name: 'help', description: 'Show this list' }],
      adminCommands: [{ name: 'sessions', description: 'Manage training sessions' }],
    },
  ],
  'members-directory': [
    memberDirectoryCard([sampleMember('a', { isAdmin: true }), sampleMember('b', { unreachable: { since: '2026-11-20T10:00:00Z', reason: 'HTTP 403' } }), sampleMember('c', { installed: false, uninstalledAt: '2026-11-01T10:00:00Z' })], ['aad-a'], 'Councillor b is now an officer (admin).'),
    memberDirectoryCard([], []),
  ],
  'members-forget': [forgetMeCard('confirming'), forgetMeCard('done')],
  'members-settings': [
    settingsCard({ roles: [], preferences: defaultPreferences }),
    settingsCard({ roles: ['scrutiny', 'board'], preferences: { briefings: false, trainingNudges: true } }, 'Saved ✓'),
  ],
};

function sampleMember(id: string, fields: Partial<Member>): Member {
  return {
    id,
    tenantId: 't',
    aadObjectId: `aad-${id}`,
    name: `Councillor ${id}`,
    conversationReference: { conversation: { id: `c-${id}` }, serviceUrl: 'http://127.0.0.1:9/' },
    firstSeenAt: '2026-05-08T09:00:00Z',
    lastSeenAt: '2026-11-20T09:00:00Z',
    installed: true,
    roles: ['ward'],
    preferences: defaultPreferences,
    ...fields,
  };
}
