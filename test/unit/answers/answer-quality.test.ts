import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAnswerEngine } from '../../../src/features/answers/answer-engine.js';
import { engineResponder, parseQuestions, scoreQuestions, type Miss } from '../../../src/features/answers/answer-evaluation.js';
import { loadArticles } from '../../../src/features/answers/article-loader.js';

/**
 * The answer engine's targets (95% of in-scope questions answered correctly, 95% of out-of-scope ones
 * declined) on question sets written apart from the articles, from the sources alone, in the ways
 * councillors type: a regression guard for every change to an article, the vocabulary or the engine.
 * `npm run eval:answers -- --file test/fixtures/answers/<set> --verbose` lists the misses of one set.
 */
const fixtures = fileURLToPath(new URL('../../fixtures/answers/', import.meta.url));
const items = readdirSync(fixtures)
  .filter((name) => name.endsWith('.jsonl'))
  .flatMap((name) => parseQuestions(readFileSync(`${fixtures}${name}`, 'utf8')));
const { score, misses } = scoreQuestions(items, engineResponder(createAnswerEngine(loadArticles())));
const listed = (kind: 'in-scope' | 'out-of-scope') =>
  misses
    .filter(({ item }) => ('abstain' in item.expect) === (kind === 'out-of-scope'))
    .map(({ item, reply }: Miss) => `${item.id}: ${item.question} → ${reply?.articleId ?? 'declined'}`)
    .join('\n');

describe(`answer quality on ${items.length} held-out questions`, () => {
  it('answers at least 95% of the in-scope questions correctly', () => {
    expect(score.inScopeTotal).toBeGreaterThan(500);
    expect(score.inScopeCorrect / score.inScopeTotal, listed('in-scope')).toBeGreaterThanOrEqual(0.95);
  });

  it('declines at least 95% of the out-of-scope questions (other council business, named children)', () => {
    expect(score.declinedTotal).toBeGreaterThan(50);
    expect(score.declinedCorrect / score.declinedTotal, listed('out-of-scope')).toBeGreaterThanOrEqual(0.95);
  });
});
