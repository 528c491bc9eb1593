import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@/lib/demo/demo-accounts';
import { seriousViolations } from './support/axe';
import { baseUrl, findChromium, launchBrowser, signIn } from './support/browser';

// Skipped only when no chromium is installed (the reason is printed by global-setup); CI installs it.
const describeWithBrowser = findChromium() ? describe : describe.skip;

describeWithBrowser('Barrierefreiheit (axe-core, WCAG 2.1 AA)', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ bypassCSP: true });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the sign-in page has no serious violations', async () => {
    await page.goto(`${baseUrl()}/login`);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the coordinator’s pages have no serious violations', async () => {
    await signIn(page, 'koordination@musterland.example', DEMO_PASSWORD);
    await page.waitForURL(`${baseUrl()}/`);
    const visited: Record<string, string[]> = { dashboard: await seriousViolations(page) };
    await page.getByRole('main').getByRole('link', { name: /Gewaltschutzkonzept für die Gemeinschaftsunterkünfte/ }).first().click();
    await page.waitForURL(/\/concepts\/[0-9a-f-]{36}$/);
    visited.overview = await seriousViolations(page);
    const conceptUrl = page.url();
    await page.getByRole('table').getByRole('link', { name: 'Beschwerdemanagement', exact: true }).click();
    await page.locator('.ProseMirror').waitFor();
    visited.editor = await seriousViolations(page);
    await page.getByRole('link', { name: 'Verlauf und Vergleich' }).click();
    await page.getByRole('heading', { name: 'Versionen vergleichen' }).waitFor();
    visited.history = await seriousViolations(page);
    // The ten-column risk analysis: a table wider than the page, which scrolls sideways (editor and read-only view).
    await page.goto(`${conceptUrl}/sections/risikoanalyse`);
    await page.locator('.ProseMirror table').first().waitFor();
    visited.wideTableEditor = await seriousViolations(page);
    await page.goto(`${conceptUrl}/sections/risikoanalyse/history?view=1`);
    await page.locator('.table-wrap').first().waitFor();
    visited.wideTableHistory = await seriousViolations(page);
    await page.goto(`${conceptUrl}/eckdaten`);
    await page.getByRole('heading', { name: 'Eckdaten bearbeiten' }).waitFor();
    visited.details = await seriousViolations(page);
    await page.goto(conceptUrl);
    await page.getByRole('link', { name: /Landkreis Musterland/ }).first().click();
    await page.waitForURL(/\/districts\/[0-9a-f-]{36}$/);
    const districtUrl = page.url();
    for (const tab of ['facilities', 'contacts', 'members', 'audit']) {
      await page.goto(`${districtUrl}/${tab}`);
      visited[tab] = await seriousViolations(page);
    }
    await page.goto(`${baseUrl()}/account`);
    visited.account = await seriousViolations(page);
    expect(visited).toEqual(Object.fromEntries(Object.keys(visited).map((k) => [k, []])));
  });

  it('the administration pages have no serious violations', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const admin = await context.newPage();
    await signIn(admin, 'admin@werkstatt.example', DEMO_PASSWORD);
    await admin.waitForURL(`${baseUrl()}/`);
    const visited: Record<string, string[]> = {};
    for (const path of ['/admin', '/admin/districts', '/admin/users']) {
      await admin.goto(`${baseUrl()}${path}`);
      visited[path] = await seriousViolations(admin);
    }
    expect(visited).toEqual({ '/admin': [], '/admin/districts': [], '/admin/users': [] });
    await context.close();
  });
});
