import type { DeliveryEngine } from '../../platform/proactive/delivery-engine.js';
import { inviteesOf, type Councillor } from './councillors.js';
import { invitationFraming } from './invitation-card.js';
import { recipientsWithAnswers, sessionMessage } from './session-messages.js';
import { describeChanges, type SessionSubmission } from './session-form.js';
import { campaignIds, hasStarted, type SessionDetails, type TrainingSession } from './session.js';
import type { TrainingData } from './training-data.js';

export type WorkflowOutcome =
  | { readonly kind: 'done'; readonly note: string }
  /** The form again: the session changed under the officer (or a problem to show on it). */
  | { readonly kind: 'form'; readonly session: TrainingSession; readonly problems: readonly string[] }
  | { readonly kind: 'refused'; readonly message: string };

const notFound: WorkflowOutcome = { kind: 'refused', message: "I can't find that session any more. Type **sessions** to see the current list." };

/** Creating, editing, publishing and cancelling sessions; every step safe to repeat. */
export class SessionWorkflow {
  constructor(
    private readonly data: TrainingData,
    private readonly delivery: DeliveryEngine,
  ) {}

  async save(tenantId: string, submission: Pick<SessionSubmission, 'sessionId' | 'version'>, details: SessionDetails, by: string, now: Date): Promise<WorkflowOutcome> {
    if (submission.version === 0) return this.create(tenantId, submission.sessionId, details, by, now);
    const current = await this.data.sessions.get(tenantId, submission.sessionId);
    if (!current) return notFound;
    const session = current.value;
    if (session.status === 'cancelled') return { kind: 'refused', message: 'That session was cancelled, so it can no longer be changed.' };
    if (session.status === 'published' && hasStarted(session, now)) {
      return { kind: 'refused', message: 'That session has already started, so it can no longer be changed. You can still record attendance.' };
    }
    const changes = describeChanges(session, details);
    if (session.version !== submission.version) {
      if (changes.length === 0 && sameDetails(session, details)) return { kind: 'done', note: 'Saved ✓' };
      return { kind: 'form', session, problems: ['Someone changed this session after you opened the form. This is how it is now: please make your changes again.'] };
    }
    if (session.status === 'published' && new Date(details.startsAt) <= now) {
      return { kind: 'form', session: { ...session, ...details }, problems: ['A published session cannot be moved to a time that has passed.'] };
    }
    const published = session.status === 'published';
    const next: TrainingSession = {
      ...session,
      ...details,
      version: session.version + 1,
      updatedAt: now.toISOString(),
      untoldChanges: published && changes.length > 0 ? [...new Set([...(session.untoldChanges ?? []), ...changes])] : session.untoldChanges,
    };
    if (!(await this.data.sessions.replaceIfUnchanged(next, current.etag))) {
      const latest = await this.data.sessions.get(tenantId, session.id);
      return latest ? { kind: 'form', session: latest.value, problems: ['Someone changed this session while you were saving. This is how it is now: please make your changes again.'] } : notFound;
    }
    if (!published) return { kind: 'done', note: `Saved "${next.title}" ✓ It is a draft until you publish it.` };
    const newlyInvited = await this.inviteNewcomers(next, now);
    const told = changes.length > 0 ? ' The invitees will be told what changed, and their invitations updated, within a minute.' : '';
    const widened = newlyInvited > 0 ? ` ${newlyInvited} more ${newlyInvited === 1 ? 'member is' : 'members are'} now invited.` : '';
    return { kind: 'done', note: `Saved "${next.title}" ✓${told}${widened}` };
  }

  /** Sends the invitations. Publishing twice (a double click) sends nothing twice. */
  async publish(tenantId: string, sessionId: string, now: Date): Promise<WorkflowOutcome> {
    const current = await this.data.sessions.get(tenantId, sessionId);
    if (!current) return notFound;
    const session = current.value;
    if (session.status === 'cancelled') return { kind: 'refused', message: 'That session was cancelled, so it cannot be published.' };
    if (session.status === 'published') return { kind: 'done', note: `"${session.title}" is already published; invitations have gone out.` };
    if (hasStarted(session, now)) return { kind: 'refused', message: 'That session has already started, so there is no point inviting anyone. You can record attendance for it.' };

    const published: TrainingSession = {
      ...session,
      status: 'published',
      publishedAt: now.toISOString(),
      updatedAt: now.toISOString(),
      invitationCampaignIds: [campaignIds.invitation(session.id)],
    };
    const invitees = inviteesOf(published, await this.data.councillors(tenantId, now)).map((councillor) => councillor.memberId);
    await this.data.attendance.recordInvitations(tenantId, session.id, invitees, now);
    await this.delivery.createCampaign({
      id: campaignIds.invitation(session.id),
      tenantId,
      purpose: 'training-invitation',
      message: sessionMessage(published, now, invitationFraming),
      recipients: recipientsWithAnswers(published, invitees, await this.data.attendance.forSession(tenantId, session.id), now),
    });
    await this.data.sessions.update(tenantId, session.id, (latest) =>
      latest.status === 'draft' ? { ...latest, status: 'published', publishedAt: published.publishedAt, updatedAt: published.updatedAt, invitationCampaignIds: published.invitationCampaignIds } : undefined,
    );
    if (invitees.length === 0) {
      return { kind: 'done', note: `Published "${session.title}". Nobody in its audience has the app yet, so no invitations were sent; members will see it when they type **training**.` };
    }
    return { kind: 'done', note: `Published "${session.title}": invitations are on their way to ${invitees.length} ${invitees.length === 1 ? 'member' : 'members'}.` };
  }

  async cancel(tenantId: string, sessionId: string, note: string, now: Date): Promise<WorkflowOutcome> {
    const current = await this.data.sessions.get(tenantId, sessionId);
    if (!current) return notFound;
    if (current.value.status === 'cancelled') return { kind: 'done', note: `"${current.value.title}" is already cancelled.` };
    if (hasStarted(current.value, now)) return { kind: 'refused', message: 'That session has already started, so it cannot be cancelled.' };
    const cancelled = await this.data.sessions.update(tenantId, sessionId, (session) =>
      session.status === 'cancelled'
        ? undefined
        : {
            ...session,
            status: 'cancelled',
            cancelledAt: now.toISOString(),
            cancellationNote: note || undefined,
            version: session.version + 1,
            updatedAt: now.toISOString(),
            untoldChanges: session.status === 'published' ? ['cancelled'] : undefined,
          },
    );
    const told = current.value.status === 'published' ? ' The invitees will be told, and their invitations updated, within a minute.' : '';
    return { kind: 'done', note: `Cancelled "${cancelled?.title ?? current.value.title}".${told}` };
  }

  private async create(tenantId: string, sessionId: string, details: SessionDetails, by: string, now: Date): Promise<WorkflowOutcome> {
    const session: TrainingSession = {
      id: sessionId,
      tenantId,
      kind: 'session',
      ...details,
      status: 'draft',
      createdAt: now.toISOString(),
      createdBy: by,
      updatedAt: now.toISOString(),
      version: 1,
      invitationCampaignIds: [],
    };
    if (!(await this.data.sessions.create(session))) {
      const existing = await this.data.sessions.get(tenantId, sessionId);
      if (!existing) return notFound;
      // The same form saved twice (a double click or a retry) changes nothing; a changed form saved again edits the session.
      if (describeChanges(existing.value, details).length === 0 && sameDetails(existing.value, details)) {
        return { kind: 'done', note: `Saved "${details.title}" ✓ It is a draft until you publish it.` };
      }
      return { kind: 'form', session: existing.value, problems: ['This form was saved already. This is the session as saved: make your changes and save again.'] };
    }
    const past = hasStarted(session, now) ? ' It is in the past, so you can record attendance for it straight away.' : ' It is a draft until you publish it.';
    return { kind: 'done', note: `Saved "${session.title}" ✓${past}` };
  }

  /**
   * Invites members of a published session's audience who have had nothing about it yet: those
   * an edit brought into the audience, who installed the app or took a role since. Each gets their
   * own campaign, sent before they are marked invited, so repeating this never invites anyone twice.
   * `councillors`, when given, saves reading the tenant's members again for each of its sessions.
   */
  async inviteNewcomers(session: TrainingSession, now: Date, councillors?: readonly Councillor[]): Promise<number> {
    const records = await this.data.attendance.forSession(session.tenantId, session.id);
    const known = new Set(records.map((record) => record.memberId));
    const newcomers = inviteesOf(session, councillors ?? (await this.data.councillors(session.tenantId, now)))
      .map((councillor) => councillor.memberId)
      .filter((memberId) => !known.has(memberId));
    if (newcomers.length === 0) return 0;
    const message = sessionMessage(session, now, invitationFraming);
    for (const memberId of newcomers) {
      await this.delivery.createCampaign({
        id: campaignIds.newcomerInvitation(session.id, memberId),
        tenantId: session.tenantId,
        purpose: 'training-invitation',
        message,
        recipients: recipientsWithAnswers(session, [memberId], records, now),
      });
    }
    const campaigns = newcomers.map((memberId) => campaignIds.newcomerInvitation(session.id, memberId));
    await this.data.sessions.update(session.tenantId, session.id, (latest) => {
      const added = campaigns.filter((id) => !latest.invitationCampaignIds.includes(id));
      return added.length === 0 ? undefined : { ...latest, invitationCampaignIds: [...latest.invitationCampaignIds, ...added] };
    });
    await this.data.attendance.recordInvitations(session.tenantId, session.id, newcomers, now);
    return newcomers.length;
  }
}

function sameDetails(session: TrainingSession, details: SessionDetails): boolean {
  return (
    session.capacity === details.capacity &&
    session.countsAsCorporateParenting === details.countsAsCorporateParenting &&
    session.audienceRoles.join(',') === details.audienceRoles.join(',')
  );
}
