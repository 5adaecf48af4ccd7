import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

const loopbackUrl = /^(https?|wss?):\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//;

/** Debian's headless Chromium, with every request that would leave this machine aborted. */
export async function openLoopbackPage(): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route('**/*', (route) => (loopbackUrl.test(route.request().url()) ? route.continue() : route.abort()));
  return { browser, page };
}

/** The playground's compose box: type a message and send it. */
export async function sendChatMessage(page: Page, text: string): Promise<void> {
  const box = page.locator('div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]');
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** The first Adaptive Card on the page showing this text, once it has appeared. */
export async function cardShowing(page: Page, text: string, timeout = 30_000): Promise<Locator> {
  const card = page.locator('.ac-adaptiveCard', { hasText: text }).first();
  await card.waitFor({ timeout });
  return card;
}
