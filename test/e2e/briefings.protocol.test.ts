import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardAction, cardSubmit, uninstall, type TestUser } from '../support/activities.js';
import { installMembers, testMember, testTenantId } from '../support/members.js';
import { cardText, cardsOf, startTestBot, type TestBot } from '../support/test-bot.js';
import { actionFor } from '../support/card-buttons.js';
import { click, conversationOf, officer, say } from '../support/protocol.js';


/** A briefing, a preview of one, or an officer's briefing card (other features' messages are not counted). */
const isBriefingCard = (card: unknown) => JSON.stringify(card).includes('"verb":"briefings.') || /^Issue \d+ · /m.test(cardText(card));

/** The briefing cards the bot has posted (proactive messages included), in one member's chat or in all. */
function briefingCards(bot: TestBot, user?: TestUser): Record<string, any>[] {
  return cardsOf(bot.connector.messages(user && conversationOf(user))).filter(isBriefingCard);
}
const cardsSentTo = (bot: TestBot, user: TestUser) => briefingCards(bot, user);

/** An officer schedules and publishes a training session through the training feature's own cards. */
async function publishSession(bot: TestBot, fields: Record<string, string>) {
  const [sessions] = cardsOf(await say(bot, officer, 'sessions'));
  const { card: form } = await click(bot, officer, sessions, 'training.newSession');
  const { card: saved } = await click(bot, officer, form, 'training.saveSession', fields);
  await click(bot, officer, saved, 'training.publishSession');
}

async function tick(bot: TestBot, at: string) {
  bot.clock.set(at);
  await bot.app.scheduler.tick();
  await bot.app.delivery.runUntilIdle();
}

describe('the fortnightly briefing, from auto-draft to recall', () => {
  let bot: TestBot;
  const councillors = Array.from({ length: 200 }, (_, index) => testMember(index + 1));
  const [unsubscribed, uninstalled, unreachable] = [201, 202, 203].map((n) => testMember(n, 'u')) as [TestUser, TestUser, TestUser];
  let editor: Record<string, any>;

  beforeAll(async () => {
    bot = await startTestBot(
      // The first issue goes out on Thursday 3 December 2026 at 09:00; its draft is due with officers on Monday 30 November.
      { ADMIN_AAD_OBJECT_IDS: officer.aadObjectId, BRIEFING_ANCHOR_DATE: '2026-12-03', BRIEFING_SEND_TIME: '09:00', TEAMS_MESSAGES_PER_SECOND: '2000' },
      { now: '2026-11-27T12:00:00Z' },
    );
    await installMembers(bot, [officer, ...councillors, unsubscribed, uninstalled, unreachable]);
    // The officer reviews the drafts but has unsubscribed from the briefing itself; one councillor turned it off in settings.
    await say(bot, officer, 'unsubscribe');
    const [settings] = cardsOf(await say(bot, unsubscribed, 'settings'));
    await click(bot, unsubscribed, settings, 'members.saveSettings', { briefings: 'false' });
    await bot.post(uninstall(uninstalled, bot.connector.url));
    await bot.app.members.markUnreachable(testTenantId, unreachable.aadObjectId, 'HTTP 403 (the member blocked the bot)', bot.clock.now());
    await publishSession(bot, { title: 'Corporate parenting: the essentials', level: '1', date: '2026-12-10', startTime: '18:00', endTime: '20:00', place: 'Committee Room 2' });
    await bot.app.delivery.runUntilIdle();
    bot.connector.received.length = 0;
  }, 60_000);
  afterAll(() => bot.stop());

  it('nothing happens before the review time', async () => {
    await tick(bot, '2026-11-30T08:59:00Z');
    expect(briefingCards(bot)).toHaveLength(0);
  });

  it('at the review time the officers get the auto-draft once: training coming up, the principle of the fortnight, new guidance and the compliance figure', async () => {
    await tick(bot, '2026-11-30T09:00:00Z');
    await tick(bot, '2026-11-30T09:00:00Z');
    await tick(bot, '2026-11-30T09:01:00Z');
    const cards = cardsSentTo(bot, officer);
    expect(cards).toHaveLength(1);
    editor = cards[0]!;
    const text = cardText(editor);
    expect(text).toContain('Here is the draft of the next member briefing');
    expect(text).toContain('Draft, not approved yet. It goes out Thu, 3 Dec 2026, 09:00 once approved.');
    expect(text).toContain('**Corporate parenting: the essentials** (Level 1, for all members): Thu, 10 Dec 2026, 18:00, Committee Room 2');
    expect(text).toContain('Principle of the fortnight: best interests, health and well-being');
    expect(text).toContain('Would the decisions in front of me this fortnight be good enough for my own child?');
    expect(text).toContain('New and updated guidance');
    expect(text).toContain('Corporate parenting training so far');
    expect(briefingCards(bot)).toHaveLength(1);
  });

  it('a councillor cannot approve it, and nothing changes', async () => {
    const { message: refusal } = await click(bot, councillors[0]!, editor, 'briefings.approve');
    expect(refusal).toMatch(/member development officers only/);
    const [refused] = await say(bot, councillors[0]!, 'briefing draft');
    expect(refused.text).toMatch(/member development officers only/);
    const [current] = cardsOf(await say(bot, officer, 'briefing draft'));
    expect(cardText(current)).toContain('Draft, not approved yet');
  });

  it('the officer adds an item; a mistake is named on the card, with what they typed, and nothing is saved', async () => {
    const { card: problem } = await click(bot, officer, editor, 'briefings.save', { heading5: 'Children in Care Council', text5: '', link5: 'not a link' });
    expect(cardText(problem)).toContain('Item 5 needs some text.');
    expect(cardText(problem)).toContain('Item 5: the Read more link must be a web address starting https://');
    expect(cardText(problem)).toContain('Children in Care Council');
    const [unchanged] = cardsOf(await say(bot, officer, 'briefing draft'));
    expect(cardText(unchanged)).not.toContain('Children in Care Council');
    const { card: saved } = await click(bot, officer, editor, 'briefings.save', {
      heading5: 'Children in Care Council',
      text5: 'Their new pledge to children in care is out: please read it.',
      link5: 'https://www.example.gov.uk/pledge',
    });
    expect(cardText(saved)).toMatch(/Saved ✓/);
    expect(cardText(saved)).toContain('Item 6');
    editor = saved;
  });

  it('a card opened before the edit cannot overwrite it', async () => {
    const stale = cardsSentTo(bot, officer)[0]!;
    const { card } = await click(bot, officer, stale, 'briefings.save', { title: 'Overwritten' });
    expect(cardText(card)).toContain('Someone changed this briefing after this card was opened');
    expect(cardText(card)).toContain('Their new pledge to children in care is out');
  });

  it('preview goes to the officer only', async () => {
    bot.connector.received.length = 0;
    const { card } = await click(bot, officer, editor, 'briefings.preview');
    expect(cardText(card)).toContain('a preview sent to you below');
    const previews = briefingCards(bot);
    expect(previews).toHaveLength(1);
    expect(briefingCards(bot, officer)).toHaveLength(1);
    const [preview] = previews;
    expect(cardText(preview)).toContain('Preview: only you can see this.');
    expect(cardText(preview)).toContain('Issue 1 · Thursday 3 December 2026');
    expect(JSON.stringify(preview)).not.toContain('briefings.acknowledge');
    editor = card;
  });

  it('approved before its send time, it waits for the send time; a second click changes nothing', async () => {
    bot.connector.received.length = 0;
    const { card } = await click(bot, officer, editor, 'briefings.approve');
    expect(cardText(card)).toContain('Approved ✓ It goes out Thu, 3 Dec 2026, 09:00.');
    const { card: again } = await click(bot, officer, editor, 'briefings.approve');
    expect(cardText(again)).toContain('Already approved ✓');
    await tick(bot, '2026-12-03T08:59:00Z');
    expect(briefingCards(bot)).toHaveLength(0);
    editor = card;
  });

  it('at the send time the 200 subscribed members get exactly one card each; unsubscribed and unreachable members none', async () => {
    await tick(bot, '2026-12-03T09:00:00Z');
    await tick(bot, '2026-12-03T09:00:00Z');
    await tick(bot, '2026-12-03T09:05:00Z');
    for (const councillor of councillors) expect(cardsSentTo(bot, councillor), councillor.name).toHaveLength(1);
    const [card] = cardsSentTo(bot, councillors[0]!);
    expect(cardText(card)).toContain('Corporate parenting briefing');
    expect(cardText(card)).toContain('Issue 1 · Thursday 3 December 2026');
    expect(cardText(card)).toContain('Their new pledge to children in care is out');
    expect(JSON.stringify(card)).toContain('"url":"https://www.example.gov.uk/pledge"');
    for (const member of [unsubscribed, uninstalled, unreachable]) expect(bot.connector.messages(conversationOf(member))).toHaveLength(0);
    expect(briefingCards(bot)).toHaveLength(200);
  });

  it('an acknowledgement counts once per member, by invoke or by submit, however often it is clicked', async () => {
    const [card] = cardsSentTo(bot, councillors[0]!);
    const first = await click(bot, councillors[0]!, card, 'briefings.acknowledge');
    expect(cardText(first.card)).toContain('Acknowledged ✓ Thu, 3 Dec 2026, 09:05. Thank you.');
    expect(JSON.stringify(first.card)).not.toContain('briefings.acknowledge');
    bot.clock.set('2026-12-03T10:00:00Z');
    const second = await click(bot, councillors[0]!, card, 'briefings.acknowledge');
    expect(cardText(second.card)).toContain('Acknowledged ✓ Thu, 3 Dec 2026, 09:05');
    await bot.post(cardSubmit(councillors[0]!, bot.connector.url, 'briefings.acknowledge', actionFor(card, 'briefings.acknowledge').data, 'activity-x'));
    await click(bot, councillors[1]!, cardsSentTo(bot, councillors[1]!)[0], 'briefings.acknowledge');

    const [report] = cardsOf(await say(bot, officer, 'briefing report'));
    const facts = Object.fromEntries(report.body.find((element: any) => element.type === 'FactSet').facts.map((fact: any) => [fact.title, fact.value]));
    expect(facts).toMatchObject({ Sent: '200', Failed: '0', Unreachable: '2', Acknowledged: '2', 'Unsubscribed (not sent)': '2' });
    expect(cardText(report)).toContain('Unreachable: the app is not installed');
    expect(cardText(report)).toContain('Unreachable: Teams could not reach them (HTTP 403 (the member blocked the bot))');
  });

  it('the delivery report downloads as CSV, one line per member with outcome and reason', async () => {
    const [report] = cardsOf(await say(bot, officer, 'briefing report'));
    const link = report.actions.find((action: any) => action.type === 'Action.OpenUrl').url as string;
    const response = await fetch(link);
    expect(response.status).toBe(200);
    const lines = (await response.text()).replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe('Member,Email,Outcome,Reason,Sent at,Acknowledged at');
    expect(lines).toHaveLength(1 + 200 + 2);
    expect(lines).toContain('Councillor M1,m-1@council.example,Sent,,"Thu, 3 Dec 2026, 09:00","Thu, 3 Dec 2026, 09:05"');
    expect(lines.filter((line) => line.includes(',Unreachable,'))).toHaveLength(2);
  });

  it('"briefing" shows a councillor the latest, with their acknowledgement', async () => {
    const [mine] = cardsOf(await say(bot, councillors[0]!, 'briefing'));
    expect(cardText(mine)).toContain('Acknowledged ✓');
    const [theirs] = cardsOf(await say(bot, councillors[5]!, 'Briefing'));
    expect(cardText(theirs)).toContain('Corporate parenting briefing');
    expect(JSON.stringify(theirs)).toContain('briefings.acknowledge');
  });

  it('after sending, an edit updates every sent card in place, and those who acknowledged keep their tick', async () => {
    const [report] = cardsOf(await say(bot, officer, 'briefing report'));
    const { card: sent } = await click(bot, officer, report, 'briefings.open');
    expect(cardText(sent)).toContain('Sent Thu, 3 Dec 2026, 09:00 to 200 members.');
    bot.connector.received.length = 0;
    const { card: updated } = await click(bot, officer, sent, 'briefings.save', { text5: 'Their new pledge is out: please read it before the Board.' });
    expect(cardText(updated)).toContain("Updated ✓ in 200 members' chats.");
    const puts = bot.connector.received.filter((entry) => entry.method === 'PUT');
    expect(puts).toHaveLength(200);
    expect(new Set(puts.map((entry) => entry.conversationId))).toEqual(new Set(councillors.map(conversationOf)));
    const acknowledged = puts.find((entry) => entry.conversationId === conversationOf(councillors[0]!))!;
    const updatedCard = (acknowledged.body.attachments as any[])[0].content;
    expect(cardText(updatedCard)).toContain('Acknowledged ✓');
    expect(cardText(updatedCard)).toContain('please read it before the Board');
    editor = updated;
  });

  it('a recall deletes every sent card, once', async () => {
    bot.connector.received.length = 0;
    const { card } = await click(bot, officer, editor, 'briefings.recall');
    expect(cardText(card)).toContain("Recalled ✓ Deleted from 200 members' chats.");
    const deletes = bot.connector.received.filter((entry) => entry.method === 'DELETE');
    expect(deletes).toHaveLength(200);
    expect(new Set(deletes.map((entry) => entry.conversationId))).toEqual(new Set(councillors.map(conversationOf)));
    const { card: again } = await click(bot, officer, editor, 'briefings.recall');
    expect(cardText(again)).toContain('Already recalled ✓');
    expect(bot.connector.received.filter((entry) => entry.method === 'DELETE')).toHaveLength(200);
    const [reply] = await say(bot, councillors[0]!, 'briefing');
    expect(reply.text).toContain('No member briefing has gone out yet');
  });
});

describe('approval rules through the bot', () => {
  let bot: TestBot;
  const councillors = [1, 2, 3].map((n) => testMember(n));
  const everyoneGot = (count: number) => councillors.every((councillor) => cardsSentTo(bot, councillor).length === count);

  beforeAll(async () => {
    bot = await startTestBot(
      { ADMIN_AAD_OBJECT_IDS: officer.aadObjectId, BRIEFING_ANCHOR_DATE: '2026-12-03', BRIEFING_SEND_TIME: '09:00' },
      { now: '2026-11-30T09:00:00Z' },
    );
    await installMembers(bot, [officer, ...councillors]);
    await say(bot, officer, 'unsubscribe');
  });
  afterAll(() => bot.stop());

  it('not approved by its send time: the officers are told once, nothing reaches members, and it waits', async () => {
    await tick(bot, '2026-11-30T09:00:00Z');
    bot.connector.received.length = 0;
    await tick(bot, '2026-12-03T09:00:00Z');
    await tick(bot, '2026-12-03T09:01:00Z');
    await tick(bot, '2026-12-04T09:00:00Z');
    const told = bot.connector.messages(conversationOf(officer)).filter((activity) => String(activity.text ?? '').includes('member briefing'));
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toContain('has not been approved, so it has not gone to members');
    expect(everyoneGot(0)).toBe(true);
  });

  it('approved late, it goes at once, and a tick afterwards sends nothing more', async () => {
    const [editor] = cardsOf(await say(bot, officer, 'briefing draft'));
    expect(cardText(editor)).toContain('It was due out Thu, 3 Dec 2026, 09:00; it waits until an officer approves it.');
    const { card } = await click(bot, officer, editor, 'briefings.approve');
    expect(cardText(card)).toContain('Sending to 3 members now ✓');
    await bot.app.delivery.runUntilIdle();
    await tick(bot, '2026-12-04T09:05:00Z');
    expect(everyoneGot(1)).toBe(true);
  });

  it('an approved briefing whose send tick was missed goes once, on the next tick', async () => {
    // Issue 2: drafted and approved, then the bot is down from before 09:00 until 14:30 on its send day.
    await tick(bot, '2026-12-14T09:00:00Z');
    const [editor] = cardsOf(await say(bot, officer, 'briefing draft'));
    expect(cardText(editor)).toContain('Issue 2 · Thursday 17 December 2026');
    await click(bot, officer, editor, 'briefings.approve');
    await tick(bot, '2026-12-17T14:30:00Z');
    await tick(bot, '2026-12-17T14:30:00Z');
    await tick(bot, '2026-12-17T14:31:00Z');
    expect(everyoneGot(2)).toBe(true);
    expect(cardText(cardsSentTo(bot, councillors[0]!)[1])).toContain('Principle of the fortnight: encourage them to express their views');
  });

  it('cancelled before sending, it never goes, and cannot then be approved or sent', async () => {
    await tick(bot, '2026-12-28T09:00:00Z');
    const [editor] = cardsOf(await say(bot, officer, 'briefing draft'));
    expect(cardText(editor)).toContain('Issue 3 · Thursday 31 December 2026');
    const { card } = await click(bot, officer, editor, 'briefings.cancel');
    expect(cardText(card)).toContain('Cancelled ✓ It will not be sent.');
    const { card: approve } = await click(bot, officer, editor, 'briefings.approve');
    expect(cardText(approve)).toContain('This briefing was cancelled');
    const { card: send } = await click(bot, officer, editor, 'briefings.sendNow');
    expect(cardText(send)).toContain('This briefing was cancelled');
    await tick(bot, '2026-12-31T09:00:00Z');
    expect(everyoneGot(2)).toBe(true);
  });

  it('send now goes at once to everyone, once, however often it is clicked', async () => {
    const [editor] = cardsOf(await say(bot, officer, 'briefing draft'));
    expect(cardText(editor)).toContain('I have drafted the next briefing');
    expect(cardText(editor)).toContain('Issue 4 · Thursday 14 January 2027');
    const first = await click(bot, officer, editor, 'briefings.sendNow', { title: 'A briefing for the new year' });
    expect(cardText(first.card)).toContain('Sending to 3 members now ✓');
    const second = await click(bot, officer, editor, 'briefings.sendNow', { title: 'A briefing for the new year' });
    expect(cardText(second.card)).toContain('Already sent ✓');
    await bot.app.delivery.runUntilIdle();
    await tick(bot, '2027-01-14T09:00:00Z');
    expect(everyoneGot(3)).toBe(true);
    expect(cardText(cardsSentTo(bot, councillors[2]!)[2])).toContain('A briefing for the new year');
  });

  it('bad or forged clicks get a clear answer and change nothing', async () => {
    const [editor] = cardsOf(await say(bot, officer, 'briefing draft'));
    const unknown = await bot.post(cardAction(councillors[0]!, bot.connector.url, 'briefings.acknowledge', { briefingId: 'briefing:2030-01-01' }));
    expect(unknown.body.value).toContain("hasn't been sent");
    const forged = await bot.post(cardAction(councillors[0]!, bot.connector.url, 'briefings.acknowledge', { briefingId: '../members/x' }));
    expect(forged.body.value).toContain("couldn't accept that");
    const oversized = await click(bot, officer, editor, 'briefings.save', { title: 'x'.repeat(5_000) });
    expect(oversized.message).toContain("couldn't accept that");
    const notAnOfficer = await click(bot, councillors[0]!, editor, 'briefings.sendNow');
    expect(notAnOfficer.message).toMatch(/member development officers only/);
    const [still] = cardsOf(await say(bot, officer, 'briefing draft'));
    expect(cardText(still)).toContain('Draft, not approved yet');
    expect(everyoneGot(3)).toBe(true);
  });
});

describe('an issue never approved is replaced by the next one', () => {
  let bot: TestBot;
  const councillor = testMember(1);

  beforeAll(async () => {
    bot = await startTestBot(
      { ADMIN_AAD_OBJECT_IDS: officer.aadObjectId, BRIEFING_ANCHOR_DATE: '2026-12-03', BRIEFING_SEND_TIME: '09:00' },
      { now: '2026-11-30T09:00:00Z' },
    );
    await installMembers(bot, [officer, councillor]);
  });
  afterAll(() => bot.stop());

  it('the next draft takes over the officer\'s items, says it replaces the old issue, and the old one can no longer be approved', async () => {
    await tick(bot, '2026-11-30T09:00:00Z');
    const [first] = cardsOf(await say(bot, officer, 'briefing draft'));
    const { card: edited } = await click(bot, officer, first, 'briefings.save', {
      heading5: 'Children in Care Council',
      text5: 'Their new pledge to children in care is out: please read it.',
    });
    expect(cardText(edited)).toMatch(/Saved ✓/);
    await tick(bot, '2026-12-03T09:00:00Z');
    await tick(bot, '2026-12-14T09:00:00Z');
    await tick(bot, '2026-12-14T09:01:00Z');

    const reviews = cardsOf(bot.connector.messages(conversationOf(officer))).filter((card) => cardText(card).includes('Issue 2 · '));
    expect(reviews).toHaveLength(1);
    expect(cardText(reviews[0])).toContain('It replaces issue 1, which was never approved and will not go out');
    expect(cardText(reviews[0])).toContain('Their new pledge to children in care is out');

    const [current] = cardsOf(await say(bot, officer, 'briefing draft'));
    expect(cardText(current)).toContain('Issue 2 · Thursday 17 December 2026');
    const { card: refused } = await click(bot, officer, edited, 'briefings.approve');
    expect(cardText(refused)).toContain('This briefing was cancelled');
    expect(cardsSentTo(bot, councillor)).toHaveLength(0);
  });
});

describe('without a cadence configured', () => {
  let bot: TestBot;
  const councillor = testMember(1);

  beforeAll(async () => {
    bot = await startTestBot({ ADMIN_AAD_OBJECT_IDS: officer.aadObjectId }, { now: '2026-11-23T10:00:00Z' });
    await installMembers(bot, [officer, councillor]);
  });
  afterAll(() => bot.stop());

  it('the bot drafts nothing by itself', async () => {
    for (const at of ['2026-11-23T10:00:00Z', '2026-11-23T10:01:00Z']) await tick(bot, at);
    expect(briefingCards(bot)).toHaveLength(0);
  });

  it('an officer drafts one by hand and schedules it for a London date and time of their choosing', async () => {
    const [draft] = cardsOf(await say(bot, officer, 'briefing draft'));
    // 09:00 has passed today, so the next send time offered is 09:00 tomorrow.
    expect(cardText(draft)).toContain('Issue 1 · Tuesday 24 November 2026');
    const { card } = await click(bot, officer, draft, 'briefings.approve', { sendDate: '2026-11-26', sendTime: '17:30' });
    expect(cardText(card)).toContain('Approved ✓ It goes out Thu, 26 Nov 2026, 17:30.');
    await tick(bot, '2026-11-26T17:29:00Z');
    expect(briefingCards(bot, councillor)).toHaveLength(0);
    await tick(bot, '2026-11-26T17:30:00Z');
    expect(briefingCards(bot, councillor)).toHaveLength(1);
    expect(cardText(briefingCards(bot, councillor)[0])).toContain('Issue 1 · Thursday 26 November 2026');
  });

  it('a send time that does not exist is named, and nothing is saved', async () => {
    const [draft] = cardsOf(await say(bot, officer, 'briefing draft'));
    expect(cardText(draft)).toContain('Issue 2');
    const { card } = await click(bot, officer, draft, 'briefings.approve', { sendDate: '2026-02-30', sendTime: '09:00' });
    expect(cardText(card)).toContain('Choose a send date and a time.');
    const [still] = cardsOf(await say(bot, officer, 'briefing draft'));
    expect(cardText(still)).toContain('Draft, not approved yet');
  });
});
