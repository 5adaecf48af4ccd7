import type { TextCommand } from '../../platform/bot/text-commands.js';
import type { Turn } from '../../platform/bot/turn.js';
import { renderCard } from '../../platform/cards/card-templates.js';
import { formatLondonDateTime } from '../../platform/london-time.js';
import type { AdminPolicy } from '../members/admin-policy.js';
import type { Member } from '../members/member.js';
import { adminCommand } from '../members/require-admin.js';
import type { AnswerEngine } from './answer-engine.js';
import { answerMessage } from './answer-message.js';
import type { AnswerRecords } from './answer-records.js';
import { principlesPreamble, principlesSource, sevenPrinciples } from './seven-principles.js';

export class AnswerHandlers {
  constructor(
    private readonly engine: AnswerEngine,
    private readonly records: AnswerRecords,
    private readonly memberOf: (turn: Turn) => Promise<Member | undefined>,
    private readonly adminPolicy: AdminPolicy,
    private readonly options: { readonly maxQuestionChars: number; readonly answerFormat: 'teams' | 'playground' },
  ) {}

  /** Any message that is not a command is a question. */
  answerQuestion = async (turn: Turn, question: string): Promise<void> => {
    if (question.length > this.options.maxQuestionChars) {
      await turn.send({
        text: `That message is ${question.length.toLocaleString('en-GB')} characters long; I can read questions of up to ${this.options.maxQuestionChars.toLocaleString('en-GB')}. Could you ask it in a sentence or two?`,
      });
      return;
    }
    // Roles only order the guidance: if the member record cannot be read (a storage outage), still answer.
    const member = await this.memberOf(turn).catch(() => undefined);
    const result = this.engine.answer(question, { roles: member?.roles ?? [] });
    const message = answerMessage(this.engine, result);
    let messageId: string | undefined;
    if (this.options.answerFormat === 'teams') {
      messageId = await turn.send(message);
    } else {
      const { suggestedReplies, ...answer } = message;
      messageId = await turn.send({ ...answer, citations: undefined });
      if (suggestedReplies?.length) {
        await turn.send({ text: result.kind === 'answered' ? 'You could also ask:' : 'The closest topics I know:', suggestedReplies });
      }
    }
    if (result.kind === 'answered' && messageId) {
      await this.records.recordSentAnswer(turn.member.tenantId, messageId, result.article.id, result.confidence, turn.now);
    }
    if (result.kind === 'declined' && result.storeQuestion) {
      await this.records.recordUnanswered(turn.member.tenantId, question, result.suggestions.map((link) => link.id), turn.now);
    }
  };

  recordFeedback = async (turn: Turn, feedback: { replyToId?: string; reaction: string; comment?: string }): Promise<void> => {
    if (!feedback.replyToId) return;
    await this.records.recordFeedback(
      turn.member.tenantId,
      turn.member.memberId,
      { messageId: feedback.replyToId, helpful: feedback.reaction === 'like', comment: feedback.comment },
      turn.now,
    );
  };

  readonly principlesCommand: TextCommand = {
    name: 'principles',
    aliases: ['the principles', '7 principles', 'seven principles'],
    description: 'The seven corporate parenting principles',
    run: async (turn) => {
      await turn.send({
        card: renderCard('answers-principles', { preamble: principlesPreamble, principles: sevenPrinciples, source: principlesSource }),
      });
    },
  };

  unansweredCommand(): TextCommand {
    return adminCommand(this.adminPolicy, {
      name: 'unanswered',
      aliases: ['unanswered questions'],
      description: "Questions I couldn't answer, newest first, for content review",
      run: async (turn) => {
        const questions = await this.records.unanswered(turn.member.tenantId);
        if (questions.length === 0) {
          await turn.send({ text: 'No unanswered questions so far.' });
          return;
        }
        const lines = questions.map(
          (entry) => `- "${entry.question.replace(/\s+/g, ' ').slice(0, 200)}" — asked ${entry.timesAsked}×, last ${formatLondonDateTime(entry.lastAskedAt)}`,
        );
        await turn.send({ text: `**Questions I couldn't answer** (newest first)\n\n${lines.join('\n')}` });
      },
    });
  }
}
