import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { formCampaignId } from '../../src/features/evaluations/evaluation-sender.js';
import { notAnAttendeeText, unknownSessionText } from '../../src/features/evaluations/evaluation-handlers.js';
import type { EvaluationResponse } from '../../src/features/evaluations/evaluation-repository.js';
import { memberKeyOf } from '../../src/features/evaluations/member-key.js';
import { notAnAdminText } from '../../src/features/members/require-admin.js';
import { cardAction, cardSubmit, type TestUser } from '../support/activities.js';
import { chartProblems, chartsIn, withChartFallbacks } from '../support/card-charts.js';
import { cardProblems } from '../support/card-validator.js';
import { installMembers, testMember } from '../support/members.js';
import { cardText, cardsOf, repliesOf, startTestBot, type TestBot } from '../support/test-bot.js';
import { actionFor, actionsOf, cardOfActivity } from '../support/card-buttons.js';
import { click, conversationOf, officer, say, sentActivityId, tick, updatesOf } from '../support/protocol.js';
import { createSession, publish } from '../support/training-protocol.js';

const title = 'Corporate parenting: your role as a councillor';
const sessionFields = {
  title,
  level: '1',
  outline: "The council's duties to children in care and care leavers.",
  date: '2026-11-24',
  startTime: '10:00',
  endTime: '12:00',
  place: 'Committee Room 1, Town Hall',
  meetingUrl: '',
};

const answers = {
  objectives: 'in-full',
  relevance: 'great',
  satisfaction: 'very-satisfied',
  expectations: 'exceeded',
  learned: 'What to ask on a Regulation 44 visit',
  improvements: 'A printout of the slides',
};

describe('session evaluations: send → submit → double submit → change → chase → summary → close', () => {
  let bot: TestBot;
  const [alex, bea, cal, dee] = [1, 2, 3, 4].map((n) => testMember(n, 'ev')) as [TestUser, TestUser, TestUser, TestUser];
  let sessionId = '';

  const keyOf = (user: TestUser) => memberKeyOf(bot.app.config.secrets.evaluationHash, user.aadObjectId);

  /** The evaluation forms the bot has sent one member (other features' messages left out). */
  const formsTo = (user: TestUser): any[] =>
    bot.connector.messages(conversationOf(user)).map(cardOfActivity).filter((card) => card && cardText(card).includes('Session evaluation'));

  const storedResponses = async (): Promise<EvaluationResponse[]> => {
    const { resources } = await bot.app.store.containers.evaluations.items.readAll<EvaluationResponse>().fetchAll();
    return resources.filter((record) => record.kind === 'response');
  };

  /** Presses a button whose answer may hold a chart (not in the 1.5 schema): checks the charts, and the card without them. */
  async function execute(user: TestUser, verb: string, data: Record<string, unknown>): Promise<{ card?: any; message?: string }> {
    const { status, body } = await bot.post(cardAction(user, bot.connector.url, verb, data));
    expect(status).toBe(200);
    if (body.type !== 'application/vnd.microsoft.card.adaptive') return { message: body.value };
    expect(chartProblems(body.value)).toEqual([]);
    expect(cardProblems(withChartFallbacks(body.value))).toEqual([]);
    return { card: body.value };
  }

  async function recordAttendance(id: string, present: Record<'attended' | 'others', readonly TestUser[]>): Promise<string> {
    const [list] = cardsOf(await say(bot, officer, 'sessions'));
    const { card } = await click(bot, officer, list, 'training.openAttendance', {}, { sessionId: id });
    const saved = await click(bot, officer, card, 'training.recordAttendance', {
      attended: present.attended.map((user) => user.aadObjectId).join(','),
      others: present.others.map((user) => user.aadObjectId).join(','),
    });
    await bot.app.delivery.runUntilIdle();
    return cardText(saved.card);
  }

  beforeAll(async () => {
    // Monday 23 November 2026, 10:00 London: the session is tomorrow morning.
    bot = await startTestBot({ ADMIN_AAD_OBJECT_IDS: officer.aadObjectId });
    await installMembers(bot, [officer, alex, bea, cal, dee]);
    sessionId = (await createSession(bot, sessionFields)).id;
    await publish(bot, sessionId);
    await bot.app.delivery.runUntilIdle();
  });
  afterAll(() => bot.stop());

  it('when an officer records attendance, then each attendee gets the evaluation form once', async () => {
    bot.clock.set('2026-11-24T12:30:00Z');
    expect(await recordAttendance(sessionId, { attended: [alex, bea, cal], others: [] })).toContain('3 members attended');
    // Saving the same attendance again, and the training feature's retry job, send nothing more.
    await recordAttendance(sessionId, { attended: [alex, bea, cal], others: [] });
    await tick(bot, '2026-11-24T12:45:00Z');

    for (const attendee of [alex, bea, cal]) expect(formsTo(attendee)).toHaveLength(1);
    expect(formsTo(dee)).toEqual([]);
    expect(formsTo(officer)).toEqual([]);

    const text = cardText(formsTo(alex)[0]);
    expect(text).toContain(title);
    expect(text).toContain('Tuesday 24 November 2026');
    expect(text).toContain('you can change them until the end of Tuesday 8 December 2026');
    expect(cardProblems(formsTo(alex)[0])).toEqual([]);
  });

  it('a councillor submits the form: the card is replaced by a read-only "Thank you" card, and the answers are stored under a pseudonym', async () => {
    bot.clock.set('2026-11-24T14:00:00Z');
    const { card } = await click(bot, alex, formsTo(alex)[0], 'evaluations.submit', answers);
    expect(cardText(card)).toContain('Thank you — submitted on Tue, 24 Nov 2026, 14:00');
    expect(cardText(card)).toContain('Yes, in full');
    expect(JSON.stringify(card)).not.toContain('Input.');

    const [stored] = await storedResponses();
    expect(stored).toMatchObject({
      id: `${sessionId}|${keyOf(alex)}`,
      sessionId,
      memberKey: keyOf(alex),
      answers: { ...answers },
      submittedAt: '2026-11-24T14:00:00.000Z',
    });
    // Nobody reading the container can tie an answer to a person.
    const { resources } = await bot.app.store.containers.evaluations.items.readAll().fetchAll();
    const everything = JSON.stringify(resources);
    for (const member of [alex, bea, cal, dee]) {
      for (const identity of [member.aadObjectId, member.id, member.name]) expect(everything).not.toContain(identity);
    }
  });

  it('a double click or a retry stores the response once', async () => {
    const form = formsTo(alex)[0];
    const clicks = await Promise.all([1, 2, 3].map(() => click(bot, alex, form, 'evaluations.submit', answers)));
    for (const { card } of clicks) expect(cardText(card)).toContain('Thank you — submitted on Tue, 24 Nov 2026, 14:00');
    const responses = await storedResponses();
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ submittedAt: '2026-11-24T14:00:00.000Z', updatedAt: '2026-11-24T14:00:00.000Z' });
  });

  it('through the Action.Submit fallback, the form is updated in place with the same "Thank you" card', async () => {
    const activityId = await sentActivityId(bot, formCampaignId(sessionId, bea.aadObjectId), bea);
    const { status, body } = await bot.post(cardSubmit(bea, bot.connector.url, 'evaluations.submit', { sessionId, ...answers, expectations: 'met' }, activityId));
    expect(status).toBe(200);
    expect(repliesOf(body)).toEqual([]);
    const [updated] = updatesOf(bot, bea, activityId);
    expect(cardText(updated)).toContain('Thank you — submitted on');
    expect(cardText(updated)).toContain('Meet your expectations');
    expect(await storedResponses()).toHaveLength(2);
  });

  it('a councillor changes their answers while the evaluation is open; it stays one response', async () => {
    bot.clock.set('2026-11-25T09:15:00Z');
    const { card: thanks } = await click(bot, alex, formsTo(alex)[0], 'evaluations.submit', answers);
    const { card: form } = await click(bot, alex, thanks, 'evaluations.open');
    expect(cardText(form)).toContain('Session evaluation');
    expect(form.body.find((element: any) => element.id === 'objectives').value).toBe('in-full');

    const { card } = await click(bot, alex, form, 'evaluations.submit', { objectives: 'partly', otherComments: 'Very useful, thank you' });
    expect(cardText(card)).toContain('Thank you — submitted on Tue, 24 Nov 2026, 14:00');
    expect(cardText(card)).toContain('Changed on Wed, 25 Nov 2026, 09:15');
    expect(cardText(card)).toContain('Yes, partly');

    const mine = (await storedResponses()).filter((response) => response.memberKey === keyOf(alex));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      answers: { ...answers, objectives: 'partly', otherComments: 'Very useful, thank you' },
      submittedAt: '2026-11-24T14:00:00.000Z',
      updatedAt: '2026-11-25T09:15:00.000Z',
    });
  });

  it('"evaluations" lists what a member still has to complete and sends the form again', async () => {
    const replies = await say(bot, cal, 'evaluations');
    expect(replies[0].text).toBe('You have one evaluation form to complete:');
    const [form] = cardsOf(replies);
    expect(cardText(form)).toContain(title);
    expect(actionFor(form, 'evaluations.submit').data).toEqual({ sessionId });

    expect((await say(bot, alex, 'evaluations'))[0].text).toMatch(/^You're all up to date/);
    expect((await say(bot, dee, 'my evaluations'))[0].text).toMatch(/^You're all up to date/);
  });

  describe('forged or invalid submissions get a clear answer and store nothing', () => {
    const submit = (user: TestUser, data: Record<string, unknown>) => execute(user, 'evaluations.submit', { sessionId, ...answers, ...data });

    it.each([
      ['an unknown session', cal, { sessionId: 'ses-doesnotexist' }, unknownSessionText],
      ['a member who did not attend', dee, {}, notAnAttendeeText],
      ['an option that is not on the form', cal, { satisfaction: 'delighted' }, /question 3, "Please rate how satisfied you were with this session, overall" isn't one of the options/],
      ['a required question left out', cal, { relevance: '' }, /^Please answer question 2/],
      ['an answer over the length limit', cal, { learned: 'x'.repeat(2001) }, /is 2,001 characters long; the limit is 2,000\. Please shorten it and submit again\. Nothing has been saved yet\.$/],
      ['a written answer that is not text', cal, { otherComments: ['a', 'b'] }, /should be text/],
    ])('%s', async (_case, user, data, expected) => {
      const before = await storedResponses();
      const { message, card } = await submit(user, data);
      expect(card).toBeUndefined();
      if (typeof expected === 'string') expect(message).toBe(expected);
      else expect(message).toMatch(expected);
      expect(await storedResponses()).toEqual(before);
    });

    it('a submission without a session id is refused by the router', async () => {
      const { message } = await execute(cal, 'evaluations.submit', { ...answers });
      expect(message).toMatch(/couldn't accept that/);
    });
  });

  it('an officer reads the live summary and downloads the responses without identities; below 3 responses written answers are withheld', async () => {
    const [picker] = cardsOf(await say(bot, officer, 'evaluation summary'));
    expect(cardText(picker)).toContain(`${title} — Tuesday 24 November 2026 (2 of 3 responded)`);

    const { card } = await execute(officer, 'evaluations.summary', { sessionIds: sessionId });
    const text = cardText(card);
    expect(text).toContain(`${title} – Summary of evaluation sheets`);
    expect(text).toContain('Of 2 responses:');
    expect(text).toContain('Sent to 3 members; 2 responded (67%).');
    expect(text).toContain('Written answers are shown once there are at least 3 responses');
    expect(text).not.toContain('A printout of the slides');
    expect(chartsIn(card).map((chart: any) => chart.data.map((bar: any) => bar.y))).toEqual([[1, 1, 0, 0], [2, 0, 0, 0], [2, 0, 0, 0, 0, 0], [1, 1, 0]]);

    const csv = await downloadCsv(downloadUrlOf(card));
    expect(csv[0]).toEqual([
      'Session',
      'Session date',
      'Submitted on',
      'Were your objectives achieved?',
      'To what extent did the session cover issues relevant to your role?',
      'Please rate how satisfied you were with this session, overall',
      'Overall, did the session…',
    ]);
    expect(csv.slice(1).map((row) => row.slice(1))).toEqual([
      ['2026-11-24', '2026-11-24', 'Yes, partly', 'To a great extent', 'Very satisfied', 'Exceed your expectations'],
      ['2026-11-24', '2026-11-24', 'Yes, in full', 'To a great extent', 'Very satisfied', 'Meet your expectations'],
    ]);
  });

  it('councillors cannot see summaries', async () => {
    expect((await say(bot, alex, 'evaluation summary'))[0].text).toBe(notAnAdminText);
    expect((await execute(alex, 'evaluations.summary', { sessionIds: sessionId })).message).toBe(notAnAdminText);
    expect((await execute(alex, 'evaluations.choose', {})).message).toBe(notAnAdminText);
  });

  it('three days on, one reminder goes to each attendee who has not responded, and only once', async () => {
    const before = { alex: formsTo(alex).length, bea: formsTo(bea).length, cal: formsTo(cal).length, dee: formsTo(dee).length };
    await tick(bot, '2026-11-27T08:59:00Z');
    expect(formsTo(cal)).toHaveLength(before.cal);
    await tick(bot, '2026-11-27T09:00:00Z');
    await tick(bot, '2026-11-27T09:01:00Z');
    expect(formsTo(cal)).toHaveLength(before.cal + 1);
    expect(cardText(formsTo(cal).at(-1))).toContain("A gentle reminder: we haven't had your evaluation of this session yet.");
    expect({ alex: formsTo(alex).length, bea: formsTo(bea).length, dee: formsTo(dee).length }).toEqual({ alex: before.alex, bea: before.bea, dee: before.dee });
  });

  it('a summary across chosen sessions combines them, and shows the written answers from 3 responses', async () => {
    // A session held last week whose attendance is recorded now: its form goes out, but no overdue reminder.
    const earlier = await createSession(bot, { ...sessionFields, date: '2026-11-20' });
    await recordAttendance(earlier.id, { attended: [], others: [dee] });
    expect(formsTo(dee)).toHaveLength(1);
    await click(bot, dee, formsTo(dee)[0], 'evaluations.submit', { ...answers, satisfaction: 'fairly-satisfied', learned: 'Who our care leavers are' });
    await tick(bot, '2026-11-27T09:05:00Z');
    expect(formsTo(dee)).toHaveLength(1);

    const [picker] = cardsOf(await say(bot, officer, 'evaluation summary'));
    expect(cardText(picker)).toContain(`${title} — Friday 20 November 2026 (1 of 1 responded)`);
    const { card } = await execute(officer, 'evaluations.summary', { sessionIds: `${sessionId},${earlier.id}` });
    const text = cardText(card);
    expect(text).toContain('Sessions held on Friday 20 November 2026 and Tuesday 24 November 2026');
    expect(text).toContain('Of 3 responses:');
    expect(text).toContain('Sent to 4 members; 3 responded (75%).');
    expect(chartsIn(card)[2]).toMatchObject({ data: [{ x: 'Very satisfied', y: 2 }, { x: 'Fairly satisfied', y: 1 }, { y: 0 }, { y: 0 }, { y: 0 }, { y: 0 }] });
    for (const comment of ['What to ask on a Regulation 44 visit', 'Who our care leavers are', 'A printout of the slides', 'Very useful, thank you']) expect(text).toContain(comment);

    const csv = await downloadCsv(downloadUrlOf(card));
    expect(csv[0]).toHaveLength(13);
    expect(csv[0]!.at(-1)).toBe('Any other comments?');
    expect(csv).toHaveLength(4);
    const everything = JSON.stringify(csv);
    for (const member of [alex, bea, cal, dee]) {
      for (const identity of [member.aadObjectId, member.id, member.name, keyOf(member)]) expect(everything).not.toContain(identity);
    }
  });

  it('the day before it closes, the last reminder goes to those who still have not responded', async () => {
    const before = formsTo(cal).length;
    await tick(bot, '2026-12-07T09:00:00Z');
    await tick(bot, '2026-12-07T09:30:00Z');
    expect(formsTo(cal)).toHaveLength(before + 1);
    expect(cardText(formsTo(cal).at(-1))).toContain('Last reminder: this evaluation closes at the end of tomorrow, Tuesday 8 December 2026.');
    expect(formsTo(alex)).toHaveLength(1);
  });

  it('once closed, the form says so and nothing is stored; the answers already given stay', async () => {
    await tick(bot, '2026-12-09T00:00:00Z');
    const before = await storedResponses();

    const late = await click(bot, cal, formsTo(cal)[0], 'evaluations.submit', answers);
    expect(cardText(late.card)).toContain('This evaluation has closed');
    expect(cardText(late.card)).toContain('closed at the end of Tuesday 8 December 2026');

    // "Change my answers" on the thank-you card.
    const { card } = await execute(alex, 'evaluations.open', { sessionId });
    expect(cardText(card)).toContain('This evaluation has closed');
    expect(cardText(card)).toContain('We received your answers on Tue, 24 Nov 2026, 14:00');
    expect(await storedResponses()).toEqual(before);
    expect((await say(bot, cal, 'evaluations'))[0].text).toMatch(/^You're all up to date/);

    await tick(bot, '2026-12-10T09:00:00Z');
    expect(formsTo(cal).filter((form) => cardText(form).includes('reminder'))).toHaveLength(2);
  });

  async function downloadCsv(url: string): Promise<string[][]> {
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    return parse((await response.text()).replace(/^\uFEFF/, ''));
  }
});

const downloadUrlOf = (card: unknown): string => {
  const link = actionsOf(card).find((action) => action.type === 'Action.OpenUrl' && action.title === 'Download responses (CSV)');
  if (!link?.url) throw new Error('no download link on the card');
  return link.url;
};
