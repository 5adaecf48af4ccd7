import type { Briefing } from './briefing.js';
import type { Issue } from './briefing-schedule.js';

export type CycleStep =
  /** Draft the issue from what the bot knows and send it to the officers for review. */
  | { readonly kind: 'draft'; readonly issue: Issue }
  | { readonly kind: 'request-review'; readonly briefingId: string }
  /** Its send time passed unapproved: tell the officers (once) that it is waiting. */
  | { readonly kind: 'tell-officers-waiting'; readonly briefingId: string }
  | { readonly kind: 'send'; readonly briefingId: string }
  /** A draft whose send time passed unapproved, now that a later issue exists: that issue replaces it. */
  | { readonly kind: 'supersede'; readonly briefingId: string; readonly byIssueDate: string };

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
  const issueDates = [...briefings.filter((briefing) => briefing.status !== 'cancelled').map((briefing) => briefing.issueDate), ...steps.flatMap((step) => (step.kind === 'draft' ? [step.issue.date] : []))];
  const latestIssueDate = issueDates.sort().at(-1);
  for (const briefing of briefings) {
    if (briefing.status === 'approved' && briefing.sendAt <= at) steps.push({ kind: 'send', briefingId: briefing.id });
    if (briefing.status !== 'draft') continue;
    if (latestIssueDate && briefing.issueDate < latestIssueDate && briefing.sendAt <= at) {
      steps.push({ kind: 'supersede', briefingId: briefing.id, byIssueDate: latestIssueDate });
      continue;
    }
    if (briefing.reviewAt && briefing.reviewAt <= at && !briefing.reviewRequestedAt) {
      steps.push({ kind: 'request-review', briefingId: briefing.id });
    }
    if (briefing.sendAt <= at && !briefing.waitingNoticeAt) steps.push({ kind: 'tell-officers-waiting', briefingId: briefing.id });
  }
  return steps;
}
