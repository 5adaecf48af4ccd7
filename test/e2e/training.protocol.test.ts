import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardSubmit, type TestUser } from '../support/activities.js';
import { installMembers, testMember } from '../support/members.js';
import { cardText, cardsOf, startTestBot, type TestBot } from '../support/test-bot.js';
import { actionFor, actionsOf } from '../support/card-buttons.js';
import { click, conversationOf, officer, say, sentActivityId, tick, updatesOf } from '../support/protocol.js';
import { createSession, publish, sessionCardsTo, storedAttendance, storedSessions } from '../support/training-protocol.js';

const title = 'Corporate parenting: your role as a councillor';
const sessionFields = {
  title,
  level: '1',
  outline: "The council's duties to children in care and care leavers, and the questions to ask.",
  date: '2026-12-01',
  startTime: '10:00',
  endTime: '12:00',
  place: 'Committee Room 1, Town Hall',
  meetingUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc',
};

describe('training: create → publish → invitations → accept → reminders → attendance → report', () => {
  let bot: TestBot;
  const [alex, bea, cal, dee, eve] = [1, 2, 3, 4, 5].map((n) => testMember(n)) as [TestUser, TestUser, TestUser, TestUser, TestUser];
  const invited = [alex, bea, cal, dee];
  let sessionId = '';
  let list: any;

  beforeAll(async () => {
    // Monday 23 November 2026, 10:00 London.
    bot = await startTestBot({ ADMIN_AAD_OBJECT_IDS: officer.aadObjectId });
    await installMembers(bot, [officer, ...invited]);
  });
  afterAll(() => bot.stop());

  it('an officer creates a session from the sessions card; the same form saved twice makes one session', async () => {
    [list] = cardsOf(await say(bot, officer, 'sessions'));
    expect(cardText(list)).toContain('No sessions coming up');
    const { card: form } = await click(bot, officer, list, 'training.newSession');
    expect(cardText(form)).toContain('New training session');

    const first = await click(bot, officer, form, 'training.saveSession', sessionFields);
    const second = await click(bot, officer, form, 'training.saveSession', sessionFields);
    expect(cardText(first.card)).toContain(`Saved "${title}" ✓ It is a draft until you publish it.`);
    expect(cardText(second.card)).toContain(`Saved "${title}" ✓`);

    const sessions = await storedSessions(bot);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ title, level: 1, status: 'draft', startsAt: '2026-12-01T10:00:00.000Z', endsAt: '2026-12-01T12:00:00.000Z', audienceRoles: [], countsAsCorporateParenting: true });
    sessionId = sessions[0]!.id;
    list = first.card;
    expect(cardText(list)).toContain('Tuesday 1 December 2026, 10:00 to 12:00');
    expect(cardText(list)).toContain('Draft (not sent)');
    expect(bot.connector.messages()).toHaveLength(0);
  });

  it('a form with mistakes comes back with them listed, as entered, and nothing is saved', async () => {
    const { card: form } = await click(bot, officer, list, 'training.newSession');
    const { card } = await click(bot, officer, form, 'training.saveSession', { ...sessionFields, title: 'Another', startTime: '14:00', endTime: '13:00', place: '', meetingUrl: '' });
    expect(cardText(card)).toContain('The session must end after it starts.');
    expect(cardText(card)).toContain('Add a place, a Teams meeting link, or both.');
    expect(cardText(card)).toContain('Another');
    expect(await storedSessions(bot)).toHaveLength(1);
  });

  it('publishing sends one invitation to each councillor, not the officer; publishing again sends nothing more', async () => {
    const { card } = await click(bot, officer, list, 'training.publishSession');
    expect(cardText(card)).toContain(`Published "${title}": invitations are on their way to 4 members.`);
    const again = await click(bot, officer, list, 'training.publishSession');
    expect(cardText(again.card)).toContain('already published');
    await bot.app.delivery.runUntilIdle();

    for (const member of invited) {
      const cards = sessionCardsTo(bot, member, title);
      expect(cards).toHaveLength(1);
      const text = cardText(cards[0]);
      expect(text).toContain("You're invited: corporate parenting training");
      expect(text).toContain('Tuesday 1 December 2026, 10:00 to 12:00');
      expect(text).toContain('Committee Room 1, Town Hall, or online (Teams meeting)');
      expect(text).toContain('Level 1 – universal (all members)');
      expect(text).toContain('Can you come? Please let us know.');
      expect(actionsOf(cards[0]).map((action) => action.title)).toEqual(['Accept', 'Decline', 'Join the Teams meeting']);
    }
    expect(bot.connector.messages(conversationOf(officer))).toHaveLength(0);
    expect((await bot.app.delivery.report(`invite:${sessionId}`)).counts).toMatchObject({ sent: 4, failed: 0 });
    expect((await storedAttendance(bot, sessionId)).filter((record) => record.invitedAt)).toHaveLength(4);
  });

  it('a councillor accepts: the invitation updates in place to show their answer; a double click changes nothing', async () => {
    const [invitation] = sessionCardsTo(bot, alex, title);
    const replyToId = await sentActivityId(bot, `invite:${sessionId}`, alex);
    const { card } = await click(bot, alex, invitation, 'training.rsvp', {}, { title: 'Accept', replyToId });
    expect(cardText(card)).toContain("You've accepted — see you there. You can change your mind until it starts.");
    expect(actionsOf(card).map((action) => action.title)).toEqual(['Accept', 'Decline', 'Join the Teams meeting']);
    const [accepted] = (await storedAttendance(bot, sessionId)).filter((record) => record.memberId === alex.aadObjectId);
    expect(accepted).toMatchObject({ rsvp: 'accepted', rsvpAt: '2026-11-23T10:00:00.000Z' });

    bot.clock.advance(1_000);
    await click(bot, alex, invitation, 'training.rsvp', {}, { title: 'Accept', replyToId });
    const [still] = (await storedAttendance(bot, sessionId)).filter((record) => record.memberId === alex.aadObjectId);
    expect(still!.rsvpAt).toBe('2026-11-23T10:00:00.000Z');
  });

  it('with the Action.Submit fallback, a decline updates the invitation through the Bot Connector', async () => {
    const [invitation] = sessionCardsTo(bot, bea, title);
    const replyToId = await sentActivityId(bot, `invite:${sessionId}`, bea);
    const decline = actionFor(invitation, 'training.rsvp', { title: 'Decline' });
    const { status } = await bot.post(cardSubmit(bea, bot.connector.url, 'training.rsvp', decline.data, replyToId));
    expect(status).toBe(200);
    const [updated] = updatesOf(bot, bea, replyToId);
    expect(cardText(updated)).toContain("You've declined. If your plans change, you can still accept until it starts.");
    expect((await storedAttendance(bot, sessionId)).find((record) => record.memberId === bea.aadObjectId)?.rsvp).toBe('declined');
  });

  it('a councillor can change their mind until the start', async () => {
    const [invitation] = sessionCardsTo(bot, dee, title);
    await click(bot, dee, invitation, 'training.rsvp', {}, { title: 'Decline' });
    const { card } = await click(bot, dee, invitation, 'training.rsvp', {}, { title: 'Accept' });
    expect(cardText(card)).toContain("You've accepted");
    expect((await storedAttendance(bot, sessionId)).find((record) => record.memberId === dee.aadObjectId)?.rsvp).toBe('accepted');
  });

  it('`training` shows a councillor the session with their answer, and what they are due', async () => {
    const [card] = cardsOf(await say(bot, alex, 'training'));
    const text = cardText(card);
    expect(text).toContain('Your corporate parenting training');
    expect(text).toContain(title);
    expect(text).toContain("You've accepted");
    expect(text).toContain("You haven't attended a Level 1 corporate parenting session yet");
    expect(text).toContain('No corporate parenting sessions on your record yet.');
    const { card: declined } = await click(bot, alex, card, 'training.rsvp', {}, { title: 'Decline' });
    expect(cardText(declined)).toContain(`Thank you — you've declined ${title}.`);
    const { card: accepted } = await click(bot, alex, declined, 'training.rsvp', {}, { title: 'Accept' });
    expect(cardText(accepted)).toContain("You've accepted");
  });

  it('7 days before, a reminder goes once to those who accepted or have not answered, never to those who declined', async () => {
    await tick(bot, '2026-11-24T09:59:00Z');
    for (const member of invited) expect(sessionCardsTo(bot, member, title)).toHaveLength(1);
    await tick(bot, '2026-11-24T10:00:00Z');
    await tick(bot, '2026-11-24T10:00:00Z');
    await tick(bot, '2026-11-24T10:01:00Z');
    for (const member of [alex, cal, dee]) {
      const reminders = sessionCardsTo(bot, member, title).filter((card) => cardText(card).startsWith('Reminder'));
      expect(reminders).toHaveLength(1);
      expect(cardText(reminders[0])).toContain(`${title} is in 7 days.`);
    }
    expect(sessionCardsTo(bot, bea, title)).toHaveLength(1);
    const calReminder = sessionCardsTo(bot, cal, title).at(-1);
    expect(cardText(calReminder)).toContain('Can you come? Please let us know.');
  });

  it('1 day and, as it is online, 1 hour before come too; never after the start', async () => {
    await tick(bot, '2026-11-30T10:00:00Z');
    await tick(bot, '2026-12-01T09:00:00Z');
    await tick(bot, '2026-12-01T09:30:00Z');
    await tick(bot, '2026-12-01T10:00:00Z');
    await tick(bot, '2026-12-01T11:00:00Z');
    for (const member of [alex, cal, dee]) {
      const reminders = sessionCardsTo(bot, member, title).filter((card) => cardText(card).startsWith('Reminder')).map(cardText);
      expect(reminders).toHaveLength(3);
      expect(reminders[1]).toContain(`${title} is tomorrow at 10:00.`);
      expect(reminders[2]).toContain(`${title} is today at 10:00.`);
    }
    expect(sessionCardsTo(bot, bea, title)).toHaveLength(1);
  });

  it('after the start, an invitation says replies are closed and records nothing', async () => {
    const [invitation] = sessionCardsTo(bot, cal, title);
    const { card } = await click(bot, cal, invitation, 'training.rsvp', {}, { title: 'Accept' });
    expect(cardText(card)).toContain('This session has started, so replies are closed.');
    expect(actionsOf(card).filter((action) => action.verb === 'training.rsvp')).toEqual([]);
    expect((await storedAttendance(bot, sessionId)).find((record) => record.memberId === cal.aadObjectId)?.rsvp).toBeUndefined();
  });

  it('the officer records who came, adding someone uninvited; recording it again changes nothing', async () => {
    await installMembers(bot, [eve]);
    const [sessions] = cardsOf(await say(bot, officer, 'sessions'));
    const { card: form } = await click(bot, officer, sessions, 'training.openAttendance', {}, { sessionId });
    const text = cardText(form);
    expect(text).toContain('Who came?');
    expect(text).toContain('Councillor M1 — accepted');
    expect(text).toContain('Councillor M2 — declined');
    expect(text).toContain('Councillor M3 — no reply');

    const ticked = { attended: `${alex.aadObjectId},${cal.aadObjectId}`, others: eve.aadObjectId };
    const { card: saved } = await click(bot, officer, form, 'training.recordAttendance', ticked);
    expect(cardText(saved)).toContain('Saved ✓ 3 members attended (3 newly recorded).');
    const { card: again } = await click(bot, officer, saved, 'training.recordAttendance', ticked);
    expect(cardText(again)).toContain('Saved ✓ 3 members attended.');

    const records = await storedAttendance(bot, sessionId);
    const attended = records.filter((record) => record.attended);
    expect(attended.map((record) => record.memberId).sort()).toEqual([alex, cal, eve].map((member) => member.aadObjectId).sort());
    expect(attended.every((record) => record.listenersToldAt === '2026-12-01T11:00:00.000Z' && record.attendanceSource === 'card')).toBe(true);
  });

  it('a ticked name that was never on the card is refused and nothing changes', async () => {
    const [sessions] = cardsOf(await say(bot, officer, 'sessions'));
    const { card: form } = await click(bot, officer, sessions, 'training.openAttendance', {}, { sessionId });
    const { message } = await click(bot, officer, form, 'training.recordAttendance', { attended: `${alex.aadObjectId},someone-else`, others: '' });
    expect(message).toContain("aren't on this session's list");
    expect((await storedAttendance(bot, sessionId)).filter((record) => record.attended)).toHaveLength(3);
  });

  it('the compliance report gives the figure, by level, and who is yet to attend, with a signed CSV download', async () => {
    const [card] = cardsOf(await say(bot, officer, 'training report'));
    const text = cardText(card);
    expect(text).toContain('3 out of 5 members (60%) have attended corporate parenting training since May 2026.');
    expect(text).toContain('Level 1 – universal (all members)\n3 out of 5 members (60%)');
    expect(text).toContain('Yet to attend (2)');
    expect(text).toContain('Councillor M2');
    expect(text).toContain('Councillor M4');
    expect(text).toContain('Nobody is due a refresher.');

    const download = actionsOf(card).find((action) => action.type === 'Action.OpenUrl')!;
    const response = await fetch(download.url!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('Name,Email,Roles,Elected on,Newly elected,Attended since 2026-05-07,Levels attended in period,Status,Last session,Last session title,Refresher due by,Sessions attended (all time)');
    expect(lines).toHaveLength(6);
    expect(lines.find((line) => line.startsWith('Councillor M1,'))).toBe(
      `Councillor M1,m-1@council.example,,,No,Yes,Level 1,Up to date,2026-12-01,${title},2028-12-01,1`,
    );
    expect(lines.find((line) => line.startsWith('Councillor M2,'))).toContain(',No,,Yet to attend,');

    const tampered = download.url!.replace(/sig=[^&]+/, 'sig=forged');
    expect((await fetch(tampered)).status).toBe(403);
  });

  it('another period can be chosen on the card, but not one starting in the future', async () => {
    const [card] = cardsOf(await say(bot, officer, 'training report'));
    const { card: updated } = await click(bot, officer, card, 'training.report', { from: '2026-12-01' });
    expect(cardText(updated)).toContain('3 out of 5 members (60%) have attended corporate parenting training since December 2026.');
    expect(actionsOf(updated).find((action) => action.type === 'Action.OpenUrl')!.url).toContain('/api/exports/training-compliance?');
    const { message } = await click(bot, officer, card, 'training.report', { from: '2026-12-02' });
    expect(message).toContain('not in the future');
  });

  it('the councillor sees the session on their record afterwards', async () => {
    const [card] = cardsOf(await say(bot, alex, 'training'));
    expect(cardText(card)).toContain(`Tuesday 1 December 2026\n${title} (Level 1)`);
    expect(cardText(card)).toContain("You're up to date. A refresher will be due by Friday 1 December 2028.");
  });
});

describe('an officer edits, then cancels, a published session', () => {
  let bot: TestBot;
  const [ann, ben, cat] = [11, 12, 13].map((n) => testMember(n)) as [TestUser, TestUser, TestUser];
  const edited = 'Corporate parenting: scrutinising services';
  let sessionId = '';
  let invitationIds: Record<string, string> = {};

  beforeAll(async () => {
    bot = await startTestBot({ ADMIN_AAD_OBJECT_IDS: officer.aadObjectId });
    await installMembers(bot, [officer, ann, ben, cat]);
    sessionId = (await createSession(bot, { ...sessionFields, meetingUrl: '' })).id;
    await publish(bot, sessionId);
    await bot.app.delivery.runUntilIdle();
    const [benInvitation] = sessionCardsTo(bot, ben, title);
    await click(bot, ben, benInvitation, 'training.rsvp', {}, { title: 'Decline' });
    invitationIds = Object.fromEntries(await Promise.all([ann, ben, cat].map(async (member) => [member.id, await sentActivityId(bot, `invite:${sessionId}`, member)])));
  });
  afterAll(() => bot.stop());

  it('a change of time and place tells every invitee once, and updates the invitation cards already sent', async () => {
    const [sessions] = cardsOf(await say(bot, officer, 'sessions'));
    const { card: form } = await click(bot, officer, sessions, 'training.editSession', {}, { sessionId });
    expect(cardText(form)).toContain('This session is published');
    const { card } = await click(bot, officer, form, 'training.saveSession', { startTime: '14:00', endTime: '16:00', place: 'Civic Centre' });
    expect(cardText(card)).toContain('The invitees will be told what changed, and their invitations updated, within a minute.');

    await tick(bot, '2026-11-23T10:01:00Z');
    await tick(bot, '2026-11-23T10:02:00Z');
    for (const member of [ann, ben, cat]) {
      const notices = sessionCardsTo(bot, member, title).filter((entry) => cardText(entry).startsWith('This session has changed'));
      expect(notices).toHaveLength(1);
      expect(cardText(notices[0])).toContain('Please note: the date or time and the place have changed.');
      expect(cardText(notices[0])).toContain('Tuesday 1 December 2026, 14:00 to 16:00');
      const updates = updatesOf(bot, member, invitationIds[member.id]!);
      expect(updates).toHaveLength(1);
      expect(cardText(updates[0])).toContain('(updated)');
      expect(cardText(updates[0])).toContain('Civic Centre');
    }
    expect(cardText(updatesOf(bot, ben, invitationIds[ben.id]!)[0])).toContain("You've declined");
  });

  it('a form opened before that edit cannot overwrite it', async () => {
    const [sessions] = cardsOf(await say(bot, officer, 'sessions'));
    const { card: form } = await click(bot, officer, sessions, 'training.editSession', {}, { sessionId });
    await click(bot, officer, form, 'training.saveSession', { title: edited });
    const { card } = await click(bot, officer, form, 'training.saveSession', { title: 'Something else' });
    expect(cardText(card)).toContain('Someone changed this session after you opened the form.');
    expect((await storedSessions(bot))[0]!.title).toBe(edited);
  });

  it('cancelling tells those who had not declined, and every invitation shows it is cancelled', async () => {
    await tick(bot, '2026-11-23T10:03:00Z');
    const [sessions] = cardsOf(await say(bot, officer, 'sessions'));
    const { card: confirm } = await click(bot, officer, sessions, 'training.confirmCancel', {}, { sessionId });
    expect(cardText(confirm)).toContain('3 members were invited.');
    const { card } = await click(bot, officer, confirm, 'training.cancelSession', { note: 'We will rearrange it in the new year.' });
    expect(cardText(card)).toContain(`Cancelled "${edited}". The invitees will be told`);

    await tick(bot, '2026-11-23T10:04:00Z');
    await tick(bot, '2026-11-23T10:05:00Z');
    for (const member of [ann, cat]) {
      const notices = sessionCardsTo(bot, member, edited).filter((entry) => cardText(entry).startsWith('Session cancelled'));
      expect(notices).toHaveLength(1);
      expect(cardText(notices[0])).toContain('We will rearrange it in the new year.');
      expect(actionsOf(notices[0]).filter((action) => action.verb === 'training.rsvp')).toEqual([]);
    }
    expect(sessionCardsTo(bot, ben, edited).filter((entry) => cardText(entry).startsWith('Session cancelled'))).toHaveLength(0);
    for (const member of [ann, ben, cat]) {
      const latest = updatesOf(bot, member, invitationIds[member.id]!).at(-1);
      expect(cardText(latest)).toContain('This session has been cancelled.');
    }
  });

  it('an old invitation answers that the session is cancelled, records nothing, and no reminders follow', async () => {
    const [invitation] = sessionCardsTo(bot, ann, title);
    const { card } = await click(bot, ann, invitation, 'training.rsvp', {}, { title: 'Accept' });
    expect(cardText(card)).toContain('This session has been cancelled.');
    expect((await storedAttendance(bot, sessionId)).find((record) => record.memberId === ann.aadObjectId)?.rsvp).toBeUndefined();
    const before = bot.connector.messages().length;
    await tick(bot, '2026-11-24T10:00:00Z');
    await tick(bot, '2026-11-30T10:00:00Z');
    expect(bot.connector.messages().length).toBe(before);
  });
});

describe('nudges', () => {
  let bot: TestBot;
  const [booked, newcomer, optedOut] = [21, 22, 23].map((n) => testMember(n)) as [TestUser, TestUser, TestUser];
  let sessionId = '';

  beforeAll(async () => {
    bot = await startTestBot({ ADMIN_AAD_OBJECT_IDS: officer.aadObjectId });
    await installMembers(bot, [officer, booked]);
    sessionId = (await createSession(bot, { ...sessionFields, date: '2027-01-20' })).id;
    await publish(bot, sessionId);
    await bot.app.delivery.runUntilIdle();
    await click(bot, booked, sessionCardsTo(bot, booked, title)[0], 'training.rsvp', {}, { title: 'Accept' });
    // Two councillors install the app after the invitations went out; one turns training reminders off.
    await installMembers(bot, [newcomer, optedOut]);
    const [settings] = cardsOf(await say(bot, optedOut, 'settings'));
    await click(bot, optedOut, settings, 'members.saveSettings', { trainingNudges: 'false' });
  });
  afterAll(() => bot.stop());

  const nudgeText = "You haven't been to a Level 1 corporate parenting session yet.";
  const nudgesTo = (user: TestUser) => sessionCardsTo(bot, user, title).filter((card) => cardText(card).includes(nudgeText));

  it('members who install after the invitations went out are invited too, and the invitation is the only message that day', async () => {
    await tick(bot, '2026-11-23T10:00:00Z');
    await tick(bot, '2026-11-23T10:01:00Z');
    for (const member of [newcomer, optedOut]) {
      const cards = sessionCardsTo(bot, member, title);
      expect(cards).toHaveLength(1);
      expect(actionsOf(cards[0]).map((action) => action.title)).toContain('Accept');
      expect(cardText(cards[0])).not.toContain(nudgeText);
    }
  });

  it('a member who has never been to Level 1 and has not answered gets a gentle nudge a month on, once a month at most', async () => {
    await tick(bot, '2026-11-30T10:00:00Z');
    expect(nudgesTo(newcomer)).toHaveLength(0);
    await tick(bot, '2026-12-23T10:00:00Z');
    await tick(bot, '2026-12-23T11:00:00Z');
    const nudges = nudgesTo(newcomer);
    expect(nudges).toHaveLength(1);
    expect(cardText(nudges[0])).toContain('Wednesday 20 January 2027, 10:00 to 12:00');
    expect(cardText(nudges[0])).toContain('To stop these reminders, type **settings**.');
  });

  it('not to those who turned nudges off or have booked', async () => {
    expect(nudgesTo(optedOut)).toHaveLength(0);
    expect(sessionCardsTo(bot, booked, title).filter((card) => !cardText(card).startsWith('Reminder'))).toHaveLength(0);
  });

  it('accepting from the nudge books the place, and the nudges stop', async () => {
    const nudge = nudgesTo(newcomer).at(-1);
    const { card } = await click(bot, newcomer, nudge, 'training.rsvp', {}, { title: 'Accept' });
    expect(cardText(card)).toContain("You've accepted");
    await tick(bot, '2027-01-12T10:00:00Z');
    expect(nudgesTo(newcomer)).toHaveLength(1);
  });
});

describe('loading attendance and election dates from the HR system', () => {
  let bot: TestBot;
  const [ada, bob, cy] = [31, 32, 33].map((n) => testMember(n)) as [TestUser, TestUser, TestUser];
  let sessionId = '';
  const importCsv = async (kind: string, csv: string) => {
    const [card] = cardsOf(await say(bot, officer, 'import attendance'));
    return click(bot, officer, card, 'training.importCsv', { kind, csv });
  };

  beforeAll(async () => {
    bot = await startTestBot({ ADMIN_AAD_OBJECT_IDS: officer.aadObjectId });
    await installMembers(bot, [officer, ada, bob, cy]);
    const created = await createSession(bot, { ...sessionFields, date: '2026-06-10', startTime: '18:00', endTime: '20:00', meetingUrl: '' });
    sessionId = created.id;
    expect(created.startsAt).toBe('2026-06-10T17:00:00.000Z');
  });
  afterAll(() => bot.stop());

  it('a file with a bad row imports nothing and names the line', async () => {
    const { card } = await importCsv('attendance', `member,session\nm-31@council.example,${sessionId}\nnobody@council.example,${sessionId}\n`);
    expect(cardText(card)).toContain('Nothing was imported.');
    expect(cardText(card)).toContain('Line 3: no member has the email nobody@council.example on record');
    expect(cardText(card)).toContain('nobody@council.example');
    expect((await storedAttendance(bot, sessionId)).filter((record) => record.attended)).toHaveLength(0);
  });

  it('a good file records attendance once, matched by email or Entra object id; importing it again changes nothing', async () => {
    const csv = `member,session\nM-31@council.example,${sessionId}\n${bob.aadObjectId},${sessionId}\n`;
    const { card } = await importCsv('attendance', csv);
    expect(cardText(card)).toContain('Imported ✓ 2 rows for 1 session: 2 newly recorded.');
    const again = await importCsv('attendance', csv);
    expect(cardText(again.card)).toContain('Imported ✓ 2 rows for 1 session: 0 newly recorded, 2 already on record.');
    const attended = (await storedAttendance(bot, sessionId)).filter((record) => record.attended);
    expect(attended.map((record) => [record.memberId, record.attendanceSource, record.listenersToldAt !== undefined]).sort()).toEqual(
      [ada, bob].map((member) => [member.aadObjectId, 'csv', true]).sort(),
    );
  });

  it('election and leaving dates give the newly elected figure and leave out who has left', async () => {
    const { card } = await importCsv('councillors', `member,elected on,left office on\nm-31@council.example,07/05/2026,\nm-32@council.example,2022-05-05,\nm-33@council.example,2022-05-05,2026-10-01\n`);
    expect(cardText(card)).toContain('Imported ✓ Election and leaving dates saved for 3 members.');
    const [report] = cardsOf(await say(bot, officer, 'training report'));
    const text = cardText(report);
    expect(text).toContain('2 out of 2 members (100%) have attended corporate parenting training since May 2026.');
    expect(text).toContain('1 out of 1 member (100%) elected since Thursday 7 May 2026 has attended at least one session since their election.');
    expect(text).not.toContain('Councillor M33');
  });
});
