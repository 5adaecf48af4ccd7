import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { memberRoles, type MemberRole } from '../features/answers/article.js';
import { loadArticles } from '../features/answers/article-loader.js';
import { createAnswerEngine, type AnswerEngine, type AnswerResult } from '../features/answers/answer-engine.js';
import { answerMessage, readableText } from '../features/answers/answer-message.js';
import { stopWhenOutputCloses } from './stop-when-output-closes.js';

/**
 * npm run ask -- [--json] [--role scrutiny] "question"
 * With no question, reads one question a line from stdin and answers each in order.
 */

type AskReply = {
  answered: boolean;
  articleId: string | null;
  confidence: number;
  text: string;
  sources: { title: string; url?: string }[];
};

function toReply(engine: AnswerEngine, result: AnswerResult): AskReply {
  return {
    answered: result.kind === 'answered',
    articleId: result.kind === 'answered' ? result.article.id : null,
    confidence: result.confidence,
    text: readableText(answerMessage(engine, result)),
    sources: result.kind === 'answered' ? result.sources.map((s) => (s.url ? { title: s.title, url: s.url } : { title: s.title })) : [],
  };
}

function readable(engine: AnswerEngine, result: AnswerResult): string {
  const heading =
    result.kind === 'answered'
      ? `[answered: ${result.article.id}, confidence ${result.confidence}]`
      : `[declined: ${result.reason}, confidence ${result.confidence}${result.storeQuestion ? ', stored for officers' : ''}]`;
  return `${heading}\n\n${readableText(answerMessage(engine, result))}\n`;
}

function isMemberRole(value: string): value is MemberRole {
  return (memberRoles as readonly string[]).includes(value);
}

function parseRoles(values: readonly string[]): MemberRole[] {
  return values.flatMap((value) => value.split(',')).map((value) => {
    const role = value.trim();
    if (!isMemberRole(role)) throw new Error(`Unknown role "${role}"; use one of: ${memberRoles.join(', ')}`);
    return role;
  });
}

async function main(): Promise<void> {
  stopWhenOutputCloses();
  const { values, positionals } = parseArgs({
    options: { json: { type: 'boolean', default: false }, role: { type: 'string', multiple: true, default: [] } },
    allowPositionals: true,
  });
  const roles = parseRoles(values.role);
  const engine: AnswerEngine = createAnswerEngine(loadArticles());
  const print = (question: string): void => {
    const result = engine.answer(question, { roles });
    process.stdout.write(values.json ? `${JSON.stringify(toReply(engine, result))}\n` : `${readable(engine, result)}\n`);
  };
  const question = positionals.join(' ');
  if (question.trim().length > 0) {
    print(question);
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim().length > 0) print(line);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
