import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { TrainingSettings } from '../../config.js';
import type { CardActionHandler, CardActionOutcome } from '../../platform/bot/card-actions.js';
import type { TextCommand } from '../../platform/bot/text-commands.js';
import type { Turn } from '../../platform/bot/turn.js';
import type { SignedExports } from '../../platform/http/signed-exports.js';
import type { DeliveryEngine } from '../../platform/proactive/delivery-engine.js';
import type { AdminPolicy } from '../members/admin-policy.js';
import { adminCommand } from '../members/require-admin.js';
import { adminCardAction } from '../members/require-admin.js';
import { attendanceCard, attendanceChoices, attendanceSubmissionSchema, offeredIds } from './attendance-form.js';
import type { AttendanceWorkflow } from './attendance-workflow.js';
import { cancelCard, cancelSubmissionSchema } from './cancel-form.js';
import { sessionActionSchema } from './card-fields.js';
import { complianceAt } from './compliance.js';
import { complianceExportKind } from './compliance-export.js';
import { displayName } from './councillors.js';
import { importCard, importSubmissionSchema } from './import-form.js';
import type { ImportWorkflow } from './import-workflow.js';
import { repliesCard } from './replies-card.js';
import { reportCard, reportRequestSchema } from './report-card.js';
import { detailsFromSubmission, formValuesFromSubmission, formValuesOf, sessionFormCard, sessionSubmissionSchema } from './session-form.js';
import { londonDateOf, startOfLondonDay } from '../../platform/london-time.js';
import { hasStarted, type TrainingSession } from './session.js';
import type { SessionWorkflow, WorkflowOutcome } from './session-workflow.js';
import { sessionsCard } from './sessions-card.js';
import type { TrainingData } from './training-data.js';

export interface OfficerHandlerDependencies {
  readonly data: TrainingData;
  readonly sessions: SessionWorkflow;
  readonly attendance: AttendanceWorkflow;
  readonly imports: ImportWorkflow;
  readonly delivery: DeliveryEngine;
  readonly exports: SignedExports;
  readonly adminPolicy: AdminPolicy;
  readonly settings: TrainingSettings;
}

const noSession: CardActionOutcome = { message: "I can't find that session any more. Type **sessions** to see the current list." };

/** What member development officers do: sessions, attendance, imports and the compliance report. Every one checks they are an officer. */
export class OfficerHandlers {
  constructor(private readonly deps: OfficerHandlerDependencies) {}

  commands(): TextCommand[] {
    const { adminPolicy } = this.deps;
    return [
      adminCommand(adminPolicy, {
        name: 'sessions',
        aliases: ['training sessions', 'manage sessions', 'manage training'],
        description: 'Training sessions: create, publish, cancel, record attendance',
        run: async (turn) => {
          await turn.send({ card: await this.listCard(turn) });
        },
      }),
      adminCommand(adminPolicy, {
        name: 'training report',
        aliases: ['compliance report', 'training compliance', 'attendance report'],
        description: 'Who has attended corporate parenting training (card and CSV)',
        run: async (turn) => {
          const outcome = await this.report(turn, undefined);
          await turn.send('card' in outcome ? { card: outcome.card } : { text: outcome.message });
        },
      }),
      adminCommand(adminPolicy, {
        name: 'import attendance',
        aliases: ['import training', 'import csv'],
        description: 'Load attendance or election dates from the HR system (CSV)',
        run: async (turn) => {
          await turn.send({ card: importCard() });
        },
      }),
    ];
  }

  cardActions(): CardActionHandler[] {
    const { adminPolicy, data } = this.deps;
    const officer = <Schema extends z.ZodType>(handler: CardActionHandler<Schema>) => adminCardAction(adminPolicy, handler);
    const withSession = async (turn: Turn, sessionId: string, then: (session: TrainingSession) => Promise<CardActionOutcome>) => {
      const session = await data.sessions.get(turn.member.tenantId, sessionId);
      return session ? then(session.value) : noSession;
    };
    return [
      officer({ verb: 'training.listSessions', schema: z.object({}), run: async (turn) => ({ card: await this.listCard(turn) }) }),
      officer({
        verb: 'training.newSession',
        schema: z.object({}),
        run: async () => ({ card: sessionFormCard({ sessionId: newSessionId(), version: 0, values: {} }) }),
      }),
      officer({
        verb: 'training.editSession',
        schema: sessionActionSchema,
        run: (turn, { sessionId }) =>
          withSession(turn, sessionId, async (session) => {
            if (session.status === 'cancelled') return { message: 'That session was cancelled, so it can no longer be changed.' };
            if (session.status === 'published' && hasStarted(session, turn.now)) return { message: 'That session has already started, so it can no longer be changed.' };
            return { card: sessionFormCard({ sessionId, version: session.version, values: formValuesOf(session), published: session.status === 'published' }) };
          }),
      }),
      officer({
        verb: 'training.saveSession',
        schema: sessionSubmissionSchema,
        run: async (turn, submission) => {
          const parsed = detailsFromSubmission(submission);
          if ('problems' in parsed) {
            const existing = submission.version > 0 ? await data.sessions.get(turn.member.tenantId, submission.sessionId) : undefined;
            return {
              card: sessionFormCard({
                sessionId: submission.sessionId,
                version: submission.version,
                values: formValuesFromSubmission(submission),
                problems: parsed.problems,
                published: existing?.value.status === 'published',
              }),
            };
          }
          return this.answer(turn, await this.deps.sessions.save(turn.member.tenantId, submission, parsed.details, turn.member.memberId, turn.now));
        },
      }),
      officer({
        verb: 'training.publishSession',
        schema: sessionActionSchema,
        run: async (turn, { sessionId }) => this.answer(turn, await this.deps.sessions.publish(turn.member.tenantId, sessionId, turn.now)),
      }),
      officer({
        verb: 'training.confirmCancel',
        schema: sessionActionSchema,
        run: (turn, { sessionId }) =>
          withSession(turn, sessionId, async (session) => {
            if (session.status === 'cancelled') return { card: await this.listCard(turn, `"${session.title}" is already cancelled.`) };
            if (hasStarted(session, turn.now)) return { message: 'That session has already started, so it cannot be cancelled.' };
            const invited = (await data.attendance.forSession(turn.member.tenantId, sessionId)).filter((record) => record.invitedAt !== undefined).length;
            return { card: cancelCard(session, invited) };
          }),
      }),
      officer({
        verb: 'training.cancelSession',
        schema: cancelSubmissionSchema,
        run: async (turn, { sessionId, note }) => this.answer(turn, await this.deps.sessions.cancel(turn.member.tenantId, sessionId, note, turn.now)),
      }),
      officer({
        verb: 'training.openAttendance',
        schema: sessionActionSchema,
        run: (turn, { sessionId }) =>
          withSession(turn, sessionId, async (session) => {
            const refusal = attendanceRefusal(session, turn.now);
            if (refusal) return { message: refusal };
            return { card: attendanceCard(session, await this.choicesFor(session, turn.now)) };
          }),
      }),
      officer({
        verb: 'training.recordAttendance',
        schema: attendanceSubmissionSchema,
        run: (turn, submission) =>
          withSession(turn, submission.sessionId, async (session) => {
            const refusal = attendanceRefusal(session, turn.now);
            if (refusal) return { message: refusal };
            const offered = offeredIds(submission, await this.choicesFor(session, turn.now));
            if (!offered) {
              return { message: "Some of the people on that card aren't on this session's list, so I haven't changed anything. Please press **Record attendance** again for an up-to-date list." };
            }
            const newly = await this.deps.attendance.record(session, { ...offered, by: turn.member.memberId, source: 'card', at: turn.now });
            const choices = await this.choicesFor(session, turn.now);
            const present = choices.listed.filter((choice) => choice.attended).length;
            const note = `Saved ✓ ${present} ${present === 1 ? 'member' : 'members'} attended${newly > 0 ? ` (${newly} newly recorded)` : ''}.`;
            return { card: attendanceCard(session, choices, note) };
          }),
      }),
      officer({
        verb: 'training.showReplies',
        schema: sessionActionSchema,
        run: (turn, { sessionId }) =>
          withSession(turn, sessionId, async (session) => {
            const [records, members, reports] = await Promise.all([
              data.attendance.forSession(turn.member.tenantId, sessionId),
              data.members.listByTenant(turn.member.tenantId),
              Promise.all(session.invitationCampaignIds.map((campaignId) => this.deps.delivery.report(campaignId))),
            ]);
            const names = new Map(members.map((member) => [member.id, displayName(member)]));
            return { card: repliesCard(session, records, reports, (memberId) => names.get(memberId) ?? 'A former member') };
          }),
      }),
      officer({ verb: 'training.openImport', schema: z.object({}), run: async () => ({ card: importCard() }) }),
      officer({
        verb: 'training.importCsv',
        schema: importSubmissionSchema,
        run: async (turn, { kind, csv }) => {
          const outcome = await this.deps.imports.import(turn.member.tenantId, kind, csv, turn.member.memberId, turn.now);
          return { card: 'problems' in outcome ? importCard({ kind, csv, problems: outcome.problems }) : importCard({ kind, note: outcome.note }) };
        },
      }),
      officer({ verb: 'training.report', schema: reportRequestSchema, run: (turn, { from }) => this.report(turn, from) }),
    ];
  }

  private async listCard(turn: Turn, note = '') {
    const tenantId = turn.member.tenantId;
    const [sessions, attendance] = await Promise.all([this.deps.data.sessions.listForTenant(tenantId), this.deps.data.attendance.forTenant(tenantId)]);
    return sessionsCard(sessions, attendance, turn.now, note);
  }

  private async answer(turn: Turn, outcome: WorkflowOutcome): Promise<CardActionOutcome> {
    if (outcome.kind === 'refused') return { message: outcome.message };
    if (outcome.kind === 'form') {
      const { session, problems } = outcome;
      return { card: sessionFormCard({ sessionId: session.id, version: session.version, values: formValuesOf(session), problems, published: session.status === 'published' }) };
    }
    return { card: await this.listCard(turn, outcome.note) };
  }

  private async choicesFor(session: TrainingSession, now: Date) {
    const [records, councillors] = await Promise.all([
      this.deps.data.attendance.forSession(session.tenantId, session.id),
      this.deps.data.councillors(session.tenantId, now),
    ]);
    return attendanceChoices(records, councillors);
  }

  private async report(turn: Turn, from: string | undefined): Promise<CardActionOutcome> {
    const { data, settings, exports } = this.deps;
    const period = from ?? settings.termStart;
    if (startOfLondonDay(period) > turn.now) return { message: 'Please choose a start date that is not in the future.' };
    const figures = complianceAt(
      await data.complianceInput(turn.member.tenantId, { from: startOfLondonDay(period), now: turn.now, termStart: settings.termStart, refresherMonths: settings.refresherMonths }),
    );
    const downloadUrl = exports.link(complianceExportKind, { tenantId: turn.member.tenantId, from: londonDateOf(startOfLondonDay(period)) }, turn.now);
    return { card: reportCard({ figures, termStart: settings.termStart, refresherMonths: settings.refresherMonths, downloadUrl }) };
  }
}

function attendanceRefusal(session: TrainingSession, now: Date): string | undefined {
  if (session.status === 'cancelled') return 'That session was cancelled, so there is no attendance to record.';
  if (!hasStarted(session, now)) return "That session hasn't started yet. You can record attendance once it has begun.";
  return undefined;
}

/** A new session's id, made when its form is opened, so saving the same form twice creates one session. */
const newSessionId = () => `ses-${randomBytes(5).toString('hex')}`;
