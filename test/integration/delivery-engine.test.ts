import { afterEach, describe, expect, it } from 'vitest';
import { AdapterProactiveSender } from '../../src/platform/bot/adapter-proactive-sender.js';
import type { ProactiveSender } from '../../src/platform/proactive/proactive-sender.js';
import { DeliveryEngine } from '../../src/platform/proactive/delivery-engine.js';
import { DeliveryLedger } from '../../src/platform/proactive/delivery-ledger.js';
import { SendThrottle, teamsLimits } from '../../src/platform/proactive/send-throttle.js';
import { createLogger } from '../../src/platform/logger.js';
import { memberDirectory } from '../../src/features/members/member-directory.js';
import type { TestUser } from '../support/activities.js';
import { installMembers, testMember, testTenantId } from '../support/members.js';
import { seededRandom, startTestBot, type TestBot } from '../support/test-bot.js';

const textCampaign = (id: string, members: readonly TestUser[], text = `Hello from ${id}`) => ({
  id,
  tenantId: testTenantId,
  purpose: 'test',
  message: { kind: 'text' as const, text },
  recipients: members.map((member) => ({ memberId: member.aadObjectId })),
});

const conversationOf = (member: TestUser) => `a:personal-${member.id}`;

/** A second engine instance over the same Cosmos database, as another App Service instance would be. */
function secondInstance(bot: TestBot, instanceId: string, sender?: ProactiveSender): DeliveryEngine {
  return new DeliveryEngine({
    ledger: new DeliveryLedger(bot.app.store.containers.deliveries),
    directory: memberDirectory(bot.app.members),
    sender: sender ?? new AdapterProactiveSender(bot.app.adapter, ''),
    throttle: new SendThrottle(teamsLimits),
    clock: bot.clock,
    logger: createLogger('silent'),
    random: seededRandom(7),
    instanceId,
    options: { backoffBaseMs: 10, concurrency: 4 },
  });
}

describe('the delivery engine', () => {
  const bots: TestBot[] = [];
  afterEach(async () => {
    await Promise.all(bots.splice(0).map((bot) => bot.stop()));
  });
  async function botWith(count: number, env: Record<string, string> = {}): Promise<{ bot: TestBot; members: TestUser[] }> {
    const bot = await startTestBot(env);
    bots.push(bot);
    const members = Array.from({ length: count }, (_, index) => testMember(index + 1));
    await installMembers(bot, members);
    return { bot, members };
  }

  it('sends a campaign to every recipient once and records each activity id; creating it again is a no-op', async () => {
    const { bot, members } = await botWith(3);
    expect(await bot.app.delivery.createCampaign(textCampaign('c1', members))).toEqual({ created: true });
    expect(await bot.app.delivery.createCampaign(textCampaign('c1', members))).toEqual({ created: false });
    await bot.app.delivery.runUntilIdle();

    expect(bot.connector.messages().map((activity) => activity.text)).toEqual(['Hello from c1', 'Hello from c1', 'Hello from c1']);
    expect(new Set(bot.connector.received.map((entry) => entry.conversationId))).toEqual(new Set(members.map(conversationOf)));
    const report = await bot.app.delivery.report('c1');
    expect(report.counts).toMatchObject({ sent: 3, pending: 0, failed: 0 });
    expect(report.status).toBe('completed');
    expect(report.recipients.every((recipient) => recipient.activityId?.startsWith('activity-'))).toBe(true);
  });

  it('429 with Retry-After: waits that long before sending anything else, then delivers once', async () => {
    const { bot, members } = await botWith(3);
    bot.connector.failConversation(conversationOf(members[0]!), { status: 429, retryAfterSeconds: 1 });
    await bot.app.delivery.createCampaign(textCampaign('c429', [members[0]!]));
    await bot.app.delivery.runUntilIdle();
    const throttledAt = bot.connector.requests[0]!.at;
    await bot.app.delivery.createCampaign(textCampaign('c429-others', members.slice(1)));
    bot.clock.advance(1_000);
    await bot.app.delivery.runUntilIdle();

    const after = bot.connector.requests.slice(1);
    expect(after).toHaveLength(3);
    expect(after.every((request) => request.at - throttledAt >= 950)).toBe(true);
    expect(bot.connector.messages(conversationOf(members[0]!))).toHaveLength(1);
    expect((await bot.app.delivery.report('c429')).counts.sent).toBe(1);
  });

  it('503 and 502 are retried with backoff, and succeed without duplicates', async () => {
    const { bot, members } = await botWith(2);
    bot.connector.failConversation(conversationOf(members[0]!), { status: 503 }, { status: 502 });
    await bot.app.delivery.createCampaign(textCampaign('c503', members));
    for (let pass = 0; pass < 4; pass += 1) {
      await bot.app.delivery.runUntilIdle();
      bot.clock.advance(60_000);
    }
    expect(bot.connector.messages(conversationOf(members[0]!))).toHaveLength(1);
    expect(bot.connector.messages(conversationOf(members[1]!))).toHaveLength(1);
    expect((await bot.app.delivery.report('c503')).counts).toMatchObject({ sent: 2, failed: 0 });
  });

  it('gives up after the last attempt and records the reason', async () => {
    const { bot, members } = await botWith(1);
    bot.connector.failConversation(conversationOf(members[0]!), ...Array.from({ length: 5 }, () => ({ status: 503 })));
    await bot.app.delivery.createCampaign(textCampaign('cfail', members));
    for (let pass = 0; pass < 8; pass += 1) {
      await bot.app.delivery.runUntilIdle();
      bot.clock.advance(10 * 60_000);
    }
    const report = await bot.app.delivery.report('cfail');
    expect(report.counts).toMatchObject({ failed: 1, sent: 0 });
    expect(report.recipients[0]!.reason).toMatch(/HTTP 503 \(gave up after 5 attempts\)/);
    expect(bot.connector.messages()).toHaveLength(0);
  });

  it('403 and 404 mark the member unreachable, so officers can see who is not receiving messages; other 4xx fail', async () => {
    const { bot, members } = await botWith(3);
    bot.connector.failConversation(conversationOf(members[0]!), { status: 403 });
    bot.connector.failConversation(conversationOf(members[1]!), { status: 404 });
    bot.connector.failConversation(conversationOf(members[2]!), { status: 400 });
    await bot.app.delivery.createCampaign(textCampaign('c4xx', members));
    await bot.app.delivery.runUntilIdle();

    const report = await bot.app.delivery.report('c4xx');
    expect(report.counts).toMatchObject({ unreachable: 2, failed: 1 });
    expect(report.recipients.find((r) => r.memberId === members[0]!.aadObjectId)?.reason).toMatch(/403/);
    const flagged = await bot.app.members.get(testTenantId, members[0]!.aadObjectId);
    expect(flagged?.unreachable).toMatchObject({ reason: expect.stringMatching(/403/) });
    expect((await bot.app.members.get(testTenantId, members[2]!.aadObjectId))?.unreachable ?? undefined).toBeUndefined();
  });

  it('network errors are retried with backoff, then recorded as failed with the reason', async () => {
    const { bot, members } = await botWith(1);
    await bot.connector.stop();
    await bot.app.delivery.createCampaign(textCampaign('cnet', members));
    await bot.app.delivery.runUntilIdle();
    const report = await bot.app.delivery.report('cnet');
    expect(report.counts.failed).toBe(1);
    expect(report.recipients[0]!.reason).toMatch(/(network error|ECONNREFUSED).*gave up after 5 attempts/);
  });

  it('a member who uninstalled is recorded as unreachable, not sent to', async () => {
    const { bot, members } = await botWith(1);
    await bot.app.members.markUninstalled(testTenantId, members[0]!.aadObjectId, bot.clock.now());
    await bot.app.delivery.createCampaign(textCampaign('cgone', members));
    await bot.app.delivery.runUntilIdle();
    expect((await bot.app.delivery.report('cgone')).counts.unreachable).toBe(1);
    expect(bot.connector.requests).toHaveLength(0);
  });

  it('two engine instances draining one campaign send to every recipient exactly once', async () => {
    const { bot, members } = await botWith(30);
    await bot.app.delivery.createCampaign(textCampaign('ctwo', members));
    const other = secondInstance(bot, 'instance-b');
    await Promise.all([bot.app.delivery.runUntilIdle(), other.runUntilIdle()]);

    const conversations = bot.connector.received.map((entry) => entry.conversationId);
    expect(conversations).toHaveLength(30);
    expect(new Set(conversations).size).toBe(30);
    expect((await bot.app.delivery.report('ctwo')).counts.sent).toBe(30);
  });

  it('a worker that dies after claiming: the message is still delivered, once, when its claim expires', async () => {
    const { bot, members } = await botWith(1);
    const hangs: ProactiveSender = { send: () => new Promise(() => {}), update: async () => {}, delete: async () => {} };
    const doomed = secondInstance(bot, 'doomed', hangs);
    await bot.app.delivery.createCampaign(textCampaign('cdead', members));
    void doomed.drainOnce();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await bot.app.delivery.report('cdead')).counts.sending).toBe(1);

    await bot.app.delivery.runUntilIdle();
    expect(bot.connector.messages()).toHaveLength(0);
    bot.clock.advance(121_000);
    await bot.app.delivery.runUntilIdle();
    expect(bot.connector.messages()).toHaveLength(1);
    expect((await bot.app.delivery.report('cdead')).counts.sent).toBe(1);
  });

  it('a cancelled campaign stops: pending deliveries are cancelled and never sent', async () => {
    const { bot, members } = await botWith(3);
    await bot.app.delivery.createCampaign(textCampaign('ccancel', members));
    await bot.app.delivery.cancelCampaign('ccancel');
    await bot.app.delivery.runUntilIdle();
    const report = await bot.app.delivery.report('ccancel');
    expect(report.status).toBe('cancelled');
    expect(report.counts).toMatchObject({ cancelled: 3, sent: 0 });
    expect(bot.connector.requests).toHaveLength(0);
  });

  it('edits and recalls sent messages through their activity ids', async () => {
    const { bot, members } = await botWith(2);
    await bot.app.delivery.createCampaign(textCampaign('cedit', members));
    await bot.app.delivery.runUntilIdle();
    const sentIds = (await bot.app.delivery.report('cedit')).recipients.map((recipient) => recipient.activityId).sort();

    expect(await bot.app.delivery.updateSent('cedit', { kind: 'text', text: 'Corrected' })).toEqual({ updated: 2, failed: 0 });
    const puts = bot.connector.received.filter((entry) => entry.method === 'PUT');
    expect(puts.map((entry) => entry.activityId).sort()).toEqual(sentIds);
    expect(puts.every((entry) => entry.body.text === 'Corrected')).toBe(true);

    expect(await bot.app.delivery.deleteSent('cedit')).toEqual({ deleted: 2, failed: 0 });
    const deletes = bot.connector.received.filter((entry) => entry.method === 'DELETE');
    expect(deletes.map((entry) => entry.activityId).sort()).toEqual(sentIds);
    expect(await bot.app.delivery.deleteSent('cedit')).toEqual({ deleted: 0, failed: 0 });
  });

  it('resumes unfinished campaigns when it starts, and a stop lets in-flight sends finish and be recorded', async () => {
    const { bot, members } = await botWith(6);
    await bot.app.delivery.createCampaign(textCampaign('cresume', members));
    bot.connector.delayMs = 150;
    bot.app.delivery.start();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await bot.app.delivery.stop();
    const afterStop = await bot.app.delivery.report('cresume');
    expect(afterStop.counts.sending).toBe(0);
    expect(afterStop.counts.sent).toBe(bot.connector.messages().length);

    bot.connector.delayMs = 0;
    bot.app.delivery.start();
    for (let waited = 0; waited < 5_000 && (await bot.app.delivery.report('cresume')).counts.sent < 6; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await bot.app.delivery.stop();
    expect(bot.connector.messages()).toHaveLength(6);
  });
});
