import cron, { type ScheduledTask } from 'node-cron';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { councilTimeZone } from '../london-time.js';
import type { ScheduledJob } from './scheduled-job.js';
import type { SchedulerLease } from './scheduler-lease.js';

/** Runs the features' jobs once a minute (Europe/London), on the one instance that holds the lease. */
export class Scheduler {
  private readonly jobs: ScheduledJob[] = [];
  private task?: ScheduledTask;
  private ticking?: Promise<boolean>;

  constructor(
    private readonly lease: SchedulerLease,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  register(...jobs: readonly ScheduledJob[]): this {
    this.jobs.push(...jobs);
    return this;
  }

  /** One tick: true if this instance held the lease and ran the jobs. A failing job never stops the others. */
  async tick(): Promise<boolean> {
    const now = this.clock.now();
    if (!(await this.lease.tryAcquire(now))) return false;
    for (const job of this.jobs) {
      try {
        await job.run(now);
      } catch (error) {
        this.logger.error({ err: error, job: job.name }, 'scheduled job failed');
      }
    }
    return true;
  }

  start(): void {
    this.task = cron.schedule(
      '* * * * *',
      async () => {
        if (this.ticking) return;
        this.ticking = this.tick().catch((error: unknown) => {
          this.logger.error({ err: error }, 'scheduler tick failed');
          return false;
        });
        await this.ticking;
        this.ticking = undefined;
      },
      { timezone: councilTimeZone, name: 'corporate-parenting-scheduler', noOverlap: true },
    );
  }

  async stop(): Promise<void> {
    await this.task?.stop();
    await this.task?.destroy();
    await this.ticking;
    try {
      await this.lease.release();
    } catch (error) {
      // The lease expires on its own; shutting down must not fail because Cosmos cannot be reached.
      this.logger.warn({ err: error }, 'could not release the scheduler lease');
    }
  }
}
