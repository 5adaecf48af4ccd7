import { afterEach, describe, expect, it } from 'vitest';
import { uninstall } from '../support/activities.js';
import { installMembers, testMember, testTenantId } from '../support/members.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

const textCampaign = (id: string, memberIds: string[]) => ({
  id,
  tenantId: testTenantId,
  purpose: 'test',
  message: { kind: 'text' as const, text: `Hello from ${id}` },
  recipients: memberIds.map((memberId) => ({ memberId })),
});

describe('the delivery engine', () => {
  const bots: TestBot[] = [];
  afterEach(async () => {
    await Promise.all(bots.splice(0).map((bot) => bot.stop()));
  });
  const start = async (...args: Parameters<typeof startTestBot>) => {
    const bot = await startTestBot(...args);
    bots.push(bot);
    return bot;
  };

  it('sends a campaign to every recipient once and records each activity id', async () => {
    const bot = await start();
    const members = [1, 2, 3].map((n) => testMember(n));
    await installMembers(bot, members);
    const ids = members.map((member) => member.aadObjectId);
    expect(await bot.app.delivery.createCampaign(textCampaign('c1', ids))).toEqual({ created: true });
    expect(await bot.app.delivery.createCampaign(textCampaign('c1', ids))).toEqual({ created: false });
    await bot.app.delivery.runUntilIdle();

    expect(bot.connector.messages().map((activity) => activity.text)).toEqual(['Hello from c1', 'Hello from c1', 'Hello from c1']);
    const conversations = new Set(bot.connector.received.map((entry) => entry.conversationId));
    expect(conversations).toEqual(new Set(members.map((member) => `a:personal-${member.id}`)));
    const report = await bot.app.delivery.report('c1');
    expect(report.counts).toMatchObject({ sent: 3, pending: 0, failed: 0 });
    expect(report.recipients.every((recipient) => recipient.activityId?.startsWith('activity-'))).toBe(true);
    expect(report.status).toBe('completed');
  });
});
