import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/platform/logger.js';
import { benchAnswers } from './answers-bench.js';
import { devQuestions } from './bench-support.js';
import { startEchoBot } from './echo-bot.js';
import { timeTurnsFromAnotherProcess as timeTurns } from './http-turns.js';

// npm run bench — figures, not a test: the answer engine in process, then a question's HTTP turn
// against a bare botbuilder + restify echo bot on the same machine, in the same run.
const requests = Number(process.env.BENCH_REQUESTS ?? 3000);
const concurrency = 32;

const engine = await benchAnswers();
console.log(`answer engine: ${engine.questions} questions × ${engine.rounds} rounds, p50 ${engine.p50Ms} ms, p99 ${engine.p99Ms} ms (target p99 ≤ 2 ms)`);

const app = await createApp(loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent' }), { logger: createLogger('silent'), background: false });
const appUrl = await app.start();
const echo = await startEchoBot();
const questions = devQuestions();

// Warm both up, then alternate so that neither gets a quieter machine.
await timeTurns(appUrl, questions, 300, concurrency);
await timeTurns(echo.url, questions, 300, concurrency);
const baseline = await timeTurns(echo.url, questions, requests, concurrency);
const ours = await timeTurns(appUrl, questions, requests, concurrency);
const baselineAgain = await timeTurns(echo.url, questions, requests, concurrency);
const best = (a: number, b: number) => Math.min(a, b);
const echoP50 = best(baseline.p50Ms, baselineAgain.p50Ms);
const echoP99 = best(baseline.p99Ms, baselineAgain.p99Ms);

console.log(`HTTP turn, ${requests} requests at ${concurrency} concurrent (expectReplies):`);
console.log(`  echo bot (baseline)  p50 ${echoP50} ms, p99 ${echoP99} ms, ${baseline.perSecond}/s`);
console.log(`  question turn        p50 ${ours.p50Ms} ms, p99 ${ours.p99Ms} ms, ${ours.perSecond}/s`);
console.log(`  ratio                p50 ${(ours.p50Ms / echoP50).toFixed(2)}×, p99 ${(ours.p99Ms / echoP99).toFixed(2)}× (target ≤ 1.3×)`);

await echo.stop();
await app.stop();
