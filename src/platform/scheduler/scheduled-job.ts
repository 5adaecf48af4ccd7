/**
 * Work a feature asks the scheduler to run every minute ("find due reminders"…). A job must be
 * idempotent: after a lease handover the same minute may run twice, and that must change nothing.
 */
export interface ScheduledJob {
  readonly name: string;
  run(now: Date): Promise<void>;
}
