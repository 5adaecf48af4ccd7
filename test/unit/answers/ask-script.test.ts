import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const replySchema = z.strictObject({
  answered: z.boolean(),
  articleId: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  text: z.string().min(1),
  sources: z.array(z.strictObject({ title: z.string(), url: z.string().optional() })),
});

function ask(args: string[], input?: string): z.infer<typeof replySchema>[] {
  const run = spawnSync('npx', ['tsx', 'src/cli/ask.ts', ...args], { cwd: repoRoot, input, encoding: 'utf8', timeout: 60_000 });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => replySchema.parse(JSON.parse(line)));
}

describe('npm run ask -- --json', () => {
  it('prints one JSON reply for a question given as an argument', () => {
    const [reply, ...rest] = ask(['--json', 'What is a Reg 44 visit?']);
    expect(rest).toHaveLength(0);
    expect(reply?.answered).toBe(true);
    expect(reply?.articleId).toMatch(/reg44/);
    expect(reply?.sources.length).toBeGreaterThan(0);
    expect(reply?.text).toMatch(/Sources/);
  }, 60_000);

  it('answers questions read one a line from stdin, in order', () => {
    const replies = ask(['--json'], "what's a PEP\nWhen are the bins collected?\n");
    expect(replies).toHaveLength(2);
    expect(replies[0]).toMatchObject({ answered: true });
    expect(replies[0]?.articleId).toMatch(/pep/);
    expect(replies[1]).toMatchObject({ answered: false, articleId: null, sources: [] });
  }, 60_000);

  it('stops quietly when its reader stops reading (| head)', () => {
    const pipeline = 'yes "what is a PEP" | head -n 300 | npx tsx src/cli/ask.ts --json | head -n 1; echo "ask exit ${PIPESTATUS[2]}" >&2';
    const run = spawnSync('bash', ['-c', pipeline], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(replySchema.parse(JSON.parse(run.stdout)).articleId).toMatch(/pep/);
    expect(run.stderr).not.toMatch(/EPIPE/);
    expect(run.stderr).toMatch(/ask exit 0/);
  }, 60_000);
});
