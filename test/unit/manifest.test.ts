import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppPackage, fillManifest, manifestDirectory, manifestProblems } from '../../src/cli/app-package.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

const settings = { MicrosoftAppId: '11111111-1111-4111-8111-111111111111', BOT_DOMAIN: 'companion.example.gov.uk' };
const template = readFileSync(`${manifestDirectory}manifest.json`, 'utf8');

function pngSize(file: Buffer): { width: number; height: number; hasAlpha: boolean } {
  expect(file.subarray(1, 4).toString()).toBe('PNG');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20), hasAlpha: file[25] === 6 };
}

describe('the Teams app package', () => {
  it('fills the bot id and domain, and validates against the official Teams schema', async () => {
    const manifest = fillManifest(template, settings);
    expect(manifest).toMatchObject({ id: settings.MicrosoftAppId, validDomains: [settings.BOT_DOMAIN] });
    expect((manifest.bots as { botId: string }[])[0]!.botId).toBe(settings.MicrosoftAppId);
    expect(await manifestProblems(manifest)).toEqual([]);
  });

  it('the schema check catches a broken manifest', async () => {
    const manifest = { ...fillManifest(template, settings), id: 'not-a-guid', accentColor: 'teal' };
    expect((await manifestProblems(manifest)).length).toBeGreaterThan(0);
  });

  it('ships a 192×192 colour icon and a 32×32 transparent outline icon', () => {
    expect(pngSize(readFileSync(`${manifestDirectory}color.png`))).toMatchObject({ width: 192, height: 192 });
    expect(pngSize(readFileSync(`${manifestDirectory}outline.png`))).toEqual({ width: 32, height: 32, hasAlpha: true });
  });

  it('zips manifest.json and both icons at the root', async () => {
    const { zip } = await buildAppPackage(settings);
    const files = Object.keys((await JSZip.loadAsync(zip)).files).sort();
    expect(files).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  describe('command list', () => {
    let bot: TestBot;
    beforeAll(async () => {
      bot = await startTestBot();
    });
    afterAll(() => bot.stop());

    it('lists exactly the member commands the bot understands', () => {
      const manifest = fillManifest(template, settings) as { bots: { commandLists: { commands: { title: string }[] }[] }[] };
      const listed = manifest.bots[0]!.commandLists.flatMap((list) => list.commands.map((command) => command.title));
      const memberCommands = bot.app.commands.list().filter((command) => !command.adminOnly);
      expect(listed.length).toBeLessThanOrEqual(10);
      for (const title of listed) expect(bot.app.commands.match(title), title).toBeDefined();
      expect(listed.sort()).toEqual(memberCommands.map((command) => command.name).sort());
    });
  });
});
