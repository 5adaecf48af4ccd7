import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedActivity {
  readonly method: 'POST' | 'PUT' | 'DELETE';
  readonly conversationId: string;
  readonly activityId?: string;
  readonly body: Record<string, unknown>;
  readonly at: number;
}

export type InjectedFailure = { status: number; retryAfterSeconds?: number };

/**
 * A Bot Connector on loopback: the Bot Framework REST endpoints a bot calls to send, update
 * and delete messages. It records what it receives and fails on demand.
 */
export class FakeConnector {
  readonly received: ReceivedActivity[] = [];
  /** Every activity request, failed ones included, with the status it got. */
  readonly requests: { readonly at: number; readonly method: string; readonly conversationId: string; readonly status: number }[] = [];
  private server?: Server;
  private nextId = 1;
  private failures: InjectedFailure[] = [];
  url = '';

  /** Requests to these conversations fail, in order, before any other injected failure. */
  private readonly failuresByConversation = new Map<string, InjectedFailure[]>();
  /** Milliseconds every request takes to answer. */
  delayMs = 0;

  /** The next requests fail, in order, with these statuses. */
  failNext(...failures: InjectedFailure[]): void {
    this.failures.push(...failures);
  }

  failConversation(conversationId: string, ...failures: InjectedFailure[]): void {
    this.failuresByConversation.set(conversationId, [...(this.failuresByConversation.get(conversationId) ?? []), ...failures]);
  }

  messages(conversationId?: string): Record<string, unknown>[] {
    return this.received
      .filter((entry) => entry.method === 'POST' && (!conversationId || entry.conversationId === conversationId))
      .map((entry) => entry.body);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const memberLookup = /^\/v3\/conversations\/[^/]+\/members\/([^/?]+)/.exec(req.url ?? '');
    if (req.method === 'GET' && memberLookup) {
      const id = decodeURIComponent(memberLookup[1]!);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id, email: emailFor(id), userPrincipalName: emailFor(id) }));
      return;
    }
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
    const method = req.method as ReceivedActivity['method'];
    if (!match || !['POST', 'PUT', 'DELETE'].includes(method)) {
      res.writeHead(404);
      res.end();
      return;
    }
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const failure = this.failuresByConversation.get(decodeURIComponent(match[1]!))?.shift() ?? this.failures.shift();
    this.requests.push({ at: Date.now(), method, conversationId: decodeURIComponent(match[1]!), status: failure?.status ?? 200 });
    if (failure) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (failure.retryAfterSeconds !== undefined) headers['retry-after'] = String(failure.retryAfterSeconds);
      res.writeHead(failure.status, headers);
      res.end(JSON.stringify({ error: { code: 'Injected', message: 'injected' } }));
      return;
    }
    const conversationId = decodeURIComponent(match[1]!);
    const activityId = match[2] ? decodeURIComponent(match[2]) : undefined;
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    this.received.push({ method, conversationId, activityId, body, at: Date.now() });
    const id = method === 'POST' ? `activity-${this.nextId++}` : activityId;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id }));
  }
}

/** The made-up work email the fake Teams gives a user id (e.g. 29:m-1 → m-1@council.example). */
export function emailFor(userId: string): string {
  return `${userId.replace(/^\d+:/, '').replace(/[^a-z0-9-]/gi, '')}@council.example`.toLowerCase();
}
