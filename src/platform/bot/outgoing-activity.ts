import { CardFactory, type Activity } from 'botbuilder';
import type { OutgoingMessage } from './turn.js';

/** Turns a feature's message into a Bot Framework activity (card, citations, feedback, quick replies). */
export function toBotActivity(message: OutgoingMessage): Partial<Activity> {
  const activity: Partial<Activity> = { type: 'message' };
  if (message.text !== undefined) {
    activity.text = message.text;
    activity.textFormat = 'markdown';
  }
  if (message.card) activity.attachments = [CardFactory.adaptiveCard(message.card)];
  if (message.citations?.length) {
    activity.entities = [
      {
        type: 'https://schema.org/Message',
        '@type': 'Message',
        '@context': 'https://schema.org',
        '@id': '',
        citation: message.citations.map((citation) => ({
          '@type': 'Claim',
          position: citation.position,
          appearance: {
            '@type': 'DigitalDocument',
            name: citation.title,
            abstract: citation.abstract,
            ...(citation.url ? { url: citation.url } : {}),
          },
        })),
      },
    ];
  }
  if (message.feedbackLoop) activity.channelData = { feedbackLoopEnabled: true };
  if (message.suggestedReplies?.length) {
    activity.suggestedActions = {
      to: [],
      actions: message.suggestedReplies.map((reply) => ({ type: 'imBack', title: reply, value: reply })),
    };
  }
  return activity;
}
