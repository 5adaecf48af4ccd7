import { describe, expect, it } from 'vitest';
import { dueSteps, type CycleBriefing, type CycleStep } from '../../../src/features/briefings/briefing-cycle.js';
import { issuesAt, type BriefingSchedule } from '../../../src/features/briefings/briefing-schedule.js';

const schedule: BriefingSchedule = { anchorDate: '2026-11-05', sendTime: '09:00', reviewWorkingDays: 3, bankHolidays: [] };
// Issue 3 goes out on Thursday 3 December 2026 at 09:00 (GMT); its draft is due with officers on Monday 30 November.
const issue3 = { date: '2026-12-03', sendAt: '2026-12-03T09:00:00.000Z', reviewAt: '2026-11-30T09:00:00.000Z' };

const briefing = (fields: Partial<CycleBriefing> = {}): CycleBriefing => ({
  id: `briefing:${issue3.date}`,
  issueDate: issue3.date,
  status: 'draft',
  sendAt: issue3.sendAt,
  reviewAt: issue3.reviewAt,
  reviewRequestedAt: issue3.reviewAt,
  ...fields,
});

/** Issue 2 (19 November) went out as planned. */
const issue2: CycleBriefing = { id: 'briefing:2026-11-19', issueDate: '2026-11-19', status: 'sent', sendAt: '2026-11-19T09:00:00.000Z' };

const stepsAt = (at: string, briefings: CycleBriefing[]) => dueSteps(new Date(at), [issue2, ...briefings], issuesAt(schedule, new Date(at)));

/** The workflow's effect on stored briefings, reduced to the marks the decision reads. */
function apply(steps: readonly CycleStep[], stored: CycleBriefing[], at: string): CycleBriefing[] {
  let next = [...stored];
  for (const step of steps) {
    if (step.kind === 'draft') {
      next.push({ id: `briefing:${step.issue.date}`, issueDate: step.issue.date, status: 'draft', sendAt: step.issue.sendAt.toISOString(), reviewAt: step.issue.reviewAt.toISOString(), reviewRequestedAt: at });
    } else {
      next = next.map((entry) => {
        if (entry.id !== step.briefingId) return entry;
        if (step.kind === 'send') return { ...entry, status: 'sent' };
        if (step.kind === 'supersede') return { ...entry, status: 'cancelled' };
        if (step.kind === 'request-review') return { ...entry, reviewRequestedAt: at };
        return { ...entry, waitingNoticeAt: at };
      });
    }
  }
  return next;
}

/** Ticks at each of these times (some the same minute twice), applying what was due; every step taken. */
function runTicks(times: readonly string[], stored: CycleBriefing[]): CycleStep[] {
  const taken: CycleStep[] = [];
  let state = stored;
  for (const at of times) {
    const steps = stepsAt(at, state);
    taken.push(...steps);
    state = apply(steps, state, at);
  }
  return taken;
}

describe('what the briefing job does when', () => {
  it('drafts the next issue when its review time comes, not before, and only once', () => {
    expect(stepsAt('2026-11-30T08:59:00Z', [])).toEqual([]);
    const steps = runTicks(['2026-11-30T09:00:00Z', '2026-11-30T09:00:00Z', '2026-11-30T09:01:00Z', '2026-12-01T12:00:00Z'], []);
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ kind: 'draft', issue: { number: 3, date: '2026-12-03' } });
  });

  it('sends an approved briefing at its send time', () => {
    expect(stepsAt('2026-12-03T08:59:00Z', [briefing({ status: 'approved' })])).toEqual([]);
    expect(stepsAt('2026-12-03T09:00:00Z', [briefing({ status: 'approved' })])).toEqual([{ kind: 'send', briefingId: 'briefing:2026-12-03' }]);
  });

  it('catches up a missed send tick once, and never twice', () => {
    // The bot was down at 09:00; it comes back at 11:17, and a tick runs twice in one minute.
    const steps = runTicks(['2026-12-03T11:17:00Z', '2026-12-03T11:17:00Z', '2026-12-03T11:18:00Z', '2026-12-10T09:00:00Z'], [briefing({ status: 'approved' })]);
    expect(steps.filter((step) => step.kind === 'send')).toEqual([{ kind: 'send', briefingId: 'briefing:2026-12-03' }]);
  });

  it('never sends a draft: at its send time the officers are told once, and it waits', () => {
    const steps = runTicks(['2026-12-03T09:00:00Z', '2026-12-03T09:01:00Z', '2026-12-04T09:00:00Z', '2026-12-08T09:00:00Z'], [briefing()]);
    expect(steps).toEqual([{ kind: 'tell-officers-waiting', briefingId: 'briefing:2026-12-03' }]);
  });

  it('an approved briefing that waited goes on the next tick', () => {
    expect(stepsAt('2026-12-05T14:00:00Z', [briefing({ status: 'approved', waitingNoticeAt: '2026-12-03T09:00:00.000Z' })])).toEqual([
      { kind: 'send', briefingId: 'briefing:2026-12-03' },
    ]);
  });

  it('drafts an issue whose whole review window was missed (the bot was down), so officers hear of it', () => {
    expect(stepsAt('2026-12-03T10:00:00Z', [])).toMatchObject([{ kind: 'draft', issue: { date: '2026-12-03' } }]);
  });

  it('sends an officer’s early draft for review when the review window opens', () => {
    const early = briefing({ reviewRequestedAt: undefined });
    expect(stepsAt('2026-11-27T09:00:00Z', [early])).toEqual([]);
    expect(stepsAt('2026-11-30T09:00:00Z', [early])).toEqual([{ kind: 'request-review', briefingId: 'briefing:2026-12-03' }]);
  });

  it('leaves sent, cancelled and recalled briefings alone', () => {
    for (const status of ['sent', 'cancelled', 'recalled'] as const) {
      expect(stepsAt('2026-12-03T12:00:00Z', [briefing({ status, reviewRequestedAt: undefined })])).toEqual([]);
    }
  });

  it('a draft that missed its send time unapproved is replaced when the next issue is drafted, once', () => {
    const waiting = briefing({ waitingNoticeAt: issue3.sendAt });
    // Issue 4 goes out on Thursday 17 December; its draft is due with officers on Monday 14 December.
    const steps = runTicks(['2026-12-14T09:00:00Z', '2026-12-14T09:00:00Z', '2026-12-14T09:01:00Z'], [waiting]);
    expect(steps).toMatchObject([
      { kind: 'draft', issue: { number: 4, date: '2026-12-17' } },
      { kind: 'supersede', briefingId: 'briefing:2026-12-03', byIssueDate: '2026-12-17' },
    ]);
  });

  it('a draft still before its send time is not replaced by a later one an officer started early', () => {
    const later: CycleBriefing = { id: 'briefing:2026-12-17', issueDate: '2026-12-17', status: 'draft', sendAt: '2026-12-17T09:00:00.000Z' };
    expect(stepsAt('2026-12-02T09:00:00Z', [briefing(), later])).toEqual([]);
  });

  it('without a cadence, does only what officers set up: sends what they approved', () => {
    const manual = briefing({ status: 'approved', reviewAt: undefined });
    expect(dueSteps(new Date('2026-12-03T09:00:00Z'), [manual])).toEqual([{ kind: 'send', briefingId: manual.id }]);
    expect(dueSteps(new Date('2026-12-03T09:00:00Z'), [])).toEqual([]);
  });
});
