import type { z } from 'zod';
import { cardAction, type CardActionHandler, type CardActionOutcome } from '../../platform/bot/card-actions.js';
import type { TextCommand } from '../../platform/bot/text-commands.js';
import type { Turn } from '../../platform/bot/turn.js';
import type { SignedExports } from '../../platform/http/signed-exports.js';
import { formatLondonDateTime } from '../../platform/london-time.js';
import type { AdminPolicy } from '../members/admin-policy.js';
import { adminCardAction, adminCommand } from '../members/require-admin.js';
import type { Briefing } from './briefing.js';
import { editorCard, issueCard, reportCard, type EditorNote } from './briefing-cards.js';
import { briefingRefSchema, editorSubmissionSchema, readEditor, revisionRefSchema, type EditorSubmission } from './briefing-form.js';
import { briefingReport } from './briefing-report.js';
import type { BriefingRepository } from './briefing-repository.js';
import { verdictFor } from './briefing-rules.js';
import { hasSameContent, withContent, type ActionResult, type BriefingContent, type BriefingWorkflow } from './briefing-workflow.js';

export const deliveryExportKind = 'briefing-deliveries';

const notFoundText = 'I cannot find that briefing any more. Type **briefing** to see the latest one.';
const good = (text: string): EditorNote => ({ text, tone: 'good' });
const warning = (text: string): EditorNote => ({ text, tone: 'warning' });
const memberCount = (count: number) => (count === 1 ? '1 member' : `${count} members`);

/** The Teams side of the briefing: thin handlers over the workflow. */
export class BriefingHandlers {
  constructor(
    private readonly workflow: BriefingWorkflow,
    private readonly repository: BriefingRepository,
    private readonly adminPolicy: AdminPolicy,
    private readonly exports: SignedExports,
  ) {}

  readonly latestCommand: TextCommand = {
    name: 'briefing',
    aliases: ['latest briefing', 'the briefing', 'member briefing', 'newsletter'],
    description: 'Show the latest fortnightly member briefing',
    run: async (turn) => {
      const latest = await this.repository.latest(turn.member.tenantId, ['sent']);
      if (!latest) {
        await turn.send({ text: 'No member briefing has gone out yet. When one does, it comes to this chat (type **unsubscribe** if you would rather not have it).' });
        return;
      }
      const acknowledgement = await this.repository.acknowledgementOf(latest, turn.member.memberId);
      await turn.send({ card: issueCard(latest, { acknowledgedAt: acknowledgement?.at }) });
    },
  };

  officerCommands(): TextCommand[] {
    return [
      adminCommand(this.adminPolicy, {
        name: 'briefing draft',
        aliases: ['draft briefing', 'edit briefing', 'next briefing'],
        description: 'Check, edit and approve the next member briefing',
        run: async (turn) => {
          const { briefing, drafted } = await this.workflow.openOrDraftNext(turn.member.tenantId, turn.member.memberId, turn.now);
          const note = drafted ? good('I have drafted the next briefing from what I know. Check it, edit it, then approve it.') : undefined;
          await turn.send({ card: editorCard(briefing, turn.now, { note }) });
        },
      }),
      adminCommand(this.adminPolicy, {
        name: 'briefing report',
        aliases: ['briefing delivery', 'briefing delivery report'],
        description: 'Who got the latest briefing, and who acknowledged it',
        run: async (turn) => {
          const latest = await this.repository.latest(turn.member.tenantId, ['sent', 'recalled']);
          if (!latest) {
            await turn.send({ text: 'No member briefing has been sent yet, so there is no delivery report.' });
            return;
          }
          await turn.send({ card: await this.reportCardFor(latest, turn.now) });
        },
      }),
    ];
  }

  readonly acknowledge: CardActionHandler = cardAction({
    verb: 'briefings.acknowledge',
    schema: briefingRefSchema,
    run: async (turn, { briefingId }) => {
      const found = await this.repository.get(turn.member.tenantId, briefingId);
      if (found?.value.status === 'recalled') return { message: 'That briefing was withdrawn by the member development team, so there is nothing to acknowledge.' };
      if (found?.value.status !== 'sent') return { message: "That briefing hasn't been sent, so there is nothing to acknowledge." };
      await this.repository.acknowledge(found.value, turn.member.memberId, turn.now);
      const acknowledgement = await this.repository.acknowledgementOf(found.value, turn.member.memberId);
      return { card: issueCard(found.value, { acknowledgedAt: acknowledgement?.at ?? turn.now.toISOString() }) };
    },
  });

  officerActions(): CardActionHandler[] {
    return [
      this.officerAction('briefings.save', editorSubmissionSchema, (turn, submission) => this.save(turn, submission)),
      this.officerAction('briefings.preview', editorSubmissionSchema, (turn, submission) => this.preview(turn, submission)),
      this.officerAction('briefings.approve', editorSubmissionSchema, (turn, submission) => this.approve(turn, submission)),
      this.officerAction('briefings.sendNow', editorSubmissionSchema, (turn, submission) => this.sendNow(turn, submission)),
      this.officerAction('briefings.reopen', revisionRefSchema, async (turn, { briefingId, revision }) => {
        const result = await this.workflow.act(turn.member.tenantId, briefingId, 'reopen', revision, this.by(turn), (briefing) => ({
          ...briefing,
          status: 'draft',
        }));
        return this.answer(result, turn, good('Back to draft ✓ Approve it again when it is ready.'));
      }),
      this.officerAction('briefings.cancel', revisionRefSchema, async (turn, { briefingId, revision }) => {
        const result = await this.workflow.act(turn.member.tenantId, briefingId, 'cancel', revision, this.by(turn), (briefing) => ({
          ...briefing,
          status: 'cancelled',
          cancelledAt: turn.now.toISOString(),
        }));
        return this.answer(result, turn, good('Cancelled ✓ It will not be sent.'));
      }),
      this.officerAction('briefings.recall', revisionRefSchema, (turn, ref) => this.recall(turn, ref)),
      this.officerAction('briefings.open', briefingRefSchema, async (turn, { briefingId }) => {
        const found = await this.repository.get(turn.member.tenantId, briefingId);
        return found ? { card: editorCard(found.value, turn.now) } : { message: notFoundText };
      }),
      this.officerAction('briefings.report', briefingRefSchema, async (turn, { briefingId }) => {
        const found = await this.repository.get(turn.member.tenantId, briefingId);
        if (!found?.value.campaignId) return { message: 'That briefing has not been sent, so there is no delivery report yet.' };
        return { card: await this.reportCardFor(found.value, turn.now) };
      }),
    ];
  }

  private async save(turn: Turn, submission: EditorSubmission): Promise<CardActionOutcome> {
    const typed = await this.readTyped(turn, submission);
    if ('outcome' in typed) return typed.outcome;
    if (typed.content && hasSameContent(typed.briefing, typed.content)) {
      return { card: editorCard(typed.briefing, turn.now, { note: good('Saved ✓ (nothing had changed)') }) };
    }
    const result = await this.workflow.act(turn.member.tenantId, submission.briefingId, 'save', submission.revision, this.by(turn), (briefing) => ({
      ...withContent(briefing, typed.content),
      ...(briefing.status === 'sent' ? { editedAt: turn.now.toISOString() } : {}),
    }));
    if (result.verdict.kind !== 'go' || result.briefing?.status !== 'sent') {
      return this.answer(result, turn, good(`Saved ✓ ${formatLondonDateTime(turn.now)}`));
    }
    const { updated, failed } = await this.workflow.updateSentCards(result.briefing);
    const note = failed > 0
      ? warning(`Updated in ${memberCount(updated)}' chats; ${memberCount(failed)} could not be updated (Teams refused). Choose Update again to retry.`)
      : good(`Updated ✓ in ${memberCount(updated)}' chats.`);
    return { card: editorCard(result.briefing, turn.now, { note }) };
  }

  private async preview(turn: Turn, submission: EditorSubmission): Promise<CardActionOutcome> {
    const typed = await this.readTyped(turn, submission);
    if ('outcome' in typed) return typed.outcome;
    let briefing = typed.briefing;
    const verdict = verdictFor(briefing, 'preview', submission.revision);
    if (verdict.kind !== 'go') return this.answer({ verdict, briefing }, turn);
    if (typed.content && !hasSameContent(briefing, typed.content)) {
      const saved = await this.workflow.act(turn.member.tenantId, briefing.id, 'save', submission.revision, this.by(turn), (current) =>
        withContent(current, typed.content),
      );
      if (saved.verdict.kind !== 'go' || !saved.briefing) return this.answer(saved, turn);
      briefing = saved.briefing;
    }
    await turn.send({ card: issueCard(briefing, { preview: true }) });
    return { card: editorCard(briefing, turn.now, { note: good('Saved, and a preview sent to you below ✓ Only you can see it.') }) };
  }

  private async approve(turn: Turn, submission: EditorSubmission): Promise<CardActionOutcome> {
    const typed = await this.readTyped(turn, submission);
    if ('outcome' in typed) return typed.outcome;
    const result = await this.workflow.act(turn.member.tenantId, submission.briefingId, 'approve', submission.revision, this.by(turn), (briefing) => ({
      ...withContent(briefing, typed.content),
      status: 'approved',
      approvedAt: turn.now.toISOString(),
      approvedBy: turn.member.memberId,
    }));
    if (result.verdict.kind !== 'go' || !result.briefing) return this.answer(result, turn);
    if (result.briefing.sendAt > turn.now.toISOString()) {
      return { card: editorCard(result.briefing, turn.now, { note: good(`Approved ✓ It goes out ${formatLondonDateTime(result.briefing.sendAt)}.`) }) };
    }
    // Its send time has passed (it was waiting for approval): it goes now.
    return this.sent(turn, await this.workflow.send(turn.member.tenantId, result.briefing.id, turn.now));
  }

  private async sendNow(turn: Turn, submission: EditorSubmission): Promise<CardActionOutcome> {
    const typed = await this.readTyped(turn, submission);
    if ('outcome' in typed) return typed.outcome;
    const at = turn.now.toISOString();
    const result = await this.workflow.act(turn.member.tenantId, submission.briefingId, 'send-now', submission.revision, this.by(turn), (briefing) => ({
      ...withContent(briefing, typed.content),
      status: 'approved',
      approvedAt: briefing.approvedAt ?? at,
      approvedBy: briefing.approvedBy ?? turn.member.memberId,
      sendAt: at,
    }));
    if (result.verdict.kind !== 'go' || !result.briefing) return this.answer(result, turn);
    return this.sent(turn, await this.workflow.send(turn.member.tenantId, result.briefing.id, turn.now));
  }

  private sent(turn: Turn, briefing: Briefing | undefined): CardActionOutcome {
    if (!briefing) return { message: notFoundText };
    const note = briefing.status === 'sent'
      ? good(`Sending to ${memberCount(briefing.recipientCount ?? 0)} now ✓ Choose Delivery report to follow it.`)
      : warning('It was changed while it was being sent, so it was not sent. Here is the latest version.');
    return { card: editorCard(briefing, turn.now, { note }) };
  }

  /** Deletes the sent cards first; only when all are gone is the briefing marked recalled, so a retry can finish the job. */
  private async recall(turn: Turn, { briefingId, revision }: { briefingId: string; revision: number }): Promise<CardActionOutcome> {
    const found = await this.repository.get(turn.member.tenantId, briefingId);
    if (!found) return { message: notFoundText };
    const verdict = verdictFor(found.value, 'recall', revision);
    if (verdict.kind !== 'go') return this.answer({ verdict, briefing: found.value }, turn);
    const { deleted, failed } = await this.workflow.recallSentCards(found.value);
    if (failed > 0) {
      const note = warning(`Deleted from ${memberCount(deleted)}' chats; ${memberCount(failed)} could not be deleted (Teams refused). Choose Recall again to retry.`);
      return { card: editorCard(found.value, turn.now, { note }) };
    }
    const result = await this.workflow.act(turn.member.tenantId, briefingId, 'recall', revision, this.by(turn), (briefing) => ({
      ...briefing,
      status: 'recalled',
      recalledAt: turn.now.toISOString(),
    }));
    return this.answer(result, turn, good(`Recalled ✓ Deleted from ${memberCount(deleted)}' chats.`));
  }

  /** Reads what the officer typed, when the briefing is one that can be edited; problems go back on the card. */
  private async readTyped(turn: Turn, submission: EditorSubmission): Promise<{ outcome: CardActionOutcome } | { briefing: Briefing; content?: BriefingContent }> {
    const found = await this.repository.get(turn.member.tenantId, submission.briefingId);
    if (!found) return { outcome: { message: notFoundText } };
    const briefing = found.value;
    if (briefing.status !== 'draft' && briefing.status !== 'sent') return { briefing };
    const reading = readEditor(submission, briefing.status === 'draft');
    if (!reading.ok) return { outcome: { card: editorCard(briefing, turn.now, { problems: reading.problems, typed: submission }) } };
    return { briefing, content: reading };
  }

  private answer(result: ActionResult, turn: Turn, success?: EditorNote): CardActionOutcome {
    if (!result.briefing) return { message: result.verdict.kind === 'go' ? notFoundText : result.verdict.message };
    const note = result.verdict.kind === 'go' ? success : result.verdict.kind === 'done' ? good(result.verdict.message) : warning(result.verdict.message);
    return { card: editorCard(result.briefing, turn.now, { note }) };
  }

  private async reportCardFor(briefing: Briefing, now: Date) {
    const { delivery, rows } = await this.workflow.reportRows(briefing);
    const csvUrl = this.exports.link(deliveryExportKind, { tenantId: briefing.tenantId, briefingId: briefing.id }, now);
    return reportCard(briefingReport(briefing, delivery, rows), csvUrl);
  }

  private by(turn: Turn) {
    return { officerId: turn.member.memberId, now: turn.now };
  }

  /** Officers' buttons: anyone else gets a polite refusal and nothing changes. */
  private officerAction<Schema extends z.ZodType>(
    verb: string,
    schema: Schema,
    run: (turn: Turn, data: z.infer<Schema>) => Promise<CardActionOutcome>,
  ): CardActionHandler {
    return adminCardAction(this.adminPolicy, { verb, schema, run });
  }
}
