import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { openCosmosStore, type CosmosStore } from '../../src/platform/cosmos/cosmos-store.js';
import { createLogger } from '../../src/platform/logger.js';
import { Scheduler } from '../../src/platform/scheduler/scheduler.js';
import { SchedulerLease } from '../../src/platform/scheduler/scheduler-lease.js';

describe('the scheduler on a Cosmos lease', () => {
  let store: CosmosStore;
  beforeAll(async () => {
    store = await openCosmosStore({ database: 'scheduler-test' });
  });
  afterAll(() => store.close());

  function schedulerFor(holder: string, clock: ReturnType<typeof fixedClock>, runs: string[], leaseId: string) {
    const lease = new SchedulerLease(store.containers.leases, holder, 90_000, leaseId);
    return new Scheduler(lease, clock, createLogger('silent')).register({
      name: 'count',
      run: async (now) => {
        runs.push(`${holder}@${now.toISOString()}`);
      },
    });
  }

  it('two instances ticking at the same minute run each job once', async () => {
    const clock = fixedClock('2026-11-23T10:00:00Z');
    const runs: string[] = [];
    const a = schedulerFor('a', clock, runs, 'lease-1');
    const b = schedulerFor('b', clock, runs, 'lease-1');
    for (let minute = 0; minute < 5; minute += 1) {
      const ran = await Promise.all([a.tick(), b.tick()]);
      expect(ran.filter(Boolean)).toHaveLength(1);
      clock.advance(60_000);
    }
    expect(runs).toHaveLength(5);
    expect(new Set(runs.map((run) => run.split('@')[0])).size).toBe(1);
  });

  it('when the holder stops ticking, another instance takes over once the lease expires', async () => {
    const clock = fixedClock('2026-11-23T10:00:00Z');
    const runs: string[] = [];
    const a = schedulerFor('a', clock, runs, 'lease-2');
    const b = schedulerFor('b', clock, runs, 'lease-2');
    expect(await a.tick()).toBe(true);
    clock.advance(60_000);
    expect(await b.tick()).toBe(false);
    clock.advance(60_000);
    expect(await b.tick()).toBe(true);
    expect(await a.tick()).toBe(false);
  });

  it('a failing job does not stop the others', async () => {
    const clock = fixedClock('2026-11-23T10:00:00Z');
    const ran: string[] = [];
    const scheduler = new Scheduler(new SchedulerLease(store.containers.leases, 'solo', 90_000, 'lease-3'), clock, createLogger('silent')).register(
      { name: 'broken', run: async () => Promise.reject(new Error('boom')) },
      { name: 'fine', run: async () => void ran.push('fine') },
    );
    expect(await scheduler.tick()).toBe(true);
    expect(ran).toEqual(['fine']);
  });
});
