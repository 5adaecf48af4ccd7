import { z } from 'zod';
import { renderCard, type AdaptiveCard } from '../../platform/cards/card-templates.js';
import { cardText, sessionIdSchema } from './card-fields.js';
import { sessionFacts } from './session-labels.js';
import type { TrainingSession } from './session.js';

const cancellationNoteLimit = 500;

export const cancelSubmissionSchema = z.object({
  sessionId: sessionIdSchema,
  note: cardText(cancellationNoteLimit),
});

/** Asks the officer to confirm, with an optional message for the invitees. */
export function cancelCard(session: TrainingSession, invitedCount: number): AdaptiveCard {
  return renderCard('training-cancel', {
    ...sessionFacts(session),
    consequence:
      session.status === 'published'
        ? `${invitedCount} ${invitedCount === 1 ? 'member was' : 'members were'} invited. Everyone who hasn't declined will be told, and every invitation will show it is cancelled.`
        : 'This session has not been published, so nobody will be told.',
    isPublished: session.status === 'published',
  });
}
