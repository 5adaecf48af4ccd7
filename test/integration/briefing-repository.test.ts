import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BriefingRepository } from '../../src/features/briefings/briefing-repository.js';
import { sampleBriefing } from '../support/card-samples/briefings.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

describe('the briefings container', () => {
  let bot: TestBot;
  let repository: BriefingRepository;
  beforeAll(async () => {
    bot = await startTestBot();
    repository = new BriefingRepository(bot.app.store.containers.briefings);
  });
  afterAll(() => bot.stop());

  it('one briefing per issue date: creating it again changes nothing', async () => {
    const briefing = sampleBriefing({ tenantId: 'tenant-a' });
    expect(await repository.create(briefing)).toBe(true);
    expect(await repository.create({ ...briefing, title: 'Another' })).toBe(false);
    expect((await repository.get('tenant-a', briefing.id))?.value.title).toBe('Corporate parenting briefing');
  });

  it('a write based on an old read is refused', async () => {
    const briefing = sampleBriefing({ tenantId: 'tenant-b' });
    await repository.create(briefing);
    const read = (await repository.get('tenant-b', briefing.id))!;
    expect(await repository.replaceIfUnchanged({ ...read.value, title: 'First' }, read.etag)).toBe(true);
    expect(await repository.replaceIfUnchanged({ ...read.value, title: 'Second' }, read.etag)).toBe(false);
    expect((await repository.get('tenant-b', briefing.id))?.value.title).toBe('First');
  });

  it('an acknowledgement counts once however often it is clicked, per member and briefing', async () => {
    const briefing = sampleBriefing({ tenantId: 'tenant-c', status: 'sent' });
    const clicks = await Promise.all([1, 2, 3].map(() => repository.acknowledge(briefing, 'member-1', new Date('2026-12-03T10:00:00Z'))));
    expect(clicks.filter(Boolean)).toHaveLength(1);
    await repository.acknowledge(briefing, 'member-2', new Date('2026-12-03T10:05:00Z'));
    await repository.acknowledge(sampleBriefing({ tenantId: 'tenant-c', id: 'briefing:2026-12-17', issueDate: '2026-12-17' }), 'member-1', new Date());
    expect((await repository.acknowledgements(briefing)).map((ack) => ack.memberId).sort()).toEqual(['member-1', 'member-2']);
  });

  it('finds the open briefings and the newest in a state, within the tenant only', async () => {
    const tenant = 'tenant-d';
    await repository.create(sampleBriefing({ tenantId: tenant, id: 'briefing:2026-11-05', issueDate: '2026-11-05', status: 'sent' }));
    await repository.create(sampleBriefing({ tenantId: tenant, id: 'briefing:2026-11-19', issueDate: '2026-11-19', status: 'sent' }));
    await repository.create(sampleBriefing({ tenantId: tenant, id: 'briefing:2026-12-03', issueDate: '2026-12-03', status: 'approved' }));
    await repository.create(sampleBriefing({ tenantId: 'tenant-e', id: 'briefing:2026-12-17', issueDate: '2026-12-17', status: 'draft' }));
    expect((await repository.latest(tenant, ['sent']))?.issueDate).toBe('2026-11-19');
    expect((await repository.cycleBriefings(tenant, [])).map((briefing) => briefing.issueDate)).toEqual(['2026-12-03']);
    expect((await repository.cycleBriefings(tenant, ['2026-11-19'])).map((briefing) => briefing.issueDate).sort()).toEqual(['2026-11-19', '2026-12-03']);
  });
});
