import { execFile } from 'node:child_process';
import { resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { percentile, round3 } from './bench-support.js';

export interface TurnTimes {
  readonly requests: number;
  readonly concurrency: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly perSecond: number;
}

/** POSTs message activities (expectReplies) to a bot, `concurrency` at a time, and times each turn. */
export async function timeTurns(botUrl: string, questions: readonly string[], requests: number, concurrency: number): Promise<TurnTimes> {
  let next = 0;
  const timings: number[] = [];
  const started = performance.now();
  const worker = async (workerId: number) => {
    for (let index = next++; index < requests; index = next++) {
      const activity = {
        type: 'message',
        id: `bench-${index}`,
        channelId: 'msteams',
        serviceUrl: 'http://127.0.0.1:9/',
        deliveryMode: 'expectReplies',
        from: { id: `29:bench-${workerId}`, aadObjectId: `00000000-0000-4000-8000-${String(workerId).padStart(12, '0')}`, name: 'Bench Councillor' },
        recipient: { id: '28:bot' },
        conversation: { id: `a:bench-${workerId}`, conversationType: 'personal', tenantId: 'bench-tenant' },
        text: questions[index % questions.length],
      };
      const begun = performance.now();
      const response = await fetch(`${botUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      await response.text();
      if (!response.ok) throw new Error(`turn failed: HTTP ${response.status}`);
      timings.push(performance.now() - begun);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, id) => worker(id)));
  const elapsedSec = (performance.now() - started) / 1000;
  timings.sort((a, b) => a - b);
  return { requests, concurrency, p50Ms: round3(percentile(timings, 50)), p99Ms: round3(percentile(timings, 99)), perSecond: Math.round(requests / elapsedSec) };
}

/** timeTurns in a process of its own: the load generator must not share the bot's event loop. */
export function timeTurnsFromAnotherProcess(botUrl: string, questions: readonly string[], requests: number, concurrency: number): Promise<TurnTimes> {
  const input = JSON.stringify({ url: botUrl, questions, requests, concurrency });
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], { maxBuffer: 1 << 20 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(JSON.parse(stdout) as TurnTimes);
    });
    child.stdin!.end(input);
  });
}

const runDirectly = process.argv[1] !== undefined && resolvePath(process.argv[1]) === fileURLToPath(import.meta.url);
if (runDirectly) {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const { url, questions, requests, concurrency } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
    url: string;
    questions: string[];
    requests: number;
    concurrency: number;
  };
  process.stdout.write(JSON.stringify(await timeTurns(url, questions, requests, concurrency)));
}
