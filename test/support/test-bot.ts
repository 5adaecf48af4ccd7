import { createApp, type App, type AppDependencies } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { fixedClock } from '../../src/platform/clock.js';
import { createLogger } from '../../src/platform/logger.js';
import { FakeConnector } from './fake-connector.js';

export interface TestBot {
  readonly app: App;
  readonly url: string;
  readonly connector: FakeConnector;
  readonly clock: ReturnType<typeof fixedClock>;
  /** POSTs an activity to /api/messages; returns the status and the parsed JSON body (if any). */
  post(activity: unknown): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

export interface TestBotOptions extends Pick<AppDependencies, 'deliveryOptions' | 'background' | 'instanceId'> {
  readonly now?: string;
}

/** A repeatable stand-in for Math.random, so backoff and start offsets are the same every run. */
export function seededRandom(seed = 42): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * The real app — HTTP, Bot Framework adapter, embedded Cosmos, delivery engine — on a free loopback
 * port, with a fixed clock. The delivery engine and the scheduler do not run in the background unless
 * asked: tests drive them with `app.delivery.runUntilIdle()` and `app.scheduler.tick()`.
 */
export async function startTestBot(env: Record<string, string> = {}, options: TestBotOptions = {}): Promise<TestBot> {
  const clock = fixedClock(options.now ?? '2026-11-23T10:00:00Z');
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', ...env });
  const app = await createApp(config, {
    clock,
    logger: createLogger('silent'),
    background: options.background ?? false,
    random: seededRandom(),
    deliveryOptions: { backoffBaseMs: 10, pollIntervalMs: 50, ...options.deliveryOptions },
    instanceId: options.instanceId,
  });
  const url = await app.start();
  const connector = new FakeConnector();
  await connector.start();
  return {
    app,
    url,
    connector,
    clock,
    async post(activity) {
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: typeof activity === 'string' ? activity : JSON.stringify(activity),
      });
      const text = await response.text();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      return { status: response.status, body };
    },
    async stop() {
      await app.stop();
      await connector.stop();
    },
  };
}

/** The replies of an expectReplies turn. */
export function repliesOf(body: any): any[] {
  return (body?.activities ?? []) as any[];
}

export function cardsOf(activities: readonly any[]): any[] {
  return activities.flatMap((activity) =>
    (activity.attachments ?? [])
      .filter((attachment: any) => attachment.contentType === 'application/vnd.microsoft.card.adaptive')
      .map((attachment: any) => attachment.content),
  );
}

/** All the text of a card, for assertions that read like what the member sees. */
export function cardText(card: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value === 'string' && ['text', 'title', 'value', 'label'].includes(key)) texts.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  return texts.join('\n');
}
