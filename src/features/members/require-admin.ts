import type { z } from 'zod';
import { cardAction, type CardActionHandler } from '../../platform/bot/card-actions.js';
import type { TextCommand } from '../../platform/bot/text-commands.js';
import type { AdminPolicy } from './admin-policy.js';

export const notAnAdminText =
  "Sorry, that's for member development officers only. If you think you should have access, please ask Democratic Services.";

/** Wraps an officer command: anyone else gets a polite refusal and nothing runs. */
export function adminCommand(policy: AdminPolicy, command: Omit<TextCommand, 'adminOnly'>): TextCommand {
  return {
    ...command,
    adminOnly: true,
    run: async (turn) => {
      if (!(await policy.isAdmin(turn.member))) {
        await turn.send({ text: notAnAdminText });
        return;
      }
      await command.run(turn);
    },
  };
}

/** Wraps an officer's card action: anyone else gets the polite refusal and nothing runs. */
export function adminCardAction<Schema extends z.ZodType>(policy: AdminPolicy, handler: CardActionHandler<Schema>): CardActionHandler {
  return cardAction({
    ...handler,
    run: async (turn, data) => ((await policy.isAdmin(turn.member)) ? handler.run(turn, data) : { message: notAnAdminText }),
  });
}
