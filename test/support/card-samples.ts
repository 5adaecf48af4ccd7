import { exampleQuestions } from '../../src/features/members/example-questions.js';

/** Sample data for every card template, so each can be expanded and validated. */
export const cardSamples: Record<string, object[]> = {
  'members-welcome': [{ firstName: 'Alex', examples: exampleQuestions }, { firstName: '', examples: exampleQuestions }],
  'members-help': [
    {
      examples: exampleQuestions,
      commands: [{ name: 'help', description: 'Show this list' }],
      adminCommands: [],
    },
    {
      examples: exampleQuestions,
      commands: [{ name: 'help', description: 'Show this list' }],
      adminCommands: [{ name: 'sessions', description: 'Manage training sessions' }],
    },
  ],
};
