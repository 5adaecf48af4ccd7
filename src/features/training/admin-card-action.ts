import type { z } from 'zod';
import { cardAction, type CardActionHandler } from '../../platform/bot/card-actions.js';
import type { AdminPolicy } from '../members/admin-policy.js';
import { notAnAdminText } from '../members/require-admin.js';

/** Wraps an officer's card action: anyone else gets the polite refusal and nothing runs. */
export function adminCardAction<Schema extends z.ZodType>(policy: AdminPolicy, handler: CardActionHandler<Schema>): CardActionHandler {
  return cardAction({
    ...handler,
    run: async (turn, data) => ((await policy.isAdmin(turn.member)) ? handler.run(turn, data) : { message: notAnAdminText }),
  });
}
