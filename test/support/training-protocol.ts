import { expect } from 'vitest';
import type { AttendanceRecord } from '../../src/features/training/attendance.js';
import type { TrainingSession } from '../../src/features/training/session.js';
import { cardAction, message, testTenantId, type TestUser } from './activities.js';
import { cardProblems } from './card-validator.js';
import { cardText, cardsOf, repliesOf, type TestBot } from './test-bot.js';
import { actionFor, cardOfActivity, inputsOf } from './training-cards.js';

/** Drives the training feature through the HTTP endpoint as Teams would, checking every card it gets back. */

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

/** The cards about a session the bot has sent to one member (other features' messages are left out). */
export function sessionCardsTo(bot: TestBot, user: TestUser, title: string): any[] {
  const cards = bot.connector.messages(conversationOf(user)).map(cardOfActivity).filter((card) => card && cardText(card).includes(title));
  for (const card of cards) expect(cardProblems(card)).toEqual([]);
  return cards;
}

/** Card updates (PUT) the bot made to one member's message. */
export function updatesOf(bot: TestBot, user: TestUser, activityId: string): any[] {
  return bot.connector.received
    .filter((entry) => entry.method === 'PUT' && entry.conversationId === conversationOf(user) && entry.activityId === activityId)
    .map((entry) => cardOfActivity(entry.body));
}

export async function storedSessions(bot: TestBot): Promise<TrainingSession[]> {
  const { resources } = await bot.app.store.containers.sessions.items.readAll<TrainingSession>().fetchAll();
  return resources.filter((session) => session.tenantId === testTenantId && session.kind === 'session');
}

export async function storedAttendance(bot: TestBot, sessionId: string): Promise<AttendanceRecord[]> {
  const { resources } = await bot.app.store.containers.attendance.items.readAll<AttendanceRecord>().fetchAll();
  return resources.filter((record) => record.kind === 'attendance' && record.sessionId === sessionId);
}

/** The activity id of one member's message in a campaign, as the delivery report records it. */
export async function sentActivityId(bot: TestBot, campaignId: string, user: TestUser): Promise<string> {
  const report = await bot.app.delivery.report(campaignId);
  const activityId = report.recipients.find((recipient) => recipient.memberId === user.aadObjectId)?.activityId;
  if (!activityId) throw new Error(`${user.name} has no message in ${campaignId}`);
  return activityId;
}

/** An officer opens `sessions`, fills in a new session and saves it; returns the stored session. */
export async function createSession(bot: TestBot, fields: Record<string, string>): Promise<TrainingSession> {
  const before = new Set((await storedSessions(bot)).map((session) => session.id));
  const [list] = cardsOf(await say(bot, officer, 'sessions'));
  const { card: form } = await click(bot, officer, list, 'training.newSession');
  const saved = await click(bot, officer, form, 'training.saveSession', fields);
  expect(cardText(saved.card)).toContain('Saved');
  const created = (await storedSessions(bot)).find((session) => !before.has(session.id));
  if (!created) throw new Error('no session was created');
  return created;
}

/** Presses the session's Publish button on the officer's list. */
export async function publish(bot: TestBot, sessionId: string): Promise<Clicked> {
  const [list] = cardsOf(await say(bot, officer, 'sessions'));
  return click(bot, officer, list, 'training.publishSession', {}, { sessionId });
}
