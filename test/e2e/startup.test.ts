import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Starting tsx and the bot takes 2–5 s on this 2-core machine, longer when it is busy: a ceiling, not a measure. */
const startupLimitMs = 60_000;

const startBot = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['--disable-warning=DEP0111', '--import', 'tsx', 'src/main.ts'], {
    cwd: new URL('../../', import.meta.url),
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: startupLimitMs,
  });

describe('starting the bot', () => {
  it('refuses to start in production without credentials, naming what is missing, with a non-zero exit', () => {
    const run = startBot({ NODE_ENV: 'production', HOST: '0.0.0.0' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Corporate Parenting Companion cannot start');
    for (const name of ['MicrosoftAppId', 'MicrosoftAppPassword', 'COSMOS_ENDPOINT']) expect(run.stderr).toContain(`${name} is required`);
  }, startupLimitMs);

  it('refuses to listen beyond loopback without Bot Framework credentials', () => {
    const run = startBot({ HOST: '0.0.0.0' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/MicrosoftAppId is required when HOST is not a loopback address/);
  }, startupLimitMs);
});
