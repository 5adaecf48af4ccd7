import { z } from 'zod';
import type { AnswerEngine } from './answer-engine.js';
import { answerMessage, readableText } from './answer-message.js';

/**
 * Scoring of question sets by the rules of shared/eval/README.md: an in-scope question is right when
 * it was answered and the reply holds one phrase of every group; an out-of-scope one when declined.
 */

export const evalQuestionSchema = z.object({
  id: z.string(),
  question: z.string(),
  topic: z.string().default('(no topic)'),
  expect: z.union([
    z.object({ all: z.array(z.array(z.string()).min(1)).min(1) }),
    z.object({ abstain: z.literal(true) }),
  ]),
});
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

/** What a responder said: null when it declined, otherwise the whole reply text and the article used. */
export type Reply = { text: string; articleId: string } | null;
export type Responder = (question: string) => Reply;

export type Score = { inScopeCorrect: number; inScopeTotal: number; declinedCorrect: number; declinedTotal: number };
export type Miss = { item: EvalQuestion; reply: Reply };

/** One question a line (JSON Lines); blank lines are skipped. */
export function parseQuestions(jsonl: string): EvalQuestion[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => evalQuestionSchema.parse(JSON.parse(line)));
}

export function normaliseForScoring(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ');
}

export function isCorrect(item: EvalQuestion, reply: Reply): boolean {
  if ('abstain' in item.expect) return reply === null;
  if (reply === null) return false;
  const text = normaliseForScoring(reply.text);
  return item.expect.all.every((group) => group.some((phrase) => text.includes(normaliseForScoring(phrase))));
}

export function scoreQuestions(items: readonly EvalQuestion[], respond: Responder): { score: Score; misses: Miss[] } {
  const result: Score = { inScopeCorrect: 0, inScopeTotal: 0, declinedCorrect: 0, declinedTotal: 0 };
  const misses: Miss[] = [];
  for (const item of items) {
    const reply = respond(item.question);
    const correct = isCorrect(item, reply);
    if ('abstain' in item.expect) {
      result.declinedTotal += 1;
      if (correct) result.declinedCorrect += 1;
    } else {
      result.inScopeTotal += 1;
      if (correct) result.inScopeCorrect += 1;
    }
    if (!correct) misses.push({ item, reply });
  }
  return { score: result, misses };
}

/** The engine as a councillor reads it: the whole reply (answer, sources, suggestions), or null if it declined. */
export function engineResponder(engine: AnswerEngine): Responder {
  return (question) => {
    const result = engine.answer(question);
    return result.kind === 'answered' ? { text: readableText(answerMessage(engine, result)), articleId: result.article.id } : null;
  };
}
