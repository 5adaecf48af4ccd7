import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const questionsFile = resolve(repoRoot, '../shared/eval/dev-questions.jsonl');

/** The development questions, as councillors type them. */
export function devQuestions(): string[] {
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

export function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? 0;
}

export const round3 = (ms: number): number => Math.round(ms * 1000) / 1000;
