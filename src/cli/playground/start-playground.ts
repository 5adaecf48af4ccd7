import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Playground {
  readonly url: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

const preload = fileURLToPath(new URL('./loopback-only.cjs', import.meta.url));

/**
 * Starts Microsoft 365 Agents Playground (a local Teams-like client) pointed at the bot,
 * on loopback only, and resolves when its page answers.
 */
export async function startPlayground(botEndpoint: string, port = 56150): Promise<Playground> {
  const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [cli, '-e', botEndpoint, '-c', 'msteams', '-p', String(port), '--service-url', `${url}/_connector`, '--disable-telemetry'],
    {
      cwd: mkdtempSync(join(tmpdir(), 'playground-')),
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', NODE_OPTIONS: `--require ${preload}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Agents Playground exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (Date.now() >= deadline) {
    child.kill();
    throw new Error(`Agents Playground did not start within 60 s:\n${output}`);
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
