import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councillor, install, message } from '../support/activities.js';
import { testMember } from '../support/members.js';
import { repliesOf, startTestBot, type TestBot } from '../support/test-bot.js';

describe('when Cosmos DB is unreachable', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
    await bot.post(install(councillor, bot.connector.url));
    await bot.app.store.embeddedServer!.stop();
  });
  afterAll(() => bot.stop());

  it('questions are still answered, even from a member the bot has not met (nothing needs storing)', async () => {
    const { status, body } = await bot.post(message(testMember(77), bot.connector.url, 'what are the 7 corporate parenting principles?'));
    expect(status).toBe(200);
    expect(repliesOf(body)[0].text).toContain('best interests');
  }, 120_000);

  it('what needs storage gets an apology, not a crash or a 500, and the bot stays up', async () => {
    const { status, body } = await bot.post(message(councillor, bot.connector.url, 'settings'));
    expect(status).toBe(200);
    expect(repliesOf(body).at(-1).text).toMatch(/something went wrong on our side/);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  }, 120_000);

  it('readiness says Cosmos is unreachable', async () => {
    const ready = await fetch(`${bot.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ cosmos: 'unreachable' });
  }, 120_000);
});
