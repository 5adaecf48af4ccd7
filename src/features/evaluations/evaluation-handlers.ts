import { z } from 'zod';
import { cardAction, type CardActionHandler, type CardActionOutcome } from '../../platform/bot/card-actions.js';
import type { TextCommand } from '../../platform/bot/text-commands.js';
import type { Turn } from '../../platform/bot/turn.js';
import type { SignedExports } from '../../platform/http/signed-exports.js';
import type { AdminPolicy } from '../members/admin-policy.js';
import { adminCardAction, adminCommand } from '../members/require-admin.js';
import type { TrainingView } from '../training/training-view.js';
import { closedCard, formCard, sessionsCard, summaryCard, thanksCard } from './evaluation-cards.js';
import { evaluationExportKind } from './evaluation-export.js';
import type { EvaluationRepository, SessionEvaluation } from './evaluation-repository.js';
import { isOpen } from './evaluation-schedule.js';
import { parseAnswers, sessionActionSchema, type SessionAction } from './evaluation-submission.js';
import { summariseEvaluations } from './evaluation-summary.js';
import { memberKeyOf } from './member-key.js';

export interface EvaluationHandlerSettings {
  readonly hashSecret: string;
  readonly freeTextMaxChars: number;
  readonly minResponsesForFreeText: number;
}

export const unknownSessionText =
  "Sorry, I can't find an evaluation for that session, so nothing has been saved. Type **evaluations** to see the forms waiting for you.";
export const notAnAttendeeText =
  "Sorry, this evaluation is for members recorded as attending the session, so I haven't saved anything. If you were there, please ask Democratic Services to update the attendance record.";

/** Forms members can open at once from the `evaluations` command; older ones follow when these are done. */
const formsPerReply = 5;
const maxSessionsPerSummary = 20;

const summaryRequestSchema = z.object({
  sessionIds: z
    .string()
    .max(4000)
    .transform((ids) => [...new Set(ids.split(',').map((id) => id.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(200)).min(1).max(maxSessionsPerSummary)),
});

/** The Teams-facing side of evaluations: the member's forms and the officer's summaries. */
export class EvaluationHandlers {
  constructor(
    private readonly repository: EvaluationRepository,
    private readonly training: TrainingView,
    private readonly adminPolicy: AdminPolicy,
    private readonly exports: SignedExports,
    private readonly settings: EvaluationHandlerSettings,
  ) {}

  private keyOf(turn: Turn): string {
    return memberKeyOf(this.settings.hashSecret, turn.member.memberId);
  }

  readonly pendingCommand: TextCommand = {
    name: 'evaluations',
    aliases: ['evaluation', 'my evaluations', 'evaluation forms', 'feedback forms'],
    description: 'Evaluation forms for sessions you attended that are waiting for your answers',
    run: async (turn) => {
      const pending = await this.pendingFor(turn);
      if (pending.length === 0) {
        await turn.send({ text: "You're all up to date — there are no evaluation forms waiting for you. Thank you!" });
        return;
      }
      await turn.send({
        text: pending.length === 1 ? 'You have one evaluation form to complete:' : `You have ${pending.length} evaluation forms to complete. Here are the most recent:`,
      });
      for (const evaluation of pending.slice(0, formsPerReply)) {
        await turn.send({ card: formCard(evaluation, this.settings.freeTextMaxChars) });
      }
    },
  };

  /** Open evaluations this member was sent and has not answered, newest first. */
  private async pendingFor(turn: Turn): Promise<SessionEvaluation[]> {
    const key = this.keyOf(turn);
    const invitations = await this.repository.invitationsOf(turn.member.tenantId, key);
    const candidates = await Promise.all(
      invitations.map(async ({ sessionId }) => {
        const evaluation = await this.repository.evaluation(sessionId);
        if (!evaluation || !isOpen(evaluation.times, turn.now)) return undefined;
        return (await this.repository.response(sessionId, key)) ? undefined : evaluation;
      }),
    );
    return candidates.filter((evaluation): evaluation is SessionEvaluation => evaluation !== undefined);
  }

  /**
   * The checks every form button passes first: the session's evaluation exists in the member's tenant
   * and they attended. Closed evaluations get the closed card.
   */
  private async attendedEvaluation(turn: Turn, sessionId: string): Promise<SessionEvaluation | { outcome: CardActionOutcome }> {
    const evaluation = await this.repository.evaluation(sessionId);
    if (!evaluation || evaluation.tenantId !== turn.member.tenantId) return { outcome: { message: unknownSessionText } };
    const attendees = await this.training.attendees(evaluation.tenantId, evaluation.sessionId);
    if (!attendees.includes(turn.member.memberId)) return { outcome: { message: notAnAttendeeText } };
    if (!isOpen(evaluation.times, turn.now)) {
      return { outcome: { card: closedCard(evaluation, await this.repository.response(sessionId, this.keyOf(turn))) } };
    }
    return evaluation;
  }

  readonly submit: CardActionHandler = cardAction({
    verb: 'evaluations.submit',
    schema: sessionActionSchema,
    run: async (turn, data: SessionAction) => {
      const evaluation = await this.attendedEvaluation(turn, data.sessionId);
      if ('outcome' in evaluation) return evaluation.outcome;
      const parsed = parseAnswers(data, this.settings.freeTextMaxChars);
      if ('problem' in parsed) return { message: `${parsed.problem} Nothing has been saved yet.` };
      const key = this.keyOf(turn);
      // Attendees whose form came another way (e.g. `evaluations`) still count as invited.
      await this.repository.invite(evaluation, key, turn.now);
      const { response } = await this.repository.saveResponse(evaluation, key, parsed.answers, turn.now);
      return { card: thanksCard(evaluation, response) };
    },
  });

  /** "Change my answers": the form again, filled in with what the member sent. */
  readonly open: CardActionHandler = cardAction({
    verb: 'evaluations.open',
    schema: sessionActionSchema,
    run: async (turn, data: SessionAction) => {
      const evaluation = await this.attendedEvaluation(turn, data.sessionId);
      if ('outcome' in evaluation) return evaluation.outcome;
      const response = await this.repository.response(evaluation.sessionId, this.keyOf(turn));
      return { card: formCard(evaluation, this.settings.freeTextMaxChars, { answers: response?.answers }) };
    },
  });

  summaryCommand(): TextCommand {
    return adminCommand(this.adminPolicy, {
      name: 'evaluation summary',
      aliases: ['evaluation summaries', 'evaluation results', 'evaluation report'],
      description: 'Summaries of session evaluations, for one session or several combined, with a CSV download',
      run: async (turn) => {
        const outcome = await this.chooseSessions(turn);
        await turn.send('card' in outcome ? { card: outcome.card } : { text: outcome.message });
      },
    });
  }

  get choose(): CardActionHandler {
    return adminCardAction(this.adminPolicy, {
      verb: 'evaluations.choose',
      schema: z.object({}),
      run: (turn) => this.chooseSessions(turn),
    });
  }

  private async chooseSessions(turn: Turn): Promise<CardActionOutcome> {
    const evaluations = await this.repository.ofTenant(turn.member.tenantId);
    if (evaluations.length === 0) {
      return { message: 'There are no session evaluations yet. The form goes to members when their attendance at a session is recorded.' };
    }
    return { card: sessionsCard(evaluations, await this.repository.countsOf(turn.member.tenantId)) };
  }

  get summary(): CardActionHandler {
    return adminCardAction(this.adminPolicy, {
      verb: 'evaluations.summary',
      schema: summaryRequestSchema,
      run: async (turn, { sessionIds }: z.infer<typeof summaryRequestSchema>) => {
        const evaluations = await this.repository.evaluationsOf(turn.member.tenantId, sessionIds);
        if (evaluations.length !== sessionIds.length) {
          return { message: "Sorry, I couldn't find some of those sessions. Type **evaluation summary** to choose again." };
        }
        const perSession = await Promise.all(
          evaluations.map(async (evaluation) => ({
            responses: await this.repository.responses(evaluation.sessionId),
            invited: (await this.repository.invitations(evaluation.sessionId)).length,
          })),
        );
        const summary = summariseEvaluations({
          sessions: evaluations,
          responses: perSession.flatMap((session) => session.responses.map((response) => response.answers)),
          invited: perSession.reduce((total, session) => total + session.invited, 0),
          minResponsesForFreeText: this.settings.minResponsesForFreeText,
        });
        const downloadUrl = this.exports.link(evaluationExportKind, { tenantId: turn.member.tenantId, sessionIds: sessionIds.join(',') }, turn.now);
        return { card: summaryCard(summary, this.settings.minResponsesForFreeText, downloadUrl) };
      },
    });
  }
}
