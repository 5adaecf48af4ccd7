import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardAction, councillor, install, message, testTenantId } from '../support/activities.js';
import { cardText, cardsOf, repliesOf, startTestBot, type TestBot } from '../support/test-bot.js';

describe('a councillor and their data', () => {
  let bot: TestBot;
  const say = async (text: string) => repliesOf((await bot.post(message(councillor, bot.connector.url, text))).body);

  beforeAll(async () => {
    bot = await startTestBot();
    await bot.post(install(councillor, bot.connector.url));
  });
  afterAll(() => bot.stop());

  it('"my data" says what the bot holds about them', async () => {
    const [reply] = await say('my data');
    expect(reply.text).toContain('What I hold about you');
    expect(reply.text).toContain('Alex Councillor');
    expect(reply.text).toContain('councillor-1@council.example');
    expect(reply.text).toContain('Fortnightly briefing: yes');
  });

  it('"unsubscribe" and "subscribe" change whether the briefing comes', async () => {
    await say('unsubscribe');
    expect((await bot.app.members.get(testTenantId, councillor.aadObjectId))?.preferences.briefings).toBe(false);
    await say('subscribe');
    expect((await bot.app.members.get(testTenantId, councillor.aadObjectId))?.preferences.briefings).toBe(true);
  });

  it('"forget me" asks first; a forged confirmation changes nothing; confirming deletes the record', async () => {
    const [confirm] = cardsOf(await say('forget me'));
    expect(cardText(confirm)).toContain('Delete your data?');

    const forged = await bot.post(cardAction(councillor, bot.connector.url, 'members.forgetMe', { confirm: 'maybe' }));
    expect(forged.body.value).toContain("couldn't accept that");
    expect(await bot.app.members.get(testTenantId, councillor.aadObjectId)).toBeDefined();

    const done = await bot.post(cardAction(councillor, bot.connector.url, 'members.forgetMe', { confirm: 'yes' }));
    expect(cardText(done.body.value)).toContain('Your data has been deleted');
    expect(await bot.app.members.get(testTenantId, councillor.aadObjectId)).toBeUndefined();
  });
});
