import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityFrom, cardAction, cardSubmit, councillor, install, membersAdded, message, testTenantId, uninstall, type TestUser } from '../support/activities.js';
import { cardText, cardsOf, repliesOf, startTestBot, type TestBot } from '../support/test-bot.js';

describe('the bot on the Bot Framework protocol', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(() => bot.stop());

  const newMember = (n: number): TestUser => ({
    id: `29:member-${n}`,
    aadObjectId: `00000000-0000-4000-8000-0000000a000${n}`,
    name: `Member ${n}`,
  });

  it('reports health and readiness as JSON', async () => {
    expect(await (await fetch(`${bot.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${bot.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', cosmos: 'reachable' });
  });

  it('serves the privacy notice and terms the Teams manifest links to', async () => {
    for (const path of ['/privacy', '/terms']) {
      const response = await fetch(`${bot.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toContain('Corporate Parenting Companion');
    }
  });

  it('when a member installs the app, then they get one welcome card and are recorded', async () => {
    const member = newMember(1);
    expect((await bot.post(install(member, bot.connector.url))).status).toBe(200);
    const [welcome] = bot.connector.messages(`a:personal-${member.id}`);
    const card = welcome?.attachments as { content: unknown }[];
    expect(cardText(card[0]!.content)).toContain('Welcome, Member');
    expect(cardText(card[0]!.content)).toContain('What are the 7 corporate parenting principles?');

    const stored = await bot.app.members.get(testTenantId, member.aadObjectId);
    expect(stored).toMatchObject({
      id: member.aadObjectId,
      tenantId: testTenantId,
      name: 'Member 1',
      email: 'member-1@council.example',
      installed: true,
      firstSeenAt: '2026-11-23T10:00:00.000Z',
      conversationReference: { conversation: { id: `a:personal-${member.id}` }, serviceUrl: bot.connector.url },
    });
  });

  it('welcomes a member once, not on every reinstall or page reload', async () => {
    const member = newMember(2);
    await bot.post(install(member, bot.connector.url));
    await bot.post(membersAdded(member, bot.connector.url));
    await bot.post(uninstall(member, bot.connector.url));
    await bot.post(install(member, bot.connector.url));
    await Promise.all([bot.post(install(member, bot.connector.url)), bot.post(membersAdded(member, bot.connector.url))]);
    expect(bot.connector.messages(`a:personal-${member.id}`)).toHaveLength(1);
  });

  it('when a member uninstalls, then they are marked uninstalled and their record is kept', async () => {
    const member = newMember(3);
    await bot.post(install(member, bot.connector.url));
    bot.clock.advance(60_000);
    await bot.post(uninstall(member, bot.connector.url));
    const stored = await bot.app.members.get(testTenantId, member.aadObjectId);
    expect(stored).toMatchObject({ installed: false, uninstalledAt: '2026-11-23T10:01:00.000Z', name: 'Member 3' });
    bot.clock.set('2026-11-23T10:00:00Z');
  });

  it('updates last seen and the conversation reference on every turn', async () => {
    const member = newMember(4);
    await bot.post(message(member, bot.connector.url, 'help'));
    bot.clock.advance(3_600_000);
    await bot.post(message(member, bot.connector.url, 'help'));
    const stored = await bot.app.members.get(testTenantId, member.aadObjectId);
    expect(stored).toMatchObject({ firstSeenAt: '2026-11-23T10:00:00.000Z', lastSeenAt: '2026-11-23T11:00:00.000Z' });
    bot.clock.set('2026-11-23T10:00:00Z');
  });

  it('"help" replies (expectReplies) with a help card listing the commands that exist', async () => {
    const { status, body } = await bot.post(message(councillor, bot.connector.url, 'Help'));
    expect(status).toBe(200);
    const [card] = cardsOf(repliesOf(body));
    expect(cardText(card)).toContain('What I can do');
    expect(cardText(card)).toContain('help');
  });

  it('a reply that Teams throttles (429 with Retry-After) is retried and arrives once', async () => {
    const member = newMember(5);
    const conversationId = `a:personal-${member.id}`;
    bot.connector.failConversation(conversationId, { status: 429, retryAfterSeconds: 1 });
    const asked = { ...message(member, bot.connector.url, 'help'), deliveryMode: undefined };
    expect((await bot.post(asked)).status).toBe(200);
    const attempts = bot.connector.requests.filter((request) => request.conversationId === conversationId);
    expect(attempts.map((request) => request.status)).toEqual([429, 200]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(900);
    expect(bot.connector.messages(conversationId)).toHaveLength(1);
  });

  it('answers a card button it does not know, by invoke or by submit, without failing', async () => {
    const invoked = await bot.post(cardAction(councillor, bot.connector.url, 'no.such.verb', {}));
    expect(invoked.status).toBe(200);
    expect(invoked.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(invoked.body.value).toContain("don't recognise that button");
    const submitted = await bot.post(cardSubmit(councillor, bot.connector.url, 'no.such.verb', {}));
    expect(repliesOf(submitted.body)[0].text).toContain("don't recognise that button");
  });

  describe('bad input gets a clear answer, never a 500', () => {
    it('malformed JSON → 400 JSON', async () => {
      const { status, body } = await bot.post('{"type": "message",');
      expect(status).toBe(400);
      expect(body).toMatchObject({ error: 'InvalidContent' });
    });

    it('a body that is not an activity → 400 naming what is missing', async () => {
      for (const payload of [[1, 2], { type: 'message' }, { hello: 'world' }, 'null', { ...message(councillor, 'not a url', 'hi') }]) {
        const { status, body } = await bot.post(typeof payload === 'string' ? payload : JSON.stringify(payload));
        expect(status).toBe(400);
        expect(body.message).toMatch(/Not a Bot Framework activity|Invalid/);
      }
    });

    it('an oversized body → 413', async () => {
      const huge = message(councillor, bot.connector.url, 'x'.repeat(400_000));
      const { status, body } = await bot.post(huge);
      expect(status).toBe(413);
      expect(body).toMatchObject({ error: 'PayloadTooLarge' });
    });

    it('an activity type the bot does not handle is accepted quietly', async () => {
      const { status } = await bot.post(activityFrom(councillor, bot.connector.url, { type: 'messageReaction', reactionsAdded: [{ type: 'like' }] }));
      expect(status).toBe(200);
    });
  });
});

describe('allowed tenants', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ ALLOWED_TENANT_IDS: `${testTenantId}, another-tenant` });
  });
  afterAll(() => bot.stop());

  it('an activity from another tenant is refused and nothing is stored', async () => {
    const outsider: TestUser = { ...councillor, id: '29:outsider', aadObjectId: 'outsider-aad', tenantId: 'other-tenant' };
    const { status, body } = await bot.post(install(outsider, bot.connector.url));
    expect(status).toBe(403);
    expect(body.message).toContain('does not serve your organisation');
    expect(await bot.app.members.get('other-tenant', 'outsider-aad')).toBeUndefined();
    expect(bot.connector.received).toHaveLength(0);
  });

  it('an allowed tenant is served', async () => {
    const { status } = await bot.post(message(councillor, bot.connector.url, 'help'));
    expect(status).toBe(200);
  });
});
