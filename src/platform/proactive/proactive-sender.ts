import type { StoredConversationReference } from '../bot/turn.js';
import type { OutgoingMessage } from '../bot/turn.js';

/** The Bot Framework calls the delivery engine makes; implemented over CloudAdapter in platform/bot. */
export interface ProactiveSender {
  /** Sends into the conversation and returns the new activity's id. */
  send(reference: StoredConversationReference, message: OutgoingMessage): Promise<string | undefined>;
  update(reference: StoredConversationReference, activityId: string, message: OutgoingMessage): Promise<void>;
  delete(reference: StoredConversationReference, activityId: string): Promise<void>;
}
