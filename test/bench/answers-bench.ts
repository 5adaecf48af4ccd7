import { performance } from 'node:perf_hooks';
import { loadArticles } from '../../src/features/answers/article-loader.js';
import { createAnswerEngine } from '../../src/features/answers/answer-engine.js';
import { devQuestions, percentile, round3 } from './bench-support.js';

const warmUpRounds = 20;
const measuredRounds = 50;

/** How long the answer engine takes per question over the whole knowledge base, in process. */
export async function benchAnswers(): Promise<{ p50Ms: number; p99Ms: number; questions: number; rounds: number }> {
  const engine = createAnswerEngine(loadArticles());
  const questions = devQuestions();
  for (let round = 0; round < warmUpRounds; round += 1) for (const question of questions) engine.answer(question);
  const timings: number[] = [];
  for (let round = 0; round < measuredRounds; round += 1) {
    for (const question of questions) {
      const started = performance.now();
      engine.answer(question);
      timings.push(performance.now() - started);
    }
  }
  timings.sort((a, b) => a - b);
  return { p50Ms: round3(percentile(timings, 50)), p99Ms: round3(percentile(timings, 99)), questions: questions.length, rounds: measuredRounds };
}
