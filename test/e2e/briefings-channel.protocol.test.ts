import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityFrom } from '../support/activities.js';
import { installMembers, testMember, testTenantId } from '../support/members.js';
import { cardText, cardsOf, startTestBot, type TestBot } from '../support/test-bot.js';
import { click, officer, say } from '../support/protocol.js';

const boardTeam = { id: '19:board-team@thread.tacv2', name: 'Corporate Parenting Board' };

/** What Teams sends when the bot is added to (or removed from) a team: the activity comes from its General channel. */
const teamInstallation = (bot: TestBot, action: 'add' | 'remove') =>
  activityFrom(officer, bot.connector.url, {
    type: 'installationUpdate',
    action,
    conversation: { id: boardTeam.id, conversationType: 'channel', tenantId: testTenantId },
    channelData: { tenant: { id: testTenantId }, team: boardTeam, channel: { id: boardTeam.id } },
  });

describe('the briefing in the Corporate Parenting Board team channel', () => {
  let sentCard: unknown;
  let bot: TestBot;
  const councillors = [1, 2].map((n) => testMember(n));

  beforeAll(async () => {
    bot = await startTestBot({ ADMIN_AAD_OBJECT_IDS: officer.aadObjectId, BRIEFING_TEAM_ID: boardTeam.id });
    await installMembers(bot, [officer, ...councillors]);
  });
  afterAll(() => bot.stop());

  it('when the bot is added to the configured team, a briefing sent now reaches its channel as well as each member', async () => {
    expect((await bot.post(teamInstallation(bot, 'add'))).status).toBe(200);
    expect(await bot.app.members.get(testTenantId, officer.aadObjectId)).toBeDefined();

    const [editor] = cardsOf(await say(bot, officer, 'briefing draft'));
    const sent = await click(bot, officer, editor, 'briefings.sendNow', {
      title: 'Corporate parenting briefing',
      heading1: 'Reg 44 visits',
      text1: 'What to look for when you visit a children’s home.',
    });
    expect(sent.card).toBeDefined();
    sentCard = sent.card;
    await bot.app.delivery.runUntilIdle();

    const inChannel = cardsOf(bot.connector.messages(boardTeam.id));
    expect(inChannel).toHaveLength(1);
    expect(cardText(inChannel[0])).toContain('Corporate parenting briefing');
    for (const councillor of councillors) expect(cardsOf(bot.connector.messages(`a:personal-${councillor.id}`)).filter((card) => cardText(card).includes('Corporate parenting briefing'))).toHaveLength(1);
  });

  it('a recall deletes the channel post too', async () => {
    await click(bot, officer, sentCard, 'briefings.recall');
    const deleted = bot.connector.received.filter((entry) => entry.method === 'DELETE').map((entry) => entry.conversationId);
    expect(deleted).toContain(boardTeam.id);
  });

  it('removing the bot from the team stops the channel posts', async () => {
    expect((await bot.post(teamInstallation(bot, 'remove'))).status).toBe(200);
    const channel = await bot.app.store.containers.briefings.item(`channel:${boardTeam.id}`, testTenantId).read();
    expect(channel.resource).toMatchObject({ installed: false });
  });
});
