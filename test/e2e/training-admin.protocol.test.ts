import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardAction, cardSubmit, type TestUser } from '../support/activities.js';
import { installMembers, testMember } from '../support/members.js';
import { cardText, cardsOf, repliesOf, startTestBot, type TestBot } from '../support/test-bot.js';
import { actionsOf } from '../support/card-buttons.js';
import { click, officer, say, tick } from '../support/protocol.js';
import { createSession, publish, sessionCardsTo, storedAttendance, storedSessions } from '../support/training-protocol.js';

const refusal = 'member development officers only';

describe('a councillor trying what only officers may do', () => {
  let bot: TestBot;
  const [councillor, colleague] = [41, 42].map((n) => testMember(n)) as [TestUser, TestUser];
  let upcomingId = '';
  let pastId = '';

  /** Everything training has stored and sent, to show a refused action changed nothing. */
  async function snapshot() {
    const [sessions, upcoming, past] = await Promise.all([storedSessions(bot), storedAttendance(bot, upcomingId), storedAttendance(bot, pastId)]);
    const { resources: profiles } = await bot.app.store.containers.attendance.items.query({ query: "SELECT * FROM c WHERE c.kind = 'profile'" }).fetchAll();
    return JSON.stringify({ sessions, upcoming, past, profiles, sent: bot.connector.received.length });
  }

  beforeAll(async () => {
    bot = await startTestBot({ ADMIN_AAD_OBJECT_IDS: officer.aadObjectId });
    await installMembers(bot, [officer, councillor, colleague]);
    upcomingId = (await createSession(bot, { title: 'Level 1 induction', level: '1', date: '2026-12-01', startTime: '10:00', endTime: '12:00', place: 'Town Hall' })).id;
    pastId = (await createSession(bot, { title: 'June induction', level: '1', date: '2026-06-10', startTime: '18:00', endTime: '20:00', place: 'Town Hall' })).id;
    await publish(bot, upcomingId);
    await bot.app.delivery.runUntilIdle();
  });
  afterAll(() => bot.stop());

  it('is refused each officer command politely', async () => {
    for (const command of ['sessions', 'training report', 'import attendance']) {
      const [reply] = await say(bot, councillor, command);
      expect(reply.text, command).toContain(refusal);
      expect(cardsOf([reply])).toEqual([]);
    }
  });

  it('is refused every officer button, by Action.Execute and by the Action.Submit fallback, and nothing changes', async () => {
    const before = await snapshot();
    const attempts: [string, Record<string, unknown>][] = [
      ['training.listSessions', {}],
      ['training.newSession', {}],
      ['training.editSession', { sessionId: upcomingId }],
      ['training.saveSession', { sessionId: 'ses-forged0001', version: 0, title: 'Mine', level: '1', date: '2026-12-05', startTime: '10:00', endTime: '11:00', place: 'Home' }],
      ['training.saveSession', { sessionId: upcomingId, version: 2, title: 'Renamed', level: '1', date: '2026-12-05', startTime: '10:00', endTime: '11:00', place: 'Home' }],
      ['training.publishSession', { sessionId: pastId }],
      ['training.confirmCancel', { sessionId: upcomingId }],
      ['training.cancelSession', { sessionId: upcomingId, note: 'Cancelled by me' }],
      ['training.openAttendance', { sessionId: pastId }],
      ['training.recordAttendance', { sessionId: pastId, attended: '', others: councillor.aadObjectId }],
      ['training.showReplies', { sessionId: upcomingId }],
      ['training.openImport', {}],
      ['training.importCsv', { kind: 'attendance', csv: `${councillor.aadObjectId},${pastId}` }],
      ['training.importCsv', { kind: 'councillors', csv: `${colleague.aadObjectId},,2026-01-01` }],
      ['training.report', {}],
    ];
    for (const [verb, data] of attempts) {
      const invoked = await bot.post(cardAction(councillor, bot.connector.url, verb, data));
      expect(invoked.status, verb).toBe(200);
      expect(invoked.body.type, verb).toBe('application/vnd.microsoft.activity.message');
      expect(invoked.body.value, verb).toContain(refusal);
      const submitted = await bot.post(cardSubmit(councillor, bot.connector.url, verb, data));
      expect(repliesOf(submitted.body)[0]?.text, verb).toContain(refusal);
    }
    expect(await snapshot()).toBe(before);
  });

  it('sees only the member commands on the help card; the officer sees the officer commands too', async () => {
    const [mine] = cardsOf(await say(bot, councillor, 'help'));
    expect(cardText(mine)).toContain('training');
    expect(cardText(mine)).not.toContain('training report');
    const [theirs] = cardsOf(await say(bot, officer, 'help'));
    expect(cardText(theirs)).toContain('Officer commands');
    expect(cardText(theirs)).toContain('training report');
    expect(cardText(theirs)).toContain('import attendance');
  });
});

describe('bad answers to an invitation get a clear reply and change nothing', () => {
  let bot: TestBot;
  const [ward, boardMember, other] = [51, 52, 53].map((n) => testMember(n)) as [TestUser, TestUser, TestUser];
  let boardSessionId = '';
  let smallSessionId = '';
  let draftId = '';

  beforeAll(async () => {
    bot = await startTestBot({ ADMIN_AAD_OBJECT_IDS: officer.aadObjectId });
    await installMembers(bot, [officer, ward, boardMember, other]);
    const [settings] = cardsOf(await say(bot, boardMember, 'settings'));
    await click(bot, boardMember, settings, 'members.saveSettings', { roles: 'board' });
    boardSessionId = (await createSession(bot, { title: 'Board induction', level: '2', date: '2026-12-02', startTime: '17:00', endTime: '19:00', place: 'Room 3', audience: 'board' })).id;
    smallSessionId = (await createSession(bot, { title: 'Small group', level: '1', date: '2026-12-03', startTime: '17:00', endTime: '19:00', place: 'Room 4', capacity: '1' })).id;
    draftId = (await createSession(bot, { title: 'Not yet', level: '1', date: '2026-12-04', startTime: '17:00', endTime: '19:00', place: 'Room 5' })).id;
    await publish(bot, boardSessionId);
    await publish(bot, smallSessionId);
    await bot.app.delivery.runUntilIdle();
  });
  afterAll(() => bot.stop());

  const rsvp = async (user: TestUser, data: Record<string, unknown>) => (await bot.post(cardAction(user, bot.connector.url, 'training.rsvp', data))).body;

  it('only the audience is invited: a Level 2 session for the board reaches only the board member', async () => {
    expect(sessionCardsTo(bot, boardMember, 'Board induction')).toHaveLength(1);
    expect(sessionCardsTo(bot, ward, 'Board induction')).toHaveLength(0);
  });

  it('a session that does not exist, or is still a draft, or a value not on the card', async () => {
    for (const data of [{ sessionId: 'ses-nosuch0001', answer: 'accepted' }, { sessionId: draftId, answer: 'accepted' }]) {
      expect((await rsvp(ward, data)).value).toContain("I can't find that session");
    }
    expect((await rsvp(ward, { sessionId: smallSessionId, answer: 'maybe' })).value).toContain("couldn't accept that");
    expect((await rsvp(ward, { sessionId: '<script>', answer: 'accepted' })).value).toContain("couldn't accept that");
    expect(await storedAttendance(bot, draftId)).toEqual([]);
  });

  it('a session for other members', async () => {
    const answer = await rsvp(ward, { sessionId: boardSessionId, answer: 'accepted' });
    expect(answer.value).toContain('That session is for: Corporate Parenting Board / Panel member.');
    expect((await storedAttendance(bot, boardSessionId)).find((record) => record.memberId === ward.aadObjectId)).toBeUndefined();
  });

  it('a full session: the first to accept gets the place, the next is told kindly and is not booked', async () => {
    const first = await rsvp(ward, { sessionId: smallSessionId, answer: 'accepted' });
    expect(cardText(first.value)).toContain("You've accepted");
    const second = await rsvp(other, { sessionId: smallSessionId, answer: 'accepted' });
    expect(cardText(second.value)).toContain('Sorry, this session is full.');
    expect(actionsOf(second.value).map((action) => action.title)).toContain('Decline');
    const accepted = (await storedAttendance(bot, smallSessionId)).filter((record) => record.rsvp === 'accepted');
    expect(accepted.map((record) => record.memberId)).toEqual([ward.aadObjectId]);
  });

  it('when the holder of the last place declines, the next member to accept gets it', async () => {
    expect(cardText((await rsvp(ward, { sessionId: smallSessionId, answer: 'declined' })).value)).toContain("You've declined");
    expect(cardText((await rsvp(other, { sessionId: smallSessionId, answer: 'accepted' })).value)).toContain("You've accepted");
    expect(cardText((await rsvp(ward, { sessionId: smallSessionId, answer: 'accepted' })).value)).toContain('Sorry, this session is full.');
    const accepted = (await storedAttendance(bot, smallSessionId)).filter((record) => record.rsvp === 'accepted');
    expect(accepted.map((record) => record.memberId)).toEqual([other.aadObjectId]);
  });

  it('three members pressing Accept for the last place at the same moment: exactly one is booked', async () => {
    const raceId = (await createSession(bot, { title: 'One seat', level: '1', date: '2026-12-05', startTime: '17:00', endTime: '19:00', place: 'Room 6', capacity: '1' })).id;
    await publish(bot, raceId);
    await bot.app.delivery.runUntilIdle();
    const answers = await Promise.all([ward, boardMember, other].map((user) => rsvp(user, { sessionId: raceId, answer: 'accepted' })));
    const texts = answers.map((answer) => cardText(answer.value));
    expect(texts.filter((text) => text.includes("You've accepted"))).toHaveLength(1);
    expect(texts.filter((text) => text.includes('Sorry, this session is full.'))).toHaveLength(2);
    const accepted = (await storedAttendance(bot, raceId)).filter((record) => record.rsvp === 'accepted');
    expect(accepted).toHaveLength(1);
  });
});

describe('members who join a session\'s audience after it is published', () => {
  let bot: TestBot;
  const [early, late, newBoardMember] = [61, 62, 63].map((n) => testMember(n)) as [TestUser, TestUser, TestUser];
  const everyone = 'Evening induction';
  const boardOnly = 'Board deep dive';

  beforeAll(async () => {
    bot = await startTestBot({ ADMIN_AAD_OBJECT_IDS: officer.aadObjectId });
    await installMembers(bot, [officer, early, newBoardMember]);
    const forEveryone = await createSession(bot, { title: everyone, level: '1', date: '2026-12-08', startTime: '18:00', endTime: '20:00', place: 'Room 7' });
    const forBoard = await createSession(bot, { title: boardOnly, level: '2', date: '2026-12-09', startTime: '18:00', endTime: '20:00', place: 'Room 8', audience: 'board' });
    await publish(bot, forEveryone.id);
    await publish(bot, forBoard.id);
    await bot.app.delivery.runUntilIdle();
  });
  afterAll(() => bot.stop());

  it('a member who installs the app later is invited at the next quarter hour, once, and can accept', async () => {
    await installMembers(bot, [late]); // (this also clears what the connector has seen)
    expect(sessionCardsTo(bot, late, everyone)).toHaveLength(0);
    await tick(bot, '2026-11-23T10:15:00.000Z');
    const [invitation] = sessionCardsTo(bot, late, everyone);
    expect(cardText(invitation)).toContain('Accept');
    await tick(bot, '2026-11-23T10:30:00.000Z');
    expect(sessionCardsTo(bot, late, everyone)).toHaveLength(1);
    expect(sessionCardsTo(bot, early, everyone)).toHaveLength(0); // invited at publication, not again
    expect(sessionCardsTo(bot, late, boardOnly)).toHaveLength(0);
    const { card } = await click(bot, late, invitation, 'training.rsvp', {}, { title: 'Accept' });
    expect(cardText(card)).toContain("You've accepted");
  });

  it('a member who takes the role a session is for is invited to it', async () => {
    expect(sessionCardsTo(bot, newBoardMember, boardOnly)).toHaveLength(0);
    const [settings] = cardsOf(await say(bot, newBoardMember, 'settings'));
    await click(bot, newBoardMember, settings, 'members.saveSettings', { roles: 'board' });
    await tick(bot, '2026-11-23T10:45:00.000Z');
    await tick(bot, '2026-11-23T11:00:00.000Z');
    expect(sessionCardsTo(bot, newBoardMember, boardOnly)).toHaveLength(1);
  });
});
