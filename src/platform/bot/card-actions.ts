import { z } from 'zod';
import type { AdaptiveCard } from '../cards/card-templates.js';
import type { Turn } from './turn.js';

/** What a card action leaves behind: a card that replaces the one clicked, or a short message. */
export type CardActionOutcome = { readonly card: AdaptiveCard } | { readonly message: string };

export interface CardActionHandler<Schema extends z.ZodType = z.ZodType> {
  readonly verb: string;
  /** Validates the action's data (the card's inputs plus its hidden fields). */
  readonly schema: Schema;
  run(turn: Turn, data: z.infer<Schema>): Promise<CardActionOutcome>;
}

export function cardAction<Schema extends z.ZodType>(handler: CardActionHandler<Schema>): CardActionHandler {
  return handler as unknown as CardActionHandler;
}

export const unknownActionMessage =
  "Sorry, I don't recognise that button any more. Type **help** to see what I can do.";

export const invalidActionMessage =
  "Sorry, I couldn't accept that — some of the card's answers were missing or not valid. Please check the form and try again.";

/** Routes a card verb to the feature that owns it, after validating its data with the feature's schema. */
export class CardActionRouter {
  private readonly handlers = new Map<string, CardActionHandler>();

  register(...handlers: CardActionHandler[]): this {
    for (const handler of handlers) {
      if (this.handlers.has(handler.verb)) throw new Error(`Card verb "${handler.verb}" is registered twice`);
      this.handlers.set(handler.verb, handler);
    }
    return this;
  }

  async dispatch(turn: Turn, verb: unknown, data: unknown): Promise<CardActionOutcome> {
    const handler = typeof verb === 'string' ? this.handlers.get(verb) : undefined;
    if (!handler) return { message: unknownActionMessage };
    const parsed = handler.schema.safeParse(data ?? {});
    if (!parsed.success) return { message: invalidActionMessage };
    return handler.run(turn, parsed.data);
  }
}
