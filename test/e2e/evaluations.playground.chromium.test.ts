import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground, type Playground } from '../../src/cli/playground/start-playground.js';
import type { EvaluationResponse } from '../../src/features/evaluations/evaluation-repository.js';
import type { TestUser } from '../support/activities.js';
import { cardShowing, openLoopbackPage, sendChatMessage } from '../support/browser.js';
import { freeLoopbackPort } from '../support/free-port.js';
import { installMembers } from '../support/members.js';
import { cardText, cardsOf, startTestBot, type TestBot } from '../support/test-bot.js';
import { click, say } from '../support/protocol.js';

const screenshots = 'test-results';

/** The playground's own user and tenant, from its default configuration (what it puts on every activity). */
const playgroundTenantId = '00000000-0000-0000-0000-0000000000001';
const alexWilberAadObjectId = '00000000-0000-0000-0000-0000000000020';

/** A second officer, in the playground's tenant, who sets up the session through the bot's HTTP endpoint. */
const officer: TestUser = { id: '29:pg-officer', aadObjectId: '00000000-0000-4000-8000-0000000000aa', name: 'Olive Officer', tenantId: playgroundTenantId };

describe('a councillor fills in a session evaluation in Microsoft 365 Agents Playground (headless Chromium)', () => {
  let bot: TestBot;
  let playground: Playground;
  let browser: Browser;
  let page: Page;
  let sessionId = '';

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    // Alex Wilber is an officer too, so the same person can read the summary in the playground.
    bot = await startTestBot({ ADMIN_AAD_OBJECT_IDS: `${officer.aadObjectId},${alexWilberAadObjectId}` }, { background: true });
    playground = await startPlayground(`${bot.url}/api/messages`, await freeLoopbackPort());
    ({ browser, page } = await openLoopbackPage());
    await page.goto(playground.url);
    await cardShowing(page, 'Corporate Parenting Companion', 60_000);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await bot?.stop();
  });

  it('when attendance is recorded, the evaluation form arrives in the chat', async () => {
    // Loading the page installed the app for the playground's user (`user-id-0`), under this Entra object id.
    expect(await bot.app.members.listByTenant(playgroundTenantId)).toMatchObject([
      { aadObjectId: alexWilberAadObjectId, conversationReference: { user: { id: 'user-id-0' } } },
    ]);

    // The officer adds this morning's session and imports its attendance from the HR system.
    await installMembers(bot, [officer]);
    const [list] = cardsOf(await say(bot, officer, 'sessions'));
    const { card: form } = await click(bot, officer, list, 'training.newSession');
    const saved = await click(bot, officer, form, 'training.saveSession', {
      title: 'Corporate parenting induction',
      level: '1',
      outline: 'Your role as a corporate parent.',
      date: '2026-11-23',
      startTime: '08:00',
      endTime: '09:30',
      place: 'Council Chamber',
      meetingUrl: '',
    });
    sessionId = /ses-[a-z0-9]+/.exec(JSON.stringify(saved.card))![0];
    const [importForm] = cardsOf(await say(bot, officer, 'import attendance'));
    const imported = await click(bot, officer, importForm, 'training.importCsv', { kind: 'attendance', csv: `member,session\n${alexWilberAadObjectId},${sessionId}` });
    expect(cardText(imported.card)).toContain('1 newly recorded');

    const evaluation = await cardShowing(page, 'Session evaluation');
    expect(await evaluation.textContent()).toContain('Corporate parenting induction');
  }, 60_000);

  it('fills in and submits the form, and sees the "Thank you" card', async () => {
    // Tall enough for the whole form, so the screenshots show every card in full.
    await page.setViewportSize({ width: 1280, height: 2400 });
    const form = page.locator('.ac-adaptiveCard', { hasText: 'Session evaluation' }).first();
    await form.getByRole('radio', { name: 'Yes, in full', exact: true }).check();
    await form.getByRole('radio', { name: 'To a great extent', exact: true }).check();
    await form.getByRole('radio', { name: 'Very satisfied', exact: true }).check();
    await form.getByRole('radio', { name: 'Meet your expectations', exact: true }).check();
    await form.getByRole('textbox', { name: /What have you learned today/ }).fill('What to ask on a Regulation 44 visit');
    await form.getByRole('textbox', { name: /How could the session be improved/ }).fill('More time for questions');
    await form.screenshot({ path: `${screenshots}/evaluations-form.png` });
    await form.getByRole('button', { name: 'Submit' }).click();

    const thanks = await cardShowing(page, 'Thank you — submitted on');
    expect(await thanks.textContent()).toContain('Meet your expectations');
    await thanks.screenshot({ path: `${screenshots}/evaluations-thanks.png` });
    await page.screenshot({ path: `${screenshots}/evaluations-chat.png` });

    const { resources } = await bot.app.store.containers.evaluations.items.readAll<EvaluationResponse>().fetchAll();
    const responses = resources.filter((record) => record.kind === 'response');
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({
      sessionId,
      answers: { objectives: 'in-full', relevance: 'great', satisfaction: 'very-satisfied', expectations: 'met', learned: 'What to ask on a Regulation 44 visit', improvements: 'More time for questions' },
    });
  }, 60_000);

  it('as an officer, reads the summary of the session', async () => {
    await sendChatMessage(page, 'evaluation summary');
    const picker = await cardShowing(page, 'Evaluation summaries');
    await picker.getByRole('checkbox', { name: /Corporate parenting induction/ }).check();
    await picker.getByRole('button', { name: 'Show summary' }).click();

    const summary = await cardShowing(page, 'Summary of evaluation sheets');
    const text = await summary.textContent();
    expect(text).toContain('Of 1 response:');
    expect(text).toContain('Yes, in full');
    expect(text).toContain('Written answers are shown once there are at least 3 responses');
    await summary.screenshot({ path: `${screenshots}/evaluations-summary.png` });
  }, 60_000);
});
