import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@/lib/demo/demo-accounts';
import { seriousViolations } from './support/axe';
import { baseUrl, findChromium } from './support/browser';
import { signInToDashboard, useBrowserPerTest } from './support/session';

// Skipped only when no chromium is installed (the reason is printed by global-setup); CI installs it.
const describeWithBrowser = findChromium() ? describe : describe.skip;

describeWithBrowser('Berechtigungen und Rücksprung nach der Anmeldung im Browser', () => {
  // bypassCSP only so that axe-core can be injected; the app's own CSP is tested elsewhere.
  const current = useBrowserPerTest((browser) => browser.newContext({ bypassCSP: true }));

  async function hrefOnDashboard(p: Page, pattern: RegExp): Promise<string> {
    const hrefs = await p.getByRole('main').locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const href = hrefs.find((h) => pattern.test(h));
    if (!href) throw new Error(`Kein Link ${pattern} auf der Übersicht: ${hrefs.join(', ')}`);
    return href;
  }

  it('an editor opening a coordinator-only page of their own district is told the right is missing, with a way back', async () => {
    await signInToDashboard(current.page, 'redaktion@musterland.example');
    const district = await hrefOnDashboard(current.page, /^\/districts\/[0-9a-f-]{36}$/);
    const concept = await hrefOnDashboard(current.page, /^\/concepts\/[0-9a-f-]{36}$/);

    for (const path of [`${district}/audit`, `${concept}/eckdaten`, `${district}/facilities/new`, `${district}/concepts/new`]) {
      const response = await current.page.goto(`${baseUrl()}${path}`);
      expect({ path, status: response?.status() }).toEqual({ path, status: 403 });
      await current.page.getByRole('heading', { name: 'Dafür fehlt Ihnen die Berechtigung', level: 1 }).waitFor();
      await expect(current.page.getByText('Seite nicht gefunden').count()).resolves.toBe(0);
    }
    expect(await seriousViolations(current.page)).toEqual([]);

    await current.page.getByRole('main').getByRole('link', { name: 'Zur Übersicht' }).click();
    await current.page.waitForURL(`${baseUrl()}/`);
  });

  it('the same pages of another district still answer „Seite nicht gefunden“', async () => {
    const other = await current.browser.newContext();
    const coordinator = await other.newPage();
    await signInToDashboard(coordinator, 'koordination@beispielstadt.example');
    const foreignDistrict = await hrefOnDashboard(coordinator, /^\/districts\/[0-9a-f-]{36}$/);
    const foreignConcept = await hrefOnDashboard(coordinator, /^\/concepts\/[0-9a-f-]{36}$/).catch(() => undefined);
    // Her own Protokoll opens for the coordinator.
    await coordinator.goto(`${baseUrl()}${foreignDistrict}/audit`);
    await coordinator.getByRole('heading', { name: /^Protokoll/, level: 1 }).waitFor();
    await other.close();

    await signInToDashboard(current.page, 'redaktion@musterland.example');
    const paths = [`${foreignDistrict}/audit`, `${foreignDistrict}/facilities/new`, ...(foreignConcept ? [`${foreignConcept}/eckdaten`] : [])];
    for (const path of [...paths, '/districts/keine-kennung/audit']) {
      const response = await current.page.goto(`${baseUrl()}${path}`);
      expect({ path, status: response?.status() }).toEqual({ path, status: 404 });
      await current.page.getByRole('heading', { name: 'Seite nicht gefunden', level: 1 }).waitFor();
    }
  });

  it('a return address that resolves to another host (/.//host) lands on the Werkstatt after sign-in', async () => {
    const own = new URL(baseUrl()).host;
    for (const callbackUrl of ['/.//evil.example/phish', '/%2e//evil.example/phish', '/..//evil.example/phish']) {
      await current.page.goto(`${baseUrl()}/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      await current.page.getByLabel('E-Mail-Adresse').fill('redaktion@musterland.example');
      await current.page.getByLabel('Passwort').fill(DEMO_PASSWORD);
      await current.page.getByRole('button', { name: 'Anmelden' }).click();
      await current.page.waitForURL((url) => url.pathname === '/' || url.host !== own);
      expect(new URL(current.page.url()).host).toBe(own);
      await current.page.getByRole('heading', { level: 1 }).waitFor();

      // Already signed in, the sign-in page sends the browser on at once: to the Werkstatt as well.
      await current.page.goto(`${baseUrl()}/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      await current.page.waitForURL((url) => url.pathname !== '/login');
      expect(new URL(current.page.url()).host).toBe(own);
      await current.context.clearCookies();
    }
  });
});
