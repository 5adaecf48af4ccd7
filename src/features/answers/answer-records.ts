import { createHash } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import { isConflict } from '../../platform/cosmos/cosmos-errors.js';

/** A question the bot could not answer, kept once per distinct wording with how often it was asked. */
export interface UnansweredQuestion {
  readonly id: string;
  readonly tenantId: string;
  readonly kind: 'unanswered';
  readonly question: string;
  readonly timesAsked: number;
  readonly firstAskedAt: string;
  readonly lastAskedAt: string;
  readonly closestArticleIds: readonly string[];
}

/** What a member thought of one answer: one record per member per answer, the latest reaction wins. */
export interface AnswerFeedback {
  readonly id: string;
  readonly tenantId: string;
  readonly kind: 'feedback';
  readonly articleId?: string;
  readonly messageId: string;
  readonly helpful: boolean;
  readonly comment?: string;
  readonly at: string;
}

/** Which article a sent answer came from, so feedback on the message can name it. */
export interface SentAnswer {
  readonly id: string;
  readonly tenantId: string;
  readonly kind: 'answer';
  readonly articleId: string;
  readonly confidence: number;
  readonly at: string;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);
const questionKey = (question: string) => question.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** The `answers` container: unanswered questions for officers, answers sent, and feedback on them. */
export class AnswerRecords {
  constructor(private readonly container: Container) {}

  async recordUnanswered(tenantId: string, question: string, closestArticleIds: readonly string[], at: Date): Promise<void> {
    const id = `unanswered:${digest(questionKey(question))}`;
    const record: UnansweredQuestion = {
      id,
      tenantId,
      kind: 'unanswered',
      question,
      timesAsked: 1,
      firstAskedAt: at.toISOString(),
      lastAskedAt: at.toISOString(),
      closestArticleIds,
    };
    try {
      await this.container.items.create(record);
    } catch (error) {
      if (!isConflict(error)) throw error;
      await this.container.item(id, tenantId).patch([
        { op: 'incr', path: '/timesAsked', value: 1 },
        { op: 'set', path: '/lastAskedAt', value: at.toISOString() },
      ]);
    }
  }

  async unanswered(tenantId: string, limit = 20): Promise<UnansweredQuestion[]> {
    const { resources } = await this.container.items
      .query<UnansweredQuestion>({
        query: 'SELECT TOP @limit * FROM c WHERE c.tenantId = @tenantId AND c.kind = "unanswered" ORDER BY c.lastAskedAt DESC',
        parameters: [
          { name: '@tenantId', value: tenantId },
          { name: '@limit', value: limit },
        ],
      })
      .fetchAll();
    return resources;
  }

  async recordSentAnswer(tenantId: string, messageId: string, articleId: string, confidence: number, at: Date): Promise<void> {
    const record: SentAnswer = { id: `answer:${messageId}`, tenantId, kind: 'answer', articleId, confidence, at: at.toISOString() };
    await this.container.items.upsert(record);
  }

  /** Upserts by message and member, so a second click changes the reaction instead of adding one. */
  async recordFeedback(
    tenantId: string,
    memberId: string,
    feedback: { messageId: string; helpful: boolean; comment?: string; articleId?: string },
    at: Date,
  ): Promise<AnswerFeedback> {
    let articleId = feedback.articleId;
    if (!articleId) {
      const { resource } = await this.container.item(`answer:${feedback.messageId}`, tenantId).read<SentAnswer>();
      articleId = resource?.articleId;
    }
    const record: AnswerFeedback = {
      id: `feedback:${digest(`${feedback.messageId}|${memberId}`)}`,
      tenantId,
      kind: 'feedback',
      articleId,
      messageId: feedback.messageId,
      helpful: feedback.helpful,
      comment: feedback.comment?.slice(0, 1000),
      at: at.toISOString(),
    };
    await this.container.items.upsert(record);
    return record;
  }
}
