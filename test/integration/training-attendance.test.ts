import { RecipientRouter } from '../../src/platform/proactive/recipient-router.js';
import { memberDirectory } from '../../src/features/members/member-directory.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureContext } from '../../src/features/feature-context.js';
import { AdminPolicy } from '../../src/features/members/admin-policy.js';
import { AttendanceRepository } from '../../src/features/training/attendance-repository.js';
import { AttendanceWorkflow, listenerRetryAfterMs } from '../../src/features/training/attendance-workflow.js';
import { PlacesRepository } from '../../src/features/training/places-repository.js';
import { ProfileRepository } from '../../src/features/training/profile-repository.js';
import { SessionRepository } from '../../src/features/training/session-repository.js';
import type { TrainingSession } from '../../src/features/training/session.js';
import { TrainingData } from '../../src/features/training/training-data.js';
import { createTrainingFeature } from '../../src/features/training/training-feature.js';
import type { AttendanceListener, SessionSummary } from '../../src/features/training/training-view.js';
import { SignedExports } from '../../src/platform/http/signed-exports.js';
import { createLogger } from '../../src/platform/logger.js';
import { installMembers, testMember, testTenantId } from '../support/members.js';
import { sampleSession } from '../support/card-samples/training.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

const members = [1, 2, 3].map((n) => testMember(n));
const [first, second, third] = members.map((member) => member.aadObjectId) as [string, string, string];

const held: TrainingSession = { ...sampleSession, id: 'ses-held000001', tenantId: testTenantId, startsAt: '2026-11-02T10:00:00.000Z', endsAt: '2026-11-02T12:00:00.000Z' };
const coming: TrainingSession = { ...sampleSession, id: 'ses-coming0001', tenantId: testTenantId, startsAt: '2026-12-01T10:00:00.000Z' };
const draft: TrainingSession = { ...coming, id: 'ses-draft00001', status: 'draft' };

describe('attendance listeners (evaluations) are told once per member and session', () => {
  let bot: TestBot;
  let data: TrainingData;
  const told: { sessionId: string; memberIds: readonly string[] }[] = [];
  let failing = false;
  const listener: AttendanceListener = async (session: SessionSummary, memberIds) => {
    if (failing) throw new Error('the evaluation form could not be queued');
    told.push({ sessionId: session.id, memberIds: [...memberIds].sort() });
  };
  const record = (workflow: AttendanceWorkflow, present: string[], absent: string[] = []) =>
    workflow.record(held, { present, absent, by: 'officer', source: 'card', at: bot.clock.now() });

  beforeAll(async () => {
    bot = await startTestBot();
    await installMembers(bot, members);
    const { containers } = bot.app.store;
    const attendance = new AttendanceRepository(containers.attendance);
    data = new TrainingData(new SessionRepository(containers.sessions), attendance, new PlacesRepository(containers.attendance, attendance), new ProfileRepository(containers.attendance), bot.app.members, []);
    for (const session of [held, coming, draft]) await data.sessions.create(session);
  });
  afterAll(() => bot.stop());

  it('recording the same attendance three times at once tells the listener of each member once', async () => {
    const workflow = new AttendanceWorkflow(data, [listener], createLogger('silent'));
    const results = await Promise.all([record(workflow, [first, second]), record(workflow, [first, second]), record(workflow, [second, first])]);
    expect(results.reduce((sum, count) => sum + count, 0)).toBe(2);
    expect(told.flatMap((call) => call.memberIds).sort()).toEqual([first, second].sort());
  });

  it('correcting someone to absent and back again does not tell anyone twice', async () => {
    const workflow = new AttendanceWorkflow(data, [listener], createLogger('silent'));
    told.length = 0;
    await record(workflow, [first], [second]);
    await record(workflow, [first, second]);
    expect(told).toEqual([]);
    expect((await data.attendance.forSession(testTenantId, held.id)).filter((entry) => entry.attended).map((entry) => entry.memberId).sort()).toEqual([first, second].sort());
  });

  it('when a listener fails, the retry job tells it later, once', async () => {
    const workflow = new AttendanceWorkflow(data, [listener], createLogger('silent'));
    told.length = 0;
    failing = true;
    expect(await record(workflow, [third])).toBe(1);
    expect(told).toEqual([]);
    failing = false;
    await workflow.tellUntold(new Date(bot.clock.now().getTime() + listenerRetryAfterMs - 60_000));
    expect(told).toEqual([]);
    await workflow.tellUntold(new Date(bot.clock.now().getTime() + listenerRetryAfterMs + 60_000));
    await workflow.tellUntold(new Date(bot.clock.now().getTime() + listenerRetryAfterMs + 120_000));
    expect(told).toEqual([{ sessionId: held.id, memberIds: [third] }]);
  });

  it('the view gives other features what they need, from these records', async () => {
    const context: FeatureContext = {
      config: bot.app.config,
      clock: bot.clock,
      logger: createLogger('silent'),
      containers: bot.app.store.containers,
      members: bot.app.members,
      adminPolicy: new AdminPolicy([], bot.app.members),
      delivery: bot.app.delivery,
      exports: new SignedExports('secret', () => bot.url),
      recipients: new RecipientRouter(memberDirectory(bot.app.members)),
    };
    const { view } = createTrainingFeature(context, []);
    expect(await view.session(testTenantId, held.id)).toMatchObject({ id: held.id, title: held.title, level: 1, status: 'published', countsAsCorporateParenting: true });
    expect(await view.session(testTenantId, 'ses-nosuch0001')).toBeUndefined();
    expect([...(await view.attendees(testTenantId, held.id))].sort()).toEqual([first, second, third].sort());
    const between = await view.sessionsStartingBetween(testTenantId, new Date('2026-11-01T00:00:00Z'), new Date('2026-12-31T00:00:00Z'));
    expect(between.map((session) => session.id)).toEqual([held.id, coming.id]);
    expect(await view.sessionsStartingBetween('another-tenant', new Date('2026-11-01T00:00:00Z'), new Date('2026-12-31T00:00:00Z'))).toEqual([]);
    expect(await view.complianceHeadline(testTenantId, bot.clock.now())).toBe('3 out of 3 members (100%) have attended corporate parenting training since May 2026');
  });
});
