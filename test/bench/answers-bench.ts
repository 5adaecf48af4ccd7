import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadArticles } from '../../src/features/answers/article-loader.js';
import { createAnswerEngine } from '../../src/features/answers/answer-engine.js';

/** npm run bench (the in-process part) — how long the engine takes per question, in process. */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const questionsFile = resolve(repoRoot, '../shared/eval/dev-questions.jsonl');
const warmUpRounds = 20;
const measuredRounds = 50;

function devQuestions(): string[] {
  return readFileSync(questionsFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const parsed: unknown = JSON.parse(line);
      const question = typeof parsed === 'object' && parsed !== null && 'question' in parsed ? parsed.question : undefined;
      if (typeof question !== 'string') throw new Error(`${questionsFile}: a line has no question`);
      return question;
    });
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? 0;
}

export async function benchAnswers(): Promise<{ p50Ms: number; p99Ms: number; questions: number }> {
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
  const round3 = (ms: number): number => Math.round(ms * 1000) / 1000;
  return { p50Ms: round3(percentile(timings, 50)), p99Ms: round3(percentile(timings, 99)), questions: questions.length };
}

const runDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runDirectly) {
  const result = await benchAnswers();
  console.log(`${result.questions} questions × ${measuredRounds} rounds: p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms per question`);
}
