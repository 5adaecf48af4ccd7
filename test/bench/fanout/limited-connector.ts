import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// A Bot Connector for the fan-out benchmark, in its own process: it enforces a messages-per-second
// limit over any sliding second (a request over it gets 429 with Retry-After: 1), fails a share of
// requests on purpose (503, or 429 with Retry-After: 0), and counts what it received.
const limitPerSec = Number(process.argv[2] ?? 500);
const failureRate = Number(process.argv[3] ?? 0.05);
let seed = 12345;
const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);

const arrivals: number[] = [];
const delivered = new Map<string, number>();
const counts = { requests: 0, injected503: 0, injected429: 0, overLimit429: 0, firstAt: 0, lastAt: 0 };
let windowStart = 0;

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/stats') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ...counts, delivered: delivered.size, duplicates: [...delivered.values()].reduce((n, c) => n + c - 1, 0), maxInAnySecond: maxInAnySecond() }));
    return;
  }
  const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
  req.resume();
  req.on('end', () => {
    if (!match || req.method !== 'POST') {
      res.writeHead(404).end();
      return;
    }
    const now = performance.timeOrigin + performance.now();
    arrivals.push(now);
    counts.requests += 1;
    counts.firstAt ||= now;
    counts.lastAt = now;
    while (arrivals[windowStart]! <= now - 1000) windowStart += 1;
    if (arrivals.length - windowStart > limitPerSec) {
      counts.overLimit429 += 1;
      res.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' }).end('{"error":{"code":"Throttled"}}');
      return;
    }
    const roll = random();
    if (roll < failureRate / 2) {
      counts.injected503 += 1;
      res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":{"code":"ServiceUnavailable"}}');
      return;
    }
    if (roll < failureRate) {
      counts.injected429 += 1;
      res.writeHead(429, { 'retry-after': '0', 'content-type': 'application/json' }).end('{"error":{"code":"Throttled"}}');
      return;
    }
    const conversationId = decodeURIComponent(match[1]!);
    delivered.set(conversationId, (delivered.get(conversationId) ?? 0) + 1);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `a-${counts.requests}` }));
  });
});

function maxInAnySecond(): number {
  let most = 0;
  let start = 0;
  for (let end = 0; end < arrivals.length; end += 1) {
    while (arrivals[start]! <= arrivals[end]! - 1000) start += 1;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })}\n`);
});
