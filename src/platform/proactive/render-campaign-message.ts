import type { OutgoingMessage } from '../bot/turn.js';
import { renderCard } from '../cards/card-templates.js';
import type { CampaignMessage } from './campaign.js';

/** The message one recipient gets: the card expanded with the campaign's data and theirs. */
export function renderCampaignMessage(message: CampaignMessage, recipientData?: Record<string, unknown>): OutgoingMessage {
  if (message.kind === 'text') return { text: message.text };
  return { card: renderCard(message.template, { ...message.data, ...recipientData }) };
}
