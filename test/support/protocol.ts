import { expect } from 'vitest';
import { cardAction, message, type TestUser } from './activities.js';
import { actionFor, cardOfActivity, inputsOf } from './card-buttons.js';
import { cardProblems } from './card-validator.js';
import { cardsOf, repliesOf, type TestBot } from './test-bot.js';

/** Drives the bot through its HTTP endpoint as Teams would, checking every card it gets back. */

export const officer: TestUser = { id: '29:officer-1', aadObjectId: '00000000-0000-4000-8000-0000000000ff', name: 'Olive Officer' };
export const conversationOf = (user: TestUser) => `a:personal-${user.id}`;

export interface Clicked {
  readonly card?: any;
  readonly message?: string;
}

/** Presses a button (Action.Execute) on a card: the card's inputs as they stand, what was typed, the button's data. */
export async function click(
  bot: TestBot,
  user: TestUser,
  card: unknown,
  verb: string,
  typed: Record<string, unknown> = {},
  options: { title?: string; sessionId?: string; replyToId?: string } = {},
): Promise<Clicked> {
  const action = actionFor(card, verb, options);
  const { status, body } = await bot.post(cardAction(user, bot.connector.url, verb, { ...inputsOf(card), ...typed, ...action.data }, options.replyToId));
  expect(status).toBe(200);
  if (body.type === 'application/vnd.microsoft.card.adaptive') {
    expect(cardProblems(body.value)).toEqual([]);
    return { card: body.value };
  }
  return { message: body.value };
}

export async function say(bot: TestBot, user: TestUser, text: string): Promise<any[]> {
  const { status, body } = await bot.post(message(user, bot.connector.url, text));
  expect(status).toBe(200);
  const replies = repliesOf(body);
  for (const card of cardsOf(replies)) expect(cardProblems(card)).toEqual([]);
  return replies;
}

export async function tick(bot: TestBot, at: string): Promise<void> {
  bot.clock.set(at);
  await bot.app.scheduler.tick();
  await bot.app.delivery.runUntilIdle();
}

/** Card updates (PUT) the bot made to one member's message. */
export function updatesOf(bot: TestBot, user: TestUser, activityId: string): any[] {
  return bot.connector.received
    .filter((entry) => entry.method === 'PUT' && entry.conversationId === conversationOf(user) && entry.activityId === activityId)
    .map((entry) => cardOfActivity(entry.body));
}

/** The activity id of one member's message in a campaign, as the delivery report records it. */
export async function sentActivityId(bot: TestBot, campaignId: string, user: TestUser): Promise<string> {
  const report = await bot.app.delivery.report(campaignId);
  const activityId = report.recipients.find((recipient) => recipient.memberId === user.aadObjectId)?.activityId;
  if (!activityId) throw new Error(`${user.name} has no message in ${campaignId}`);
  return activityId;
}
