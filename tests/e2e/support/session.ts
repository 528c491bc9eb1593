import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@/lib/demo/demo-accounts';
import { baseUrl, launchBrowser, signIn } from './browser';

/** What the tests of a describe block share: one browser, and a fresh context and page for each test. */
export interface BrowserPerTest {
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/**
 * Launches one browser for the calling describe block and gives every test a fresh context (from
 * `openContext`, by default a plain one) with one page, closed after the test. The fields are set
 * by the hooks: read them inside tests and hooks, not while the block is being declared.
 */
export function useBrowserPerTest(openContext: (browser: Browser) => Promise<BrowserContext> = (browser) => browser.newContext()): BrowserPerTest {
  const session = {} as BrowserPerTest;
  beforeAll(async () => {
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  beforeEach(async () => {
    session.context = await openContext(session.browser);
    session.page = await session.context.newPage();
  });
  afterEach(async () => {
    await session.context.close();
  });
  return session;
}

/** Signs in with the demo password and waits until the dashboard is there. */
export async function signInToDashboard(page: Page, email: string): Promise<void> {
  await signIn(page, email, DEMO_PASSWORD);
  await page.waitForURL(`${baseUrl()}/`);
}
