import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import { z } from 'zod';
import type { Article } from '../features/answers/article.js';
import { loadArticles } from '../features/answers/article-loader.js';
import { createAnswerEngine } from '../features/answers/answer-engine.js';
import { answerMessage, readableText } from '../features/answers/answer-message.js';

/**
 * npm run eval:answers [-- --file path.jsonl] [--verbose]
 * Scores the answer engine on the dev questions by shared/eval/README.md, next to a plain MiniSearch baseline.
 */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const defaultQuestionsFile = resolve(repoRoot, '../shared/eval/dev-questions.jsonl');

const evalQuestionSchema = z.object({
  id: z.string(),
  question: z.string(),
  topic: z.string().default("(no topic)"),
  expect: z.union([
    z.object({ all: z.array(z.array(z.string()).min(1)).min(1) }),
    z.object({ abstain: z.literal(true) }),
  ]),
});
type EvalQuestion = z.infer<typeof evalQuestionSchema>;

/** What a responder said: null when it declined, otherwise the whole reply text and the article used. */
type Reply = { text: string; articleId: string } | null;
type Responder = (question: string) => Reply;

type Score = { inScopeCorrect: number; inScopeTotal: number; declinedCorrect: number; declinedTotal: number };
type Miss = { item: EvalQuestion; reply: Reply };

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

function score(items: readonly EvalQuestion[], respond: Responder): { score: Score; misses: Miss[] } {
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

/** Plain MiniSearch with default options: no synonyms, no threshold, no scope guard. */
function baselineResponder(articles: readonly Article[]): Responder {
  const search = new MiniSearch({ fields: ['title', 'questions', 'tags', 'body'], idField: 'id' });
  search.addAll(articles.map((a) => ({ id: a.id, title: a.title, questions: a.questions.join('\n'), tags: a.tags.join(' '), body: a.body })));
  const byId = new Map(articles.map((a) => [a.id, a]));
  return (question) => {
    const top = search.search(question)[0];
    const article = top ? byId.get(String(top.id)) : undefined;
    return article ? { text: article.body, articleId: article.id } : null;
  };
}

function engineResponder(articles: readonly Article[]): Responder {
  const engine = createAnswerEngine(articles);
  return (question) => {
    const result = engine.answer(question);
    return result.kind === 'answered' ? { text: readableText(answerMessage(engine, result)), articleId: result.article.id } : null;
  };
}

const percent = (correct: number, total: number): string => (total === 0 ? 'n/a' : `${((100 * correct) / total).toFixed(1)}%`);

function describe(name: string, s: Score): string {
  return `${name.padEnd(10)} in-scope correct ${percent(s.inScopeCorrect, s.inScopeTotal)} (${s.inScopeCorrect}/${s.inScopeTotal})   out-of-scope declined ${percent(s.declinedCorrect, s.declinedTotal)} (${s.declinedCorrect}/${s.declinedTotal})`;
}

function describeMiss({ item, reply }: Miss): string {
  const expected = 'abstain' in item.expect ? 'a decline' : item.expect.all.map((group) => group.join(' | ')).join(' + ');
  return `- ${item.id} [${item.topic}] ${item.question}\n    answered: ${reply ? reply.articleId : '(declined)'}\n    expected: ${expected}`;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      file: { type: 'string', default: defaultQuestionsFile },
      verbose: { type: 'boolean', default: false },
    },
  });
  const items = readFileSync(values.file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => evalQuestionSchema.parse(JSON.parse(line)));
  const articles = loadArticles();
  const ours = score(items, engineResponder(articles));
  const baseline = score(items, baselineResponder(articles));
  console.log(`${items.length} questions, ${articles.length} articles`);
  console.log(describe('engine', ours.score));
  console.log(describe('baseline', baseline.score));
  const gain = (100 * (ours.score.inScopeCorrect - baseline.score.inScopeCorrect)) / Math.max(ours.score.inScopeTotal, 1);
  console.log(`in-scope gain over baseline: ${gain.toFixed(1)} points`);
  if (values.verbose && ours.misses.length > 0) {
    console.log('\nEngine misses:');
    for (const miss of ours.misses) console.log(describeMiss(miss));
  }
}

main();
