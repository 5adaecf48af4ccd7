import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/platform/logger.js';
import { benchAnswers } from './answers-bench.js';
import { devQuestions } from './bench-support.js';
import { startEchoBot } from './echo-bot.js';
import { timeTurnsFromAnotherProcess as timeTurns, type TurnTimes } from './http-turns.js';

// npm run bench — figures, not a test: the answer engine in process, then a question's HTTP turn
// against a bare botbuilder + restify echo bot on the same machine, in the same run.
const requests = Number(process.env.BENCH_REQUESTS ?? 2000);
const concurrency = 32;
const rounds = Number(process.env.BENCH_ROUNDS ?? 9);

const engine = await benchAnswers();
console.log(`answer engine: ${engine.questions} questions × ${engine.rounds} rounds, p50 ${engine.p50Ms} ms, p99 ${engine.p99Ms} ms (target p99 ≤ 2 ms)`);

const app = await createApp(loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent' }), { logger: createLogger('silent'), background: false });
const appUrl = await app.start();
const echo = await startEchoBot();
const questions = devQuestions();

// Warm both up, then alternate rounds so that neither gets a quieter machine; report the median round.
await timeTurns(appUrl, questions, 300, concurrency);
await timeTurns(echo.url, questions, 300, concurrency);
const echoRounds: TurnTimes[] = [];
const ourRounds: TurnTimes[] = [];
for (let round = 0; round < rounds; round += 1) {
  echoRounds.push(await timeTurns(echo.url, questions, requests, concurrency));
  ourRounds.push(await timeTurns(appUrl, questions, requests, concurrency));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const summary = (times: TurnTimes[]) => ({
  p50: median(times.map((t) => t.p50Ms)),
  p99: median(times.map((t) => t.p99Ms)),
  perSecond: median(times.map((t) => t.perSecond)),
});
const baseline = summary(echoRounds);
const ours = summary(ourRounds);

console.log(`HTTP turn, ${rounds} rounds of ${requests} requests at ${concurrency} concurrent (expectReplies), median round:`);
console.log(`  echo bot (baseline)  p50 ${baseline.p50} ms, p99 ${baseline.p99} ms, ${baseline.perSecond}/s`);
console.log(`  question turn        p50 ${ours.p50} ms, p99 ${ours.p99} ms, ${ours.perSecond}/s`);
console.log(`  ratio                p50 ${(ours.p50 / baseline.p50).toFixed(2)}×, p99 ${(ours.p99 / baseline.p99).toFixed(2)}× (target ≤ 1.3×)`);

await echo.stop();
await app.stop();
