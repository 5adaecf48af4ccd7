import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardAction, councillor, message, testTenantId, type TestUser } from '../support/activities.js';
import { activityFrom } from '../support/activities.js';
import { cardText, cardsOf, repliesOf, startTestBot, type TestBot } from '../support/test-bot.js';

const officer: TestUser = { id: '29:officer-1', aadObjectId: '00000000-0000-4000-8000-0000000000ff', name: 'Olive Officer' };

async function allAnswerRecords(bot: TestBot): Promise<{ id: string; kind: string; question?: string; timesAsked?: number; helpful?: boolean; articleId?: string }[]> {
  const { resources } = await bot.app.store.containers.answers.items.readAll<never>().fetchAll();
  return resources;
}

describe('a councillor asks a question', () => {
  let bot: TestBot;
  const ask = async (text: string, user: TestUser = councillor) => repliesOf((await bot.post(message(user, bot.connector.url, text))).body);

  beforeAll(async () => {
    bot = await startTestBot({ ADMIN_AAD_OBJECT_IDS: officer.aadObjectId });
  });
  afterAll(() => bot.stop());

  it('gets the seven principles in the statute’s words, with sources as Teams citations', async () => {
    const [reply, ...others] = await ask('what are the 7 corporate parenting principles?');
    for (const phrase of ['best interests', 'express their views, wishes and feelings', 'relevant partners', 'high aspirations', 'stability in their home lives', 'adulthood and independent living']) {
      expect(reply.text).toContain(phrase);
    }
    expect(reply.text).toContain('**Sources**');
    const [entity] = reply.entities;
    expect(entity).toMatchObject({ type: 'https://schema.org/Message', '@type': 'Message' });
    expect(entity.citation[0]).toMatchObject({ '@type': 'Claim', position: 1, appearance: { '@type': 'DigitalDocument' } });
    expect(entity.citation[0].appearance.name).toMatch(/Children and Social Work Act 2017/);
    expect(reply.channelData).toMatchObject({ feedbackLoopEnabled: true });
    expect(others).toEqual([]);
    expect(reply.suggestedActions.actions.length).toBeGreaterThanOrEqual(2);
  });

  it('understands acronyms and casual phrasing ("reg 44?")', async () => {
    const [reply] = await ask('reg 44?');
    expect(reply.text).toMatch(/Regulation 44/);
  });

  it('the welcome card’s example questions all get answers', async () => {
    for (const question of ['What should I ask on a Regulation 44 visit?', 'What does a care leaver get from the local offer?', 'What does the Corporate Parenting Board do?']) {
      const [reply] = await ask(question);
      expect(reply.text, question).toContain('**Sources**');
    }
  });

  it('a very long account, just within the length limit, is answered on the question at its end', async () => {
    const account = "I am preparing a five-minute slot for our annual all-member briefing on corporate parenting, which takes place in the council chamber immediately before the budget meeting. Last year's version was a fairly dry list of statistics and, judging by the feedback forms, most colleagues switched off. This year the cabinet member wants me to open with the law itself, so that every councillor hears exactly what the council is required to keep in mind whenever it makes decisions affecting children in care and care leavers. I'd like to put the full set of principles on a single slide, in the order they appear in the Act, with a sentence under each saying what it means in practice for a councillor sitting on, say, the licensing or planning committee. I've seen different versions quoted in different places, some abridged, and I'm not sure how many there are or what the first one says. How many corporate parenting principles are there in the 2017 Act, and what are they, starting with the first?";
    expect(account.length).toBeLessThanOrEqual(1000);
    const [reply] = await ask(account);
    expect(reply.text).toContain('best interests');
    expect(reply.text).toContain('**Sources**');
  });

  it("a comparison of two councils is answered from both councils' reports, each cited", async () => {
    const [reply] = await ask("How did Rotherham's number of looked after children in 2013 compare with Rutland's in 2014?");
    expect(reply.text).toContain('37 looked after children');
    expect(reply.text).toContain('four hundred (400) looked after children');
    const names = reply.entities[0].citation.map((claim: { appearance: { name: string; abstract: string } }) => claim.appearance);
    expect(names.some(({ name, abstract }: { name: string; abstract: string }) => /^Rutland/.test(name) && /Rutland/.test(abstract))).toBe(true);
    expect(names.some(({ name, abstract }: { name: string; abstract: string }) => /^Rotherham/.test(name) && /Rotherham/.test(abstract))).toBe(true);
  });

  it('"principles" shows the seven principles card', async () => {
    const [card] = cardsOf(await ask('principles'));
    const text = cardText(card);
    expect(text).toContain('The seven corporate parenting principles');
    expect(text.match(/“to |“for /g)).toHaveLength(7);
  });

  it('a question outside corporate parenting is declined politely and not queued', async () => {
    const [reply] = await ask('How do I appeal a parking ticket?');
    expect(reply.text).toMatch(/outside what I can help with/);
    expect((await allAnswerRecords(bot)).filter((record) => record.kind === 'unanswered')).toEqual([]);
  });

  it('talk about the bot itself gets what the bot does, and is not queued', async () => {
    const [reply] = await ask('Do you have feelings?');
    expect(reply.text).toMatch(/Corporate Parenting Companion/);
    expect(JSON.stringify(await allAnswerRecords(bot))).not.toContain('feelings');
  });

  it('asking what the bot can do, or commenting on the last answer, gets the bot\'s own help rather than a decline', async () => {
    const [help] = await ask('what can you actually do?');
    expect(help.text).toMatch(/Commands/);
    const [feedback] = await ask('that last answer was rubbish - where do i tell someone');
    expect(feedback.text).not.toMatch(/outside what I can help with/);
    expect(feedback.text).toMatch(/Not helpful|feedback/i);
  });

  it('a long question is answered on what it asks, whatever other business or person its opening sentences or an aside after it mention', async () => {
    const [board] = await ask(
      'The opposition group feel our CPB has become party political and want to boycott it. What did Ofsted find about corporate parenting boards in councils where services were good?',
    );
    expect(board.text).not.toMatch(/outside what I can help with|party politics/);
    expect(board.text).toMatch(/cross-party/i);
    const [principle] = await ask("A care leaver told me she's been moved college three times. Is there a principle about stability?");
    expect(principle.text).not.toMatch(/not\*\* stored/);
    expect(principle.text).toMatch(/stability/);
    // A bare "what does that stand for?" asks about the acronym the opening sentence typed.
    const [acronym] = await ask('At the last board meeting officers told us a JTAI is expected next year. What does that stand for?');
    expect(acronym.text).toMatch(/joint targeted area inspection/i);
    // An ask about the bot is about the bot, whatever topics the opening sentence names.
    const [feedback] = await ask(
      'Your answer yesterday on staying put was spot on but the one about the virtual school head was out of date. Is there a way to tell whoever looks after you?',
    );
    expect(feedback.text).toMatch(/feedback/i);
    // Business before a change of subject is left behind ("The heating's broken again. Anyway - …").
    const [subject] = await ask(
      "The heating's broken in the council chamber again, we all sat in our coats. Anyway - Bradford's panel heard something from older children about how they'd like their review meetings to work. What did the older ones want?",
    );
    expect(subject.text).not.toMatch(/outside what I can help with/);
    expect(subject.text).toMatch(/chair/i);
    // An aside after the question weighs less than the question ("…? lead member said one might be coming").
    const [aside] = await ask('whats a JTAI? our lead member said one might be coming next year');
    expect(aside.text).toMatch(/joint targeted area inspection/i);
    // Someone else asking the member for an address is a question about confidentiality, not a request for it.
    const [address] = await ask(
      'A resident asked me for the address of a foster family in my ward so their church can drop off presents for the child. Is that allowed?',
    );
    expect(address.text).not.toMatch(/not\*\* stored/);
    expect(address.text).toMatch(/confidential/i);
  });

  it("an email pasted into Teams is answered on its question; the sign-off's name is the member's, not a child's", async () => {
    const [email] = await ask('Hi all,\r\ncan a child in care say no to having an independent visitor?\r\nThanks,\r\nCllr Hughes-Jones');
    expect(email.text).not.toMatch(/not\*\* stored/);
    expect(email.text).toMatch(/independent visitor/i);
    const [child] = await ask('Dear all,\r\nis Tyler from Oak Lodge still in care?\r\nThanks, Cllr Ball');
    expect(child.text).toMatch(/not\*\* stored/);
  });

  it('a message dictated by voice is answered on its spoken numbers; a child named in lower case with a spoken age is declined and never stored', async () => {
    const [dictated] = await ask('um so whose job is it to make sure the regulation forty four visit actually happens');
    expect(dictated.text).not.toMatch(/not\*\* stored/);
    expect(dictated.text).toMatch(/registered person/i);
    const [child] = await ask('is tyler johnson the fifteen year old in foster care on my ward going to school at the moment');
    expect(child.text).toMatch(/not\*\* stored/);
    expect(JSON.stringify(await allAnswerRecords(bot))).not.toContain('tyler');
  });

  it("a rambling message is answered on its question, not the member's day; business asked after a change of subject is declined with where to go", async () => {
    const [rambling] = await ask(
      'scribbling this on the back of an agenda during a dull bit of full council (the heating is off again) but which of the principles are about listening to children, i want to quote them at the board tomorrow',
    );
    expect(rambling.text).not.toMatch(/outside what I can help with/);
    expect(rambling.text).toMatch(/wishes and feelings/i);
    const [bin] = await ask('I chair the fostering panel. Totally unrelated - my wheelie bin has been stolen. How do I get a new one?');
    expect(bin.text).toMatch(/outside what I can help with/);
    expect(bin.text).toMatch(/waste and recycling/);
  });

  it('a question about a named child is declined and never stored', async () => {
    const [reply] = await ask("What's happening with Jayden M., 14, who lives at Oakfield children's home?");
    expect(reply.text).toMatch(/not\*\* stored/);
    expect(JSON.stringify(await allAnswerRecords(bot))).not.toContain('Jayden');
  });

  it('a question it cannot answer that may name someone is declined and kept out of the queue', async () => {
    const [reply] = await ask('How does Quentin get on with his crochet?');
    expect(reply.text).toMatch(/don't have an answer/);
    expect(reply.text).toMatch(/not\*\* stored/);
    expect(JSON.stringify(await allAnswerRecords(bot))).not.toContain('Quentin');
  });

  it('a question it cannot answer is said plainly, offers the closest topics, and is queued once with a count', async () => {
    const question = 'What is the zorblax quotient for councillors?';
    const [reply] = await ask(question);
    expect(reply.text).toMatch(/don't have an answer|do not have an answer|not able to answer|can't answer/i);
    await ask(question);
    const queued = (await allAnswerRecords(bot)).filter((record) => record.kind === 'unanswered');
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ question, timesAsked: 2 });
  });

  it('officers see the unanswered queue; councillors are refused', async () => {
    const [refusal] = await ask('unanswered');
    expect(refusal.text).toContain('member development officers only');
    const [list] = await ask('unanswered', officer);
    expect(list.text).toContain('zorblax quotient');
    expect(list.text).toContain('asked 2×');
  });

  it('an oversized question gets a clear answer', async () => {
    const [reply] = await ask('why? '.repeat(320) + 'why');
    expect(reply.text).toMatch(/1,603 characters long; I can read questions of up to 1,000/);
  });

  it('Teams feedback on an answer is stored once per member, and a second reaction replaces the first', async () => {
    const feedback = (reaction: string) =>
      activityFrom(councillor, bot.connector.url, {
        type: 'invoke',
        name: 'message/submitAction',
        replyToId: 'bot-message-42',
        value: { actionName: 'feedback', actionValue: { reaction, feedback: '{"feedbackText":"clear"}' } },
      });
    expect((await bot.post(feedback('dislike'))).status).toBe(200);
    expect((await bot.post(feedback('like'))).status).toBe(200);
    const stored = (await allAnswerRecords(bot)).filter((record) => record.kind === 'feedback');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ helpful: true, messageId: 'bot-message-42' });
  });

  describe('roles', () => {
    it('a member sets their roles on the settings card, and their role’s guidance comes first', async () => {
      const [settings] = cardsOf(await ask('settings'));
      expect(cardText(settings)).toContain('Scrutiny member');
      const saved = await bot.post(cardAction(councillor, bot.connector.url, 'members.saveSettings', { roles: 'scrutiny,ward', briefings: 'true', trainingNudges: 'false' }));
      expect(saved.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
      expect(cardText(saved.body.value)).toContain('Saved ✓');
      expect(await bot.app.members.get(testTenantId, councillor.aadObjectId)).toMatchObject({
        roles: ['scrutiny', 'ward'],
        preferences: { briefings: true, trainingNudges: false },
      });
      const [reply] = await ask('What is a Regulation 44 visit?');
      expect(reply.text).toMatch(/^\*\*For scrutiny members:\*\*/);
    });

    it('a forged settings submission is refused and changes nothing', async () => {
      const forged = await bot.post(cardAction(councillor, bot.connector.url, 'members.saveSettings', { roles: 'scrutiny,emperor', briefings: 'maybe' }));
      expect(forged.body.value).toContain("couldn't accept that");
      expect((await bot.app.members.get(testTenantId, councillor.aadObjectId))?.roles).toEqual(['scrutiny', 'ward']);
    });
  });
});

describe('answers for Agents Playground (ANSWER_FORMAT=playground)', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ ANSWER_FORMAT: 'playground' });
  });
  afterAll(() => bot.stop());

  it('sends the answer without citations, then the follow-up questions in a message of their own', async () => {
    const [answer, followUps] = repliesOf((await bot.post(message(councillor, bot.connector.url, 'what is a PEP?'))).body);
    expect(answer.text).toContain('**Sources**');
    expect(answer.entities).toBeUndefined();
    expect(answer.suggestedActions).toBeUndefined();
    expect(followUps.text).toBe('You could also ask:');
    expect(followUps.suggestedActions.actions.length).toBeGreaterThanOrEqual(2);
  });
});
