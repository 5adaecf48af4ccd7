import type { Logger } from '../../platform/logger.js';
import type { DeliveryEngine } from '../../platform/proactive/delivery-engine.js';
import type { ScheduledJob } from '../../platform/scheduler/scheduled-job.js';
import type { SessionSummary, TrainingView } from '../training/training-view.js';
import { formCardData, lastDayText } from './evaluation-cards.js';
import type { EvaluationRepository, SessionEvaluation } from './evaluation-repository.js';
import {
  chaserDueAt,
  chaserRecipients,
  dueChasers,
  evaluationTimes,
  isOpen,
  type ChaserKind,
  type EvaluationSettings,
} from './evaluation-schedule.js';
import { memberKeyOf } from './member-key.js';

export interface EvaluationSenderSettings extends EvaluationSettings {
  readonly hashSecret: string;
  readonly freeTextMaxChars: number;
}

/** Deterministic campaign ids: recording attendance twice, or a tick running twice, sends nothing twice. */
export const formCampaignId = (sessionId: string, memberId: string) => `evaluation-form:${sessionId}:${memberId}`;
const chaserCampaignId = (sessionId: string, kind: ChaserKind) => `evaluation-chaser:${sessionId}:${kind}`;

const chaserNotice = (evaluation: SessionEvaluation, kind: ChaserKind) =>
  kind === 'first'
    ? "A gentle reminder: we haven't had your evaluation of this session yet. It only takes a couple of minutes."
    : `Last reminder: this evaluation closes at the end of tomorrow, ${lastDayText(evaluation)}.`;

/** Sends the form to attendees and reminds those who have not answered; everything through the delivery engine. */
export class EvaluationSender {
  constructor(
    private readonly repository: EvaluationRepository,
    private readonly training: TrainingView,
    private readonly delivery: DeliveryEngine,
    private readonly settings: EvaluationSenderSettings,
    private readonly logger: Logger,
  ) {}

  /** Attendance was recorded: each attendee gets the form once, however often this is called. */
  async sendForms(session: SessionSummary, memberIds: readonly string[], now: Date): Promise<void> {
    if (session.status === 'cancelled') return;
    const times = evaluationTimes(session, this.settings);
    if (!isOpen(times, now)) {
      this.logger.info({ sessionId: session.id }, 'attendance recorded after the evaluation closed; no forms sent');
      return;
    }
    const evaluation = await this.repository.open({
      sessionId: session.id,
      tenantId: session.tenantId,
      title: session.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      times,
      createdAt: now.toISOString(),
    });
    const data = formCardData(evaluation, this.settings.freeTextMaxChars);
    for (const memberId of new Set(memberIds)) {
      // The invitation is recorded first: if we stop in between, the next call still sends the form.
      await this.repository.invite(evaluation, memberKeyOf(this.settings.hashSecret, memberId), now);
      await this.delivery.createCampaign({
        id: formCampaignId(session.id, memberId),
        tenantId: session.tenantId,
        purpose: 'evaluation-form',
        message: { kind: 'card', template: 'evaluations-form', data },
        recipients: [{ memberId }],
      });
    }
  }

  readonly chaserJob: ScheduledJob = {
    name: 'evaluation-chasers',
    run: async (now) => {
      for (const evaluation of await this.repository.openAt(now)) {
        for (const kind of dueChasers(evaluation.times, evaluation.chasersSent, now)) {
          await this.sendChaser(evaluation, kind, now);
        }
      }
    },
  };

  private async sendChaser(evaluation: SessionEvaluation, kind: ChaserKind, now: Date): Promise<void> {
    const [attendeeIds, invitations, responses] = await Promise.all([
      this.training.attendees(evaluation.tenantId, evaluation.sessionId),
      this.repository.invitations(evaluation.sessionId),
      this.repository.responses(evaluation.sessionId),
    ]);
    const recipients = chaserRecipients(
      attendeeIds.map((memberId) => ({ memberId, memberKey: memberKeyOf(this.settings.hashSecret, memberId) })),
      new Map(invitations.map((invitation) => [invitation.memberKey, invitation.invitedAt])),
      new Set(responses.map((response) => response.memberKey)),
      chaserDueAt(evaluation.times, kind),
    );
    if (recipients.length > 0) {
      await this.delivery.createCampaign({
        id: chaserCampaignId(evaluation.sessionId, kind),
        tenantId: evaluation.tenantId,
        purpose: 'evaluation-chaser',
        message: {
          kind: 'card',
          template: 'evaluations-form',
          data: formCardData(evaluation, this.settings.freeTextMaxChars, { notice: chaserNotice(evaluation, kind) }),
        },
        recipients: recipients.map((memberId) => ({ memberId })),
      });
    }
    await this.repository.markChaserSent(evaluation.sessionId, kind, now);
  }
}
