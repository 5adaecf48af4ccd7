import { DateTime } from 'luxon';
import type { Logger } from '../../platform/logger.js';
import { councilTimeZone, formatLondonDateTime, londonClockTime, londonDateOf } from '../../platform/london-time.js';
import type { CampaignMessage, CampaignReport } from '../../platform/proactive/campaign.js';
import type { DeliveryEngine } from '../../platform/proactive/delivery-engine.js';
import type { Versioned } from '../../platform/proactive/delivery-ledger.js';
import type { Article } from '../answers/article.js';
import type { MemberRepository } from '../members/member-repository.js';
import type { TrainingView } from '../training/training-view.js';
import { briefingAudience, reachableOfficers } from './briefing-audience.js';
import { editorCardData, issueCardData } from './briefing-cards.js';
import { dueSteps } from './briefing-cycle.js';
import { articlesReviewedBetween, carriedItems, draftBriefing } from './briefing-draft.js';
import { reportRows, type ReportRow } from './briefing-report.js';
import type { BriefingRepository } from './briefing-repository.js';
import { verdictFor, type OfficerAction, type Verdict } from './briefing-rules.js';
import { issueNumbered, issuesAt, type BriefingSchedule, type Issue } from './briefing-schedule.js';
import {
  briefingCampaignId,
  briefingIdFor,
  reviewCampaignId,
  waitingCampaignId,
  type Briefing,
  type BriefingItem,
} from './briefing.js';

export interface BriefingWorkflowDependencies {
  readonly repository: BriefingRepository;
  readonly members: MemberRepository;
  readonly delivery: DeliveryEngine;
  readonly training: TrainingView;
  readonly articles: readonly Pick<Article, 'title' | 'reviewed'>[];
  /** Without one there is no automatic cycle: officers draft and send by hand. */
  readonly schedule?: BriefingSchedule;
  readonly sendTime: string;
  readonly adminAadObjectIds: readonly string[];
  /** The team channel that also gets each briefing (`channel:<teamId>`), if one is configured. */
  readonly teamChannelRecipient?: string;
  readonly logger: Logger;
}

/** An officer's change: what the verdict allowed, and the briefing as it now stands. */
export type ActionResult = { readonly verdict: Verdict; readonly briefing: Briefing } | { readonly verdict: Verdict; readonly briefing?: undefined };

const fourWeeksInDays = 28;

/** The briefing's life: draft, review, approval, sending, editing and recalling — everything but the Teams cards. */
export class BriefingWorkflow {
  constructor(private readonly deps: BriefingWorkflowDependencies) {}

  /** One scheduler tick for a tenant: does whatever is due, each step once. */
  async runCycle(tenantId: string, now: Date): Promise<void> {
    const issues = this.deps.schedule ? issuesAt(this.deps.schedule, now) : undefined;
    const dates = [issues?.current?.date, issues?.next.date].filter((date): date is string => date !== undefined);
    const briefings = await this.deps.repository.cycleBriefings(tenantId, dates);
    const drafted: Briefing[] = [];
    for (const step of dueSteps(now, briefings, issues)) {
      if (step.kind === 'draft') {
        drafted.push(await this.draft(tenantId, step.issue, 'auto', now));
      } else if (step.kind === 'supersede') {
        await this.supersede(tenantId, step.briefingId, briefingIdFor(step.byIssueDate), now);
      } else {
        const briefing = briefings.find((candidate) => candidate.id === step.briefingId)!;
        if (step.kind === 'request-review') await this.requestReview(briefing, now);
        else if (step.kind === 'tell-officers-waiting') await this.tellOfficersWaiting(briefing, now);
        else await this.send(tenantId, briefing.id, now);
      }
    }
    // After any superseding, so the officers review the draft with what it took over.
    for (const briefing of drafted) await this.requestReview((await this.deps.repository.get(tenantId, briefing.id))?.value ?? briefing, now);
  }

  /**
   * A draft that missed its send time unapproved gives way to the later issue: the later draft takes
   * over the items officers wrote in it, and it is cancelled, so the two can never both go out.
   */
  async supersede(tenantId: string, replacedId: string, laterId: string, now: Date): Promise<void> {
    const replaced = (await this.deps.repository.get(tenantId, replacedId))?.value;
    if (replaced?.status !== 'draft') return;
    const later = (await this.deps.repository.get(tenantId, laterId))?.value;
    if (later?.status === 'draft') {
      await this.mark(later, (current) => {
        const items = carriedItems(replaced, current);
        if (items.length === 0 && current.replacesIssueNumber === replaced.issueNumber) return undefined;
        // A new revision: an editor card opened before this cannot save over what was taken over.
        return { ...current, items: [...current.items, ...items], replacesIssueNumber: replaced.issueNumber, revision: current.revision + (items.length > 0 ? 1 : 0) };
      });
    }
    await this.mark(replaced, (current) =>
      current.status === 'draft' ? { ...current, status: 'cancelled', cancelledAt: now.toISOString(), supersededBy: laterId, updatedAt: now.toISOString() } : undefined,
    );
  }

  /** The draft or approved briefing officers should look at next, drafting the next issue if there is none. */
  async openOrDraftNext(tenantId: string, officerId: string, now: Date): Promise<{ briefing: Briefing; drafted: boolean }> {
    const open = (await this.deps.repository.cycleBriefings(tenantId, [])).sort((a, b) => a.issueDate.localeCompare(b.issueDate))[0];
    if (open) return { briefing: open, drafted: false };
    return { briefing: await this.draft(tenantId, await this.nextFreeIssue(tenantId, now), officerId, now), drafted: true };
  }

  /** Drafts the issue from what the bot knows; if it exists already (another tick, another officer), that one. */
  async draft(tenantId: string, issue: Issue, draftedBy: string, now: Date): Promise<Briefing> {
    const { training, repository } = this.deps;
    const sendAt = DateTime.fromJSDate(issue.sendAt, { zone: councilTimeZone });
    const lastSent = await repository.latest(tenantId, ['sent']);
    const since = lastSent?.issueDate ?? sendAt.minus({ days: 14 }).toISODate()!;
    const content = draftBriefing({
      issueNumber: issue.number,
      sessions: await training.sessionsStartingBetween(tenantId, issue.sendAt, sendAt.plus({ days: fourWeeksInDays }).toJSDate()),
      articles: articlesReviewedBetween(this.deps.articles, since, londonDateOf(now)),
      complianceHeadline: await training.complianceHeadline(tenantId, now),
    });
    const at = now.toISOString();
    const briefing: Briefing = {
      id: briefingIdFor(issue.date),
      kind: 'briefing',
      tenantId,
      issueDate: issue.date,
      issueNumber: issue.number,
      ...content,
      status: 'draft',
      sendAt: issue.sendAt.toISOString(),
      ...(this.deps.schedule ? { reviewAt: issue.reviewAt.toISOString() } : {}),
      // An officer drafting it in the review window is reviewing it: no need to send it to them too.
      ...(draftedBy !== 'auto' && issue.reviewAt <= now ? { reviewRequestedAt: at } : {}),
      revision: 0,
      draftedAt: at,
      draftedBy,
      updatedAt: at,
    };
    if (await repository.create(briefing)) return briefing;
    return (await repository.get(tenantId, briefing.id))!.value;
  }

  /** Sends the draft to the officers, once; if its send time has passed, says so (and that it waits). */
  async requestReview(briefing: Briefing, now: Date): Promise<void> {
    const late = briefing.sendAt <= now.toISOString();
    const note = late
      ? `This briefing was due out ${formatLondonDateTime(briefing.sendAt)} and has not been approved, so it has not gone to members. It waits until an officer approves it.`
      : `Here is the draft of the next member briefing, for you to check. Nothing goes to members until an officer approves it.` +
        (briefing.replacesIssueNumber
          ? ` It replaces issue ${briefing.replacesIssueNumber}, which was never approved and will not go out; any items officers had written for it are included here.`
          : '');
    await this.tellOfficers(briefing, reviewCampaignId(briefing), 'briefing-review', {
      kind: 'card',
      template: 'briefings-editor',
      data: editorCardData(briefing, now, { note: { text: note, tone: late ? 'warning' : 'good' } }),
    });
    await this.mark(briefing, (current) =>
      current.reviewRequestedAt ? undefined : { ...current, reviewRequestedAt: now.toISOString(), ...(late ? { waitingNoticeAt: now.toISOString() } : {}) },
    );
  }

  /** Its send time passed unapproved: the officers hear it once, and it waits. */
  async tellOfficersWaiting(briefing: Briefing, now: Date): Promise<void> {
    await this.tellOfficers(briefing, waitingCampaignId(briefing), 'briefing-waiting', {
      kind: 'text',
      text:
        `The member briefing due out ${formatLondonDateTime(briefing.sendAt)} has not been approved, so it has not gone to members. ` +
        'It will wait until an officer approves it: type **briefing draft** to check it and approve it, or cancel it.',
    });
    await this.mark(briefing, (current) => (current.waitingNoticeAt ? undefined : { ...current, waitingNoticeAt: now.toISOString() }));
  }

  /**
   * Sends an approved briefing to every subscribed member the bot can reach, once: the campaign id is
   * deterministic, and it is recorded as sent only after the campaign exists.
   */
  async send(tenantId: string, briefingId: string, now: Date): Promise<Briefing | undefined> {
    for (;;) {
      const current = await this.deps.repository.get(tenantId, briefingId);
      if (!current || current.value.status !== 'approved') return current?.value;
      const briefing = current.value;
      const audience = briefingAudience(await this.deps.members.listByTenant(tenantId));
      const campaignId = briefingCampaignId(briefing);
      await this.deps.delivery.createCampaign({
        id: campaignId,
        tenantId,
        purpose: 'briefing',
        message: issueMessage(briefing),
        recipients: [...audience.recipients, ...(this.deps.teamChannelRecipient ? [this.deps.teamChannelRecipient] : [])].map((memberId) => ({ memberId })),
      });
      const sent: Briefing = {
        ...briefing,
        status: 'sent',
        campaignId,
        sentAt: now.toISOString(),
        recipientCount: audience.recipients.length,
        unsubscribedCount: audience.unsubscribed,
        leftOut: audience.leftOut,
        updatedAt: now.toISOString(),
      };
      if (await this.deps.repository.replaceIfUnchanged(sent, current.etag)) return sent;
      const latest = await this.deps.repository.get(tenantId, briefingId);
      if (latest?.value.status === 'approved' && latest.value.revision === briefing.revision) continue;
      if (latest?.value.campaignId !== campaignId) {
        // Withdrawn or changed while we were sending: take back whatever went out.
        await this.deps.delivery.deleteSent(campaignId);
      }
      return latest?.value;
    }
  }

  /** An officer's change, if the approval rules allow it on the briefing as it is now. */
  async act(
    tenantId: string,
    briefingId: string,
    action: OfficerAction,
    cardRevision: number,
    by: { officerId: string; now: Date },
    change: (briefing: Briefing) => Briefing,
  ): Promise<ActionResult> {
    for (;;) {
      const current = await this.deps.repository.get(tenantId, briefingId);
      if (!current) return { verdict: { kind: 'refused', message: 'I cannot find that briefing any more.' } };
      const verdict = verdictFor(current.value, action, cardRevision);
      if (verdict.kind !== 'go') return { verdict, briefing: current.value };
      const next: Briefing = {
        ...change(current.value),
        revision: current.value.revision + 1,
        updatedAt: by.now.toISOString(),
        updatedBy: by.officerId,
      };
      if (await this.deps.repository.replaceIfUnchanged(next, current.etag)) return { verdict, briefing: next };
    }
  }

  /** Edits the cards already in members' chats; members who acknowledged keep their tick. */
  async updateSentCards(briefing: Briefing): Promise<{ updated: number; failed: number }> {
    const acknowledgements = new Map((await this.deps.repository.acknowledgements(briefing)).map((ack) => [ack.memberId, ack.at]));
    return this.deps.delivery.updateSent(briefing.campaignId!, issueMessage(briefing), (memberId) => {
      const acknowledgedAt = acknowledgements.get(memberId);
      return acknowledgedAt ? issueCardData(briefing, { acknowledgedAt }) : undefined;
    });
  }

  /** Deletes the briefing's cards from members' chats (and cancels any still to send). */
  recallSentCards(briefing: Briefing): Promise<{ deleted: number; failed: number }> {
    return this.deps.delivery.deleteSent(briefing.campaignId!);
  }

  /** Each member's outcome for a sent (or recalled) briefing, live from the delivery ledger. */
  async reportRows(briefing: Briefing): Promise<{ delivery: CampaignReport; rows: ReportRow[] }> {
    const delivery = await this.deps.delivery.report(briefing.campaignId!);
    const acknowledgements = await this.deps.repository.acknowledgements(briefing);
    const members = await this.deps.members.listByTenant(briefing.tenantId);
    return { delivery, rows: reportRows(briefing, delivery, acknowledgements, members) };
  }

  /** The next issue with no briefing yet: the cadence's, or without one, the next send time from today. */
  private async nextFreeIssue(tenantId: string, now: Date): Promise<Issue> {
    const { schedule, repository } = this.deps;
    const newest = await repository.newest(tenantId);
    for (let step = 0; ; step += 1) {
      const issue = schedule
        ? issueNumbered(schedule, issuesAt(schedule, now).next.number + step)
        : this.uncadencedIssue(now, step, (newest?.issueNumber ?? 0) + 1);
      if (!(await repository.get(tenantId, briefingIdFor(issue.date)))) return issue;
    }
  }

  private uncadencedIssue(now: Date, daysAhead: number, number: number): Issue {
    const today = DateTime.fromJSDate(now, { zone: councilTimeZone });
    const todayAt = londonClockTime(today.toISODate()!, this.deps.sendTime)!;
    const day = today.plus({ days: daysAhead + (todayAt <= now ? 1 : 0) }).toISODate()!;
    const sendAt = londonClockTime(day, this.deps.sendTime)!;
    return { number, date: day, sendAt, reviewAt: now };
  }

  private async tellOfficers(briefing: Briefing, campaignId: string, purpose: string, message: CampaignMessage): Promise<void> {
    const officers = reachableOfficers(await this.deps.members.listByTenant(briefing.tenantId), this.deps.adminAadObjectIds);
    if (officers.length === 0) {
      this.deps.logger.warn({ briefingId: briefing.id, purpose }, 'no member development officer can be reached about the briefing');
      return;
    }
    await this.deps.delivery.createCampaign({
      id: campaignId,
      tenantId: briefing.tenantId,
      purpose,
      message,
      recipients: officers.map((officer) => ({ memberId: officer.id })),
    });
  }

  /** The bot's own bookkeeping on a briefing (no revision bump: officers' open cards stay current). */
  private async mark(briefing: Briefing, change: (current: Briefing) => Briefing | undefined): Promise<void> {
    for (;;) {
      const current: Versioned<Briefing> | undefined = await this.deps.repository.get(briefing.tenantId, briefing.id);
      const next = current && change(current.value);
      if (!current || !next || (await this.deps.repository.replaceIfUnchanged(next, current.etag))) return;
    }
  }
}

/** The campaign message of a briefing: its card, with each member's data merged in by the delivery engine. */
export function issueMessage(briefing: Briefing): CampaignMessage {
  return { kind: 'card', template: 'briefings-issue', data: issueCardData(briefing) };
}

export interface BriefingContent {
  readonly title: string;
  readonly items: readonly BriefingItem[];
  readonly sendAt?: Date;
}

/** What the officers' editor saves: content, and for a draft, when it goes. */
export function withContent(briefing: Briefing, content: BriefingContent | undefined): Briefing {
  if (!content) return briefing;
  return { ...briefing, title: content.title, items: content.items, ...(content.sendAt ? { sendAt: content.sendAt.toISOString() } : {}) };
}

/** True when saving the content would change nothing (a second click on Save, say). */
export function hasSameContent(briefing: Briefing, content: BriefingContent): boolean {
  return JSON.stringify(withContent(briefing, content)) === JSON.stringify(briefing);
}
