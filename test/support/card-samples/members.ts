import { exampleQuestions } from '../../../src/features/members/example-questions.js';
import { defaultPreferences } from '../../../src/features/members/member.js';
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
  'members-forget': [forgetMeCard('confirming'), forgetMeCard('done')],
  'members-settings': [
    settingsCard({ roles: [], preferences: defaultPreferences }),
    settingsCard({ roles: ['scrutiny', 'board'], preferences: { briefings: false, trainingNudges: true } }, 'Saved ✓'),
  ],
};
