import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { JSONObject } from '@azure/cosmos';
import { openCosmosStore } from '../../src/platform/cosmos/cosmos-store.js';
import { DeliveryLedger } from '../../src/platform/proactive/delivery-ledger.js';
import type { Member } from '../../src/features/members/member.js';

// npm run bench:fanout [-- --kill] — one campaign to 10,000 members through the delivery engine,
// against a connector (another process) that enforces the rate limit and fails 5% of requests.
// --kill kills the engine's process part-way and starts a new one.
const recipients = Number(process.env.FANOUT_RECIPIENTS ?? 10_000);
const limitPerSec = Number(process.env.FANOUT_LIMIT ?? 250);
const failureRate = 0.05;
const concurrency = 48;
const claimTtlMs = 5_000;
const killMode = process.argv.includes('--kill');
const tenantId = 'bench-tenant';
const campaignId = 'bench:fanout';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const run = (script: string, args: string[]): ChildProcess =>
  spawn(process.execPath, [...(process.env.FANOUT_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.FANOUT_PROFILE] : []), '--disable-warning=DEP0111', '--import', 'tsx', here(script), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });

const connector = run('./fanout/limited-connector.ts', [String(limitPerSec), String(failureRate)]);
process.on('exit', () => connector.kill());
const { url: connectorUrl } = JSON.parse(await firstLine(connector)) as { url: string };
const stats = async () => (await (await fetch(`${connectorUrl}/stats`)).json()) as ConnectorStats;

const store = await openCosmosStore({ database: 'fanout-bench' });
await seedMembers();
await createCampaign();

const started = Date.now();
let engine = run('./fanout/engine-process.ts', [store.endpoint, 'fanout-bench', campaignId, String(limitPerSec), String(concurrency), String(claimTtlMs)]);
let inFlightAtKill: number | undefined;
if (killMode) {
  while ((await stats()).delivered < recipients * 0.4) await sleep(50);
  engine.kill('SIGKILL');
  await exited(engine);
  inFlightAtKill = (await new DeliveryLedger(store.containers.deliveries).deliveriesOf(campaignId)).filter((d) => d.status === 'sending').length;
  console.log(`killed the engine process with ${inFlightAtKill} deliveries claimed and in flight; starting a new one`);
  engine = run('./fanout/engine-process.ts', [store.endpoint, 'fanout-bench', campaignId, String(limitPerSec), String(concurrency), String(claimTtlMs)]);
}
await exited(engine);
const wallSec = (Date.now() - started) / 1000;
const final = await stats();
connector.kill();
await store.close();

const injected = final.injected503 + final.injected429;
const theoreticalSec = (recipients + injected) / limitPerSec;
const elapsedSec = (final.lastAt - final.firstAt) / 1000 + 1 / limitPerSec;
console.log(
  `limit ${limitPerSec}/s (Teams' is 50/s per tenant; scaled up to keep the run short), ${concurrency} sends in flight, ` +
    `injected ${final.injected503}× 503 and ${final.injected429}× 429 (Retry-After: 0), ${final.overLimit429} requests over the limit; ` +
    `first to last request ${elapsedSec.toFixed(2)} s, ${wallSec.toFixed(1)} s with start-up`,
);
const result: Record<string, number> = {
  recipients,
  limitPerSec,
  theoreticalSec: round(theoreticalSec),
  elapsedSec: round(elapsedSec),
  efficiency: round(theoreticalSec / elapsedSec),
  lost: recipients - final.delivered,
  duplicates: final.duplicates,
  maxObservedRatePerSec: final.maxInAnySecond,
};
if (inFlightAtKill !== undefined) result.inFlightAtKill = inFlightAtKill;
console.log(JSON.stringify(result));

interface ConnectorStats {
  requests: number;
  injected503: number;
  injected429: number;
  overLimit429: number;
  firstAt: number;
  lastAt: number;
  delivered: number;
  duplicates: number;
  maxInAnySecond: number;
}

async function seedMembers(): Promise<void> {
  const now = new Date().toISOString();
  for (let start = 0; start < recipients; start += 100) {
    const operations = Array.from({ length: Math.min(100, recipients - start) }, (_, offset) => {
      const n = start + offset;
      const member: Member = {
        id: `member-${n}`,
        tenantId,
        name: `Councillor ${n}`,
        conversationReference: {
          conversation: { id: `a:bench-${n}`, conversationType: 'personal', tenantId },
          serviceUrl: `${connectorUrl}/`,
          channelId: 'msteams',
          bot: { id: '28:bot' },
          user: { id: `29:member-${n}` },
        } as Member['conversationReference'],
        firstSeenAt: now,
        lastSeenAt: now,
        installed: true,
        roles: [],
        preferences: { briefings: true, trainingNudges: true },
      };
      return { operationType: 'Create' as const, partitionKey: tenantId, resourceBody: member as unknown as JSONObject };
    });
    await store.containers.members.items.bulk(operations);
  }
}

/** Writes the campaign and its 10,000 ledger entries before any engine runs. */
async function createCampaign(): Promise<void> {
  const ledger = new DeliveryLedger(store.containers.deliveries);
  const campaign = {
    id: campaignId,
    tenantId,
    purpose: 'benchmark',
    message: { kind: 'text' as const, text: 'The fortnightly member briefing is here.' },
    recipients: Array.from({ length: recipients }, (_, n) => ({ memberId: `member-${n}` })),
  };
  await ledger.createHeader(campaign, new Date());
  const header = (await ledger.header(campaignId))!;
  await ledger.writeDeliveries(header.value, new Date());
  await ledger.replaceIfUnchanged({ ...header.value, status: 'active' as const }, header.etag);
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
}
function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}
function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
