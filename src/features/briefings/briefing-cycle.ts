import type { Briefing } from './briefing.js';
import type { Issue } from './briefing-schedule.js';

export type CycleStep =
  /** Draft the issue from what the bot knows and send it to the officers for review. */
  | { readonly kind: 'draft'; readonly issue: Issue }
  | { readonly kind: 'request-review'; readonly briefingId: string }
  /** Its send time passed unapproved: tell the officers (once) that it is waiting. */
  | { readonly kind: 'tell-officers-waiting'; readonly briefingId: string }
  | { readonly kind: 'send'; readonly briefingId: string };

export type CycleBriefing = Pick<Briefing, 'id' | 'issueDate' | 'status' | 'sendAt' | 'reviewAt' | 'reviewRequestedAt' | 'waitingNoticeAt'>;

/**
 * What is due at `now`, from the stored briefings (the open ones and those of the cadence's current and
 * next issues). Every step leaves a mark on the briefing, so a tick that runs twice, or late, does each
 * step once: a missed tick is caught up by the next one, and never again after that.
 */
export function dueSteps(
  now: Date,
  briefings: readonly CycleBriefing[],
  issues?: { readonly current?: Issue; readonly next: Issue },
): CycleStep[] {
  const steps: CycleStep[] = [];
  const at = now.toISOString();
  for (const issue of [issues?.current, issues?.next]) {
    if (issue && issue.reviewAt <= now && !briefings.some((briefing) => briefing.issueDate === issue.date)) {
      steps.push({ kind: 'draft', issue });
    }
  }
  for (const briefing of briefings) {
    if (briefing.status === 'approved' && briefing.sendAt <= at) steps.push({ kind: 'send', briefingId: briefing.id });
    if (briefing.status !== 'draft') continue;
    if (briefing.reviewAt && briefing.reviewAt <= at && !briefing.reviewRequestedAt) {
      steps.push({ kind: 'request-review', briefingId: briefing.id });
    }
    if (briefing.sendAt <= at && !briefing.waitingNoticeAt) steps.push({ kind: 'tell-officers-waiting', briefingId: briefing.id });
  }
  return steps;
}
