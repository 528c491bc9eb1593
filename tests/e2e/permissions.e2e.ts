import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@/lib/demo/demo-accounts';
import { seriousViolations } from './support/axe';
import { baseUrl, findChromium, launchBrowser, signIn } from './support/browser';

// Skipped only when no chromium is installed (the reason is printed by global-setup); CI installs it.
const describeWithBrowser = findChromium() ? describe : describe.skip;

describeWithBrowser('Berechtigungen und Rücksprung nach der Anmeldung im Browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    // bypassCSP only so that axe-core can be injected; the app's own CSP is tested elsewhere.
    context = await browser.newContext({ bypassCSP: true });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
  });

  async function signedInAs(p: Page, email: string): Promise<void> {
    await signIn(p, email, DEMO_PASSWORD);
    await p.waitForURL(`${baseUrl()}/`);
  }

  async function hrefOnDashboard(p: Page, pattern: RegExp): Promise<string> {
    const hrefs = await p.getByRole('main').locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const href = hrefs.find((h) => pattern.test(h));
    if (!href) throw new Error(`Kein Link ${pattern} auf der Übersicht: ${hrefs.join(', ')}`);
    return href;
  }

  it('an editor opening a coordinator-only page of their own district is told the right is missing, with a way back', async () => {
    await signedInAs(page, 'redaktion@musterland.example');
    const district = await hrefOnDashboard(page, /^\/districts\/[0-9a-f-]{36}$/);
    const concept = await hrefOnDashboard(page, /^\/concepts\/[0-9a-f-]{36}$/);

    for (const path of [`${district}/audit`, `${concept}/eckdaten`, `${district}/facilities/new`, `${district}/concepts/new`]) {
      const response = await page.goto(`${baseUrl()}${path}`);
      expect({ path, status: response?.status() }).toEqual({ path, status: 403 });
      await page.getByRole('heading', { name: 'Dafür fehlt Ihnen die Berechtigung', level: 1 }).waitFor();
      await expect(page.getByText('Seite nicht gefunden').count()).resolves.toBe(0);
    }
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('main').getByRole('link', { name: 'Zur Übersicht' }).click();
    await page.waitForURL(`${baseUrl()}/`);
  });

  it('the same pages of another district still answer „Seite nicht gefunden“', async () => {
    const other = await browser.newContext();
    const coordinator = await other.newPage();
    await signedInAs(coordinator, 'koordination@beispielstadt.example');
    const foreignDistrict = await hrefOnDashboard(coordinator, /^\/districts\/[0-9a-f-]{36}$/);
    const foreignConcept = await hrefOnDashboard(coordinator, /^\/concepts\/[0-9a-f-]{36}$/).catch(() => undefined);
    // Her own Protokoll opens for the coordinator.
    await coordinator.goto(`${baseUrl()}${foreignDistrict}/audit`);
    await coordinator.getByRole('heading', { name: /^Protokoll/, level: 1 }).waitFor();
    await other.close();

    await signedInAs(page, 'redaktion@musterland.example');
    const paths = [`${foreignDistrict}/audit`, `${foreignDistrict}/facilities/new`, ...(foreignConcept ? [`${foreignConcept}/eckdaten`] : [])];
    for (const path of [...paths, '/districts/keine-kennung/audit']) {
      const response = await page.goto(`${baseUrl()}${path}`);
      expect({ path, status: response?.status() }).toEqual({ path, status: 404 });
      await page.getByRole('heading', { name: 'Seite nicht gefunden', level: 1 }).waitFor();
    }
  });

  it('a return address that resolves to another host (/.//host) lands on the Werkstatt after sign-in', async () => {
    const own = new URL(baseUrl()).host;
    for (const callbackUrl of ['/.//evil.example/phish', '/%2e//evil.example/phish', '/..//evil.example/phish']) {
      await page.goto(`${baseUrl()}/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      await page.getByLabel('E-Mail-Adresse').fill('redaktion@musterland.example');
      await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Anmelden' }).click();
      await page.waitForURL((url) => url.pathname === '/' || url.host !== own);
      expect(new URL(page.url()).host).toBe(own);
      await page.getByRole('heading', { level: 1 }).waitFor();

      // Already signed in, the sign-in page sends the browser on at once: to the Werkstatt as well.
      await page.goto(`${baseUrl()}/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      await page.waitForURL((url) => url.pathname !== '/login');
      expect(new URL(page.url()).host).toBe(own);
      await context.clearCookies();
    }
  });
});
