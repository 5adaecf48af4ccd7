import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground, type Playground } from '../../src/cli/playground/start-playground.js';
import { cardShowing, openLoopbackPage, sendChatMessage } from '../support/browser.js';
import { freeLoopbackPort } from '../support/free-port.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

export const screenshotDirectory = 'test-results';

describe('a councillor chatting in Microsoft 365 Agents Playground (headless Chromium)', () => {
  let bot: TestBot;
  let playground: Playground;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(screenshotDirectory, { recursive: true });
    bot = await startTestBot({ ANSWER_FORMAT: 'playground' });
    playground = await startPlayground(`${bot.url}/api/messages`, await freeLoopbackPort());
    ({ browser, page } = await openLoopbackPage());
    await page.goto(playground.url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await bot?.stop();
  });

  it('sees the welcome card with example questions when the app is installed', async () => {
    const welcome = await cardShowing(page, 'Corporate Parenting Companion', 60_000);
    const example = welcome.getByRole('button', { name: 'What are the 7 corporate parenting principles?' });
    expect(await example.isVisible()).toBe(true);
    await page.screenshot({ path: `${screenshotDirectory}/playground-welcome.png`, fullPage: true });
  }, 90_000);

  it('asks a question in plain English and reads a sourced answer', async () => {
    await sendChatMessage(page, 'what should I ask on a reg 44 visit?');
    const answer = page.locator('.fai-OutputCard', { hasText: 'Sources' }).filter({ hasText: 'Regulation 44' }).last();
    await answer.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${screenshotDirectory}/playground-answer.png`, fullPage: true });
    // Rendered, not raw: the markdown's ** and [1](url) are gone, and the sources are links.
    expect(await answer.textContent()).not.toContain('**');
    expect(await answer.locator('a').count()).toBeGreaterThan(0);
  }, 60_000);

  it('asks to compare two councils and reads both reports, the second under its own heading', async () => {
    await sendChatMessage(page, "How did Rotherham's number of looked after children in 2013 compare with Rutland's in 2014?");
    const answer = page.locator('.fai-OutputCard', { hasText: 'Sources' }).filter({ hasText: 'four hundred (400)' }).last();
    await answer.waitFor({ timeout: 30_000 });
    expect(await answer.textContent()).toContain('37 looked after children');
    // Where the first council's report ends and the second's begins, under its title.
    const secondHeading = answer.locator('strong', { hasText: "For comparison: Rotherham's 2013" }).first();
    await secondHeading.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshotDirectory}/playground-comparison.png` });
    expect(await secondHeading.isVisible()).toBe(true);
  }, 60_000);

  it('opens the principles card and the settings card', async () => {
    await sendChatMessage(page, 'principles');
    const principles = await cardShowing(page, 'The seven corporate parenting principles');
    expect(await principles.textContent()).toContain('to prepare those children and young people for adulthood and independent living');
    await page.screenshot({ path: `${screenshotDirectory}/playground-principles.png`, fullPage: true });

    await sendChatMessage(page, 'settings');
    const settings = await cardShowing(page, 'Your settings');
    await settings.getByRole('checkbox', { name: 'Scrutiny member' }).check();
    await settings.getByRole('button', { name: 'Save' }).click();
    await cardShowing(page, 'Saved ✓');
    await page.screenshot({ path: `${screenshotDirectory}/playground-settings.png`, fullPage: true });
  }, 90_000);

  it('types "help" and sees the help card', async () => {
    await sendChatMessage(page, 'help');
    const help = await cardShowing(page, 'What I can do');
    expect(await help.textContent()).toContain('Show this list');
    await page.screenshot({ path: `${screenshotDirectory}/playground-help.png`, fullPage: true });
  }, 60_000);
});
