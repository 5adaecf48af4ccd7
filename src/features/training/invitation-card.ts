import { z } from 'zod';
import { renderCard, type AdaptiveCard } from '../../platform/cards/card-templates.js';
import type { AttendanceRecord } from './attendance.js';
import { sessionIdSchema } from './card-fields.js';
import { sessionFacts } from './session-labels.js';
import { hasStarted, type TrainingSession } from './session.js';

export const invitationTemplate = 'training-invitation';

/** Accept / Decline on any card about a session (invitation, reminder, nudge, `training`). */
export const rsvpSchema = z.object({
  sessionId: sessionIdSchema,
  answer: z.enum(['accepted', 'declined']),
  /** Which card to answer with: the session's card, or the member's `training` overview. */
  view: z.enum(['invitation', 'overview']).default('invitation'),
});

/** How a message about a session opens: an invitation, a reminder, a nudge, a change. */
export interface SessionMessageFraming {
  readonly kicker: string;
  readonly intro?: string;
  /** The officer's words (a cancellation note), shown apart. */
  readonly note?: string;
  /** Small print at the foot of the card. */
  readonly footer?: string;
}

/** The card data every recipient shares (campaign data). */
export function sessionMessageData(session: TrainingSession, now: Date, framing: SessionMessageFraming): Record<string, unknown> {
  return {
    ...sessionFacts(session),
    kicker: framing.kicker,
    intro: framing.intro ?? '',
    note: framing.note ?? '',
    footer: framing.footer ?? '',
    capacityText: session.capacity ? `${session.capacity} places` : '',
    canAnswer: session.status === 'published' && !hasStarted(session, now),
  };
}

/** One recipient's part of the card: where their answer stands. */
export function answerData(
  session: TrainingSession,
  record: Pick<AttendanceRecord, 'rsvp'> | undefined,
  now: Date,
  options: { full?: boolean } = {},
): { statusText: string; statusColor: 'Good' | 'Attention' | 'Warning' | 'Default' } {
  const rsvp = record?.rsvp;
  if (session.status === 'cancelled') return { statusText: 'This session has been cancelled. Sorry for any inconvenience.', statusColor: 'Attention' };
  if (hasStarted(session, now)) {
    const yours = rsvp === 'accepted' ? ' You had accepted.' : rsvp === 'declined' ? ' You had declined.' : '';
    return { statusText: `This session has started, so replies are closed.${yours}`, statusColor: 'Default' };
  }
  if (options.full && rsvp !== 'accepted') {
    return { statusText: 'Sorry, this session is full. Democratic Services will let you know if a place comes up.', statusColor: 'Warning' };
  }
  if (rsvp === 'accepted') return { statusText: "You've accepted — see you there. You can change your mind until it starts.", statusColor: 'Good' };
  if (rsvp === 'declined') return { statusText: "You've declined. If your plans change, you can still accept until it starts.", statusColor: 'Default' };
  return { statusText: 'Can you come? Please let us know.', statusColor: 'Default' };
}

export function invitationCard(session: TrainingSession, record: Pick<AttendanceRecord, 'rsvp'> | undefined, now: Date, options: { full?: boolean } = {}): AdaptiveCard {
  return renderCard(invitationTemplate, {
    ...sessionMessageData(session, now, { kicker: 'Corporate parenting training', note: session.cancellationNote }),
    ...answerData(session, record, now, options),
  });
}

export const invitationFraming: SessionMessageFraming = {
  kicker: "You're invited: corporate parenting training",
  intro: 'As a councillor you are a corporate parent of the children in our care and our care leavers. This session helps you carry out that role.',
};
