import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import type { Article } from '../features/answers/article.js';
import { loadArticles } from '../features/answers/article-loader.js';
import { createAnswerEngine } from '../features/answers/answer-engine.js';
import { engineResponder, parseQuestions, scoreQuestions, type Miss, type Responder, type Score } from '../features/answers/answer-evaluation.js';
import { stopWhenOutputCloses } from './stop-when-output-closes.js';

/**
 * npm run eval:answers [-- --file path.jsonl] [--verbose]
 * Scores the answer engine on the dev questions by shared/eval/README.md, next to a plain MiniSearch baseline.
 */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const defaultQuestionsFile = resolve(repoRoot, '../shared/eval/dev-questions.jsonl');

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

const percent = (correct: number, total: number): string => (total === 0 ? 'n/a' : `${((100 * correct) / total).toFixed(1)}%`);

function describe(name: string, s: Score): string {
  return `${name.padEnd(10)} in-scope correct ${percent(s.inScopeCorrect, s.inScopeTotal)} (${s.inScopeCorrect}/${s.inScopeTotal})   out-of-scope declined ${percent(s.declinedCorrect, s.declinedTotal)} (${s.declinedCorrect}/${s.declinedTotal})`;
}

function describeMiss({ item, reply }: Miss): string {
  const expected = 'abstain' in item.expect ? 'a decline' : item.expect.all.map((group) => group.join(' | ')).join(' + ');
  return `- ${item.id} [${item.topic}] ${item.question}\n    answered: ${reply ? reply.articleId : '(declined)'}\n    expected: ${expected}`;
}

function main(): void {
  stopWhenOutputCloses();
  const { values } = parseArgs({
    options: {
      file: { type: 'string', default: defaultQuestionsFile },
      verbose: { type: 'boolean', default: false },
    },
  });
  const items = parseQuestions(readFileSync(values.file, 'utf8'));
  const articles = loadArticles();
  const ours = scoreQuestions(items, engineResponder(createAnswerEngine(articles)));
  const baseline = scoreQuestions(items, baselineResponder(articles));
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
