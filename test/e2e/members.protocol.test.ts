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

describe('officers and the member list', () => {
  let bot: TestBot;
  const officer = { id: '29:officer', aadObjectId: '00000000-0000-4000-8000-0000000000ff', name: 'Olive Officer' };
  const colleague = { id: '29:colleague', aadObjectId: '00000000-0000-4000-8000-0000000000ee', name: 'Colin Colleague' };

  beforeAll(async () => {
    bot = await startTestBot({ ADMIN_AAD_OBJECT_IDS: officer.aadObjectId });
    for (const user of [officer, colleague, councillor]) await bot.post(install(user, bot.connector.url));
    await bot.app.members.markUnreachable(testTenantId, councillor.aadObjectId, 'HTTP 403: the bot is blocked or the app was removed', bot.clock.now());
  });
  afterAll(() => bot.stop());

  it('an officer sees who has the app and who is not receiving messages', async () => {
    const [card] = cardsOf(repliesOf((await bot.post(message(officer, bot.connector.url, 'members'))).body));
    const text = cardText(card);
    expect(text).toContain('3 of 3');
    expect(text).toMatch(/Not receiving messages since .*HTTP 403/);
    expect(text).toContain('Officer (admin, set in configuration)');
  });

  it('a councillor is refused the member list and cannot make anyone an admin', async () => {
    const [reply] = repliesOf((await bot.post(message(colleague, bot.connector.url, 'members'))).body);
    expect(reply.text).toContain('member development officers only');
    const forged = await bot.post(cardAction(colleague, bot.connector.url, 'members.setAdmin', { memberId: colleague.aadObjectId, admin: 'true' }));
    expect(forged.body.value).toContain('member development officers only');
    expect((await bot.app.members.get(testTenantId, colleague.aadObjectId))?.isAdmin).toBeUndefined();
  });

  it('an officer makes a colleague an admin, who then has the officer commands', async () => {
    const made = await bot.post(cardAction(officer, bot.connector.url, 'members.setAdmin', { memberId: colleague.aadObjectId, admin: 'true' }));
    expect(cardText(made.body.value)).toContain('Colin Colleague is now an officer (admin).');
    const [card] = cardsOf(repliesOf((await bot.post(message(colleague, bot.connector.url, 'members'))).body));
    expect(cardText(card)).toContain('Members');
    await bot.post(cardAction(officer, bot.connector.url, 'members.setAdmin', { memberId: colleague.aadObjectId, admin: 'false' }));
    const [refused] = repliesOf((await bot.post(message(colleague, bot.connector.url, 'members'))).body);
    expect(refused.text).toContain('member development officers only');
  });
});
