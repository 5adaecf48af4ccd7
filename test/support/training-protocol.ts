import { expect } from 'vitest';
import type { AttendanceRecord } from '../../src/features/training/attendance.js';
import type { TrainingSession } from '../../src/features/training/session.js';
import { testTenantId, type TestUser } from './activities.js';
import { cardOfActivity } from './card-buttons.js';
import { cardProblems } from './card-validator.js';
import { click, conversationOf, officer, say, type Clicked } from './protocol.js';
import { cardText, cardsOf, type TestBot } from './test-bot.js';

/** Training-specific steps: an officer's sessions list, and what was stored. */

/** The cards about a session the bot has sent to one member (other features' messages are left out). */
export function sessionCardsTo(bot: TestBot, user: TestUser, title: string): any[] {
  const cards = bot.connector.messages(conversationOf(user)).map(cardOfActivity).filter((card) => card && cardText(card).includes(title));
  for (const card of cards) expect(cardProblems(card)).toEqual([]);
  return cards;
}

export async function storedSessions(bot: TestBot): Promise<TrainingSession[]> {
  const { resources } = await bot.app.store.containers.sessions.items.readAll<TrainingSession>().fetchAll();
  return resources.filter((session) => session.tenantId === testTenantId && session.kind === 'session');
}

export async function storedAttendance(bot: TestBot, sessionId: string): Promise<AttendanceRecord[]> {
  const { resources } = await bot.app.store.containers.attendance.items.readAll<AttendanceRecord>().fetchAll();
  return resources.filter((record) => record.kind === 'attendance' && record.sessionId === sessionId);
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
