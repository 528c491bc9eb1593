import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@/lib/demo/demo-accounts';
import { AXE_SOURCE, seriousViolations } from './support/axe';
import { baseUrl, findChromium, launchBrowser, signIn } from './support/browser';

// Skipped only when no chromium is installed (the reason is printed by global-setup); CI installs it.
const describeWithBrowser = findChromium() ? describe : describe.skip;

/** The navigation link to the notifications; its accessible name carries the unread count. */
const notificationsLink = (page: Page) =>
  page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: /^Benachrichtigungen/ });

async function unreadCount(page: Page): Promise<number> {
  const name = (await notificationsLink(page).textContent())!.replace(/\s+/g, ' ');
  const match = /, (\d+\+?) ungelesen/.exec(name);
  return match ? Number.parseInt(match[1]!, 10) : 0;
}

async function signedIn(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  // bypassCSP only so that the axe check below can be injected (as in accessibility.e2e.ts).
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await signIn(page, email, DEMO_PASSWORD);
  await page.waitForURL(`${baseUrl()}/`);
  return { context, page };
}

async function districtUrl(page: Page, name: string): Promise<string> {
  await page.goto(`${baseUrl()}/`);
  const href = await page.getByRole('main').getByRole('link', { name, exact: true }).first().getAttribute('href');
  expect(href).toMatch(/^\/districts\/[0-9a-f-]{36}$/);
  return `${baseUrl()}${href}`;
}

/** Invites a person on the members page and returns the success text, with the password blanked out. */
async function invite(page: Page, membersUrl: string, name: string, email: string): Promise<string> {
  await page.goto(membersUrl);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Dienstliche E-Mail-Adresse').fill(email);
  await page.getByLabel('Rolle').selectOption('editor');
  await page.getByRole('button', { name: 'Einladen' }).click();
  const success = page.locator('.alert--success');
  await success.waitFor();
  const password = (await success.locator('.secret').textContent())!.trim();
  expect(password).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
  return (await success.textContent())!.replace(password, '<Passwort>').replace(name, '<Name>').replace(email, '<Adresse>');
}

describeWithBrowser('Benachrichtigungen und Einladungen im Browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an invitation answers alike for a known and an unknown address; the invited person is notified and answers', async () => {
    const beispielstadt = await signedIn(browser, 'koordination@beispielstadt.example');
    const membersUrl = `${await districtUrl(beispielstadt.page, 'Stadt Beispielstadt')}/members`;
    const stamp = Date.now();

    // Issue 8, item 14: the account of Musterland's coordinator used to be linked at once, and the answer said it existed.
    const forExisting = await invite(beispielstadt.page, membersUrl, 'Miriam aus Musterland', 'koordination@musterland.example');
    const forUnknown = await invite(beispielstadt.page, membersUrl, `Uwe Unbekannt ${stamp}`, `unbekannt-${stamp}@beispielstadt.example`);
    expect(forExisting).toEqual(forUnknown);
    await beispielstadt.page.goto(membersUrl);
    const open = beispielstadt.page.getByRole('table', { name: /Offene Einladungen/ });
    await expect(open.getByRole('row').filter({ hasText: 'koordination@musterland.example' }).getByText('eingeladen').count()).resolves.toBe(1);
    expect(await seriousViolations(beispielstadt.page)).toEqual([]);
    await expect(beispielstadt.page.getByRole('table', { name: /Team der Kommune/ }).getByText('koordination@musterland.example').count()).resolves.toBe(0);
    await expect(beispielstadt.page.getByText('Miriam Muster', { exact: true }).count()).resolves.toBe(0);

    // The invited person sees a count in the navigation and the entry, marked as new, in the list.
    const musterland = await signedIn(browser, 'koordination@musterland.example');
    const before = await unreadCount(musterland.page);
    expect(before).toBeGreaterThanOrEqual(1);
    await notificationsLink(musterland.page).click();
    await musterland.page.waitForURL(`${baseUrl()}/benachrichtigungen`);
    const entry = musterland.page.getByRole('listitem').filter({ hasText: 'Stadt Beispielstadt' }).first();
    await expect(entry.getByText('neu', { exact: true }).count()).resolves.toBe(1);
    await expect(entry.locator('time').textContent()).resolves.toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr$/);
    expect(await seriousViolations(musterland.page)).toEqual([]);

    // Opening the entry marks it read and leads to the invitation on the start page.
    await entry.getByRole('link').click();
    await musterland.page.waitForURL(`${baseUrl()}/#einladungen`);
    await expect(unreadCount(musterland.page)).resolves.toBe(before - 1);
    const invitation = musterland.page.getByRole('region', { name: /Einladung/ });
    await expect(invitation.getByRole('heading', { name: 'Stadt Beispielstadt' }).count()).resolves.toBe(1);
    expect(await seriousViolations(musterland.page)).toEqual([]);
    await invitation.getByRole('button', { name: 'Ablehnen: Einladung in Stadt Beispielstadt' }).click();
    await musterland.page.getByText('Sie haben die Einladung abgelehnt.').waitFor();
    await musterland.page.goto(`${baseUrl()}/`);
    await expect(musterland.page.getByRole('main').getByText('Stadt Beispielstadt').count()).resolves.toBe(0);
    await musterland.context.close();

    // The inviting coordinator is told, and clears the list in one go.
    await beispielstadt.page.goto(`${baseUrl()}/benachrichtigungen`);
    await expect(beispielstadt.page.getByRole('listitem').filter({ hasText: 'Miriam aus Musterland (koordination@musterland.example) hat die Einladung' }).count()).resolves.toBe(1);
    expect(await unreadCount(beispielstadt.page)).toBeGreaterThanOrEqual(1);
    await beispielstadt.page.getByRole('button', { name: 'Alle als gelesen markieren' }).click();
    await beispielstadt.page.getByText('Alles gelesen.').waitFor();
    await expect(notificationsLink(beispielstadt.page).textContent()).resolves.toBe('Benachrichtigungen');

    // The invitation of the unknown address is withdrawn again (the demo data stays as it was).
    await beispielstadt.page.goto(membersUrl);
    await beispielstadt.page.getByRole('button', { name: `Einladung für Uwe Unbekannt ${stamp} zurückziehen` }).click();
    await beispielstadt.page.getByRole('table', { name: /Offene Einladungen/ }).waitFor({ state: 'detached' });
    await beispielstadt.context.close();
  });

  it('what the administration does in a district shows in its Protokoll and is told to its coordinators', async () => {
    const admin = await signedIn(browser, 'admin@werkstatt.example');
    // Issue 8, item 6: „1 Beratungskonten“.
    await admin.page.goto(`${baseUrl()}/admin`);
    const accounts = (await admin.page.getByRole('region', { name: 'Konten' }).textContent())!;
    const [, advisorCount, noun] = /(\d+) (Beratungskont\w+)/.exec(accounts)!;
    expect(noun).toBe(advisorCount === '1' ? 'Beratungskonto' : 'Beratungskonten');

    await admin.page.goto(`${baseUrl()}/admin/districts`);
    await admin.page.getByRole('table').getByRole('link', { name: 'Stadt Beispielstadt' }).click();
    await admin.page.getByRole('link', { name: 'Mitglieder verwalten' }).click();
    await admin.page.waitForURL(/\/districts\/[0-9a-f-]{36}\/members$/);
    const membersUrl = admin.page.url();
    const districtPage = membersUrl.replace(/\/members$/, '');
    await admin.page.getByText('Sie handeln hier als Plattformverwaltung').waitFor();
    const stamp = Date.now();
    await invite(admin.page, membersUrl, `Zweitkonto ${stamp}`, `zweitkonto-${stamp}@werkstatt.example`);

    // Issue 8, item 6: Musterland's page claimed there was no concept; it gives the number, never contents.
    await admin.page.goto(`${baseUrl()}/admin/districts`);
    await admin.page.getByRole('table').getByRole('link', { name: 'Landkreis Musterland' }).click();
    await admin.page.getByRole('link', { name: 'Mitglieder verwalten' }).click();
    await admin.page.waitForURL(/\/districts\/[0-9a-f-]{36}\/members$/);
    await admin.page.goto(admin.page.url().replace(/\/members$/, ''));
    await admin.page.getByText(/Landkreis Musterland hat \d+ Schutzkonzept/).waitFor();
    await expect(admin.page.getByText('noch kein Schutzkonzept angelegt').count()).resolves.toBe(0);

    // Issue 8, item 13: the coordinators learn of it, and the Protokoll names the administrator.
    const coordinator = await signedIn(browser, 'koordination@beispielstadt.example');
    await coordinator.page.goto(`${baseUrl()}/benachrichtigungen`);
    const told = coordinator.page.getByRole('listitem').filter({ hasText: `Zweitkonto ${stamp}` });
    await expect(told.textContent()).resolves.toContain('Die Plattformverwaltung (Werkstatt-Administration) hat');
    await coordinator.page.goto(`${districtPage}/audit`);
    const row = coordinator.page.getByRole('row').filter({ hasText: `Zweitkonto ${stamp}` });
    await expect(row.getByRole('cell').nth(1).textContent()).resolves.toBe('Werkstatt-Administration');
    await expect(row.textContent()).resolves.toContain('Person eingeladen');
    await expect(row.textContent()).resolves.toContain('durch die Plattformverwaltung');
    await coordinator.page.goto(`${baseUrl()}/benachrichtigungen`);
    await coordinator.page.getByRole('button', { name: 'Alle als gelesen markieren' }).click();
    await coordinator.page.getByText('Alles gelesen.').waitFor();

    // Cleanup: the administration withdraws the invitation again.
    await admin.page.goto(membersUrl);
    await admin.page.getByRole('button', { name: `Einladung für Zweitkonto ${stamp} zurückziehen` }).click();
    await admin.page.getByRole('table', { name: /Offene Einladungen/ }).waitFor({ state: 'detached' });
    await coordinator.context.close();
    await admin.context.close();
  });

  it('an administrator renames, deactivates and reactivates a district', async () => {
    const admin = await signedIn(browser, 'admin@werkstatt.example');
    const stamp = Date.now();
    await admin.page.goto(`${baseUrl()}/admin/districts`);
    await admin.page.getByLabel('Name der Kommune').fill(`Gemeinde Vorläufig ${stamp}`);
    await admin.page.getByLabel('Art').selectOption('Gemeinde');
    await admin.page.getByLabel('Bundesland').selectOption('Hessen');
    await admin.page.getByRole('button', { name: 'Kommune anlegen' }).click();
    await admin.page.getByRole('table').getByRole('link', { name: `Gemeinde Vorläufig ${stamp}` }).click();
    await admin.page.waitForURL(/\/admin\/districts\/[0-9a-f-]{36}$/);
    // The address changes before the new page is shown (a client-side navigation): its heading and title first.
    await admin.page.getByRole('heading', { name: `Gemeinde Vorläufig ${stamp}` }).waitFor();
    await admin.page.waitForFunction(() => document.title.includes('Kommune bearbeiten'));
    const adminUrl = admin.page.url();
    const districtId = adminUrl.split('/').at(-1)!;

    expect(await seriousViolations(admin.page)).toEqual([]);
    await admin.page.getByLabel('Name der Kommune').fill(`Gemeinde Endgültig ${stamp}`);
    await admin.page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await admin.page.getByText(`Gespeichert: Gemeinde Endgültig ${stamp}.`).waitFor();

    await admin.page.getByRole('button', { name: 'Kommune deaktivieren' }).click();
    await admin.page.getByText('Diese Kommune ist deaktiviert.').waitFor();
    const response = await admin.page.goto(`${baseUrl()}/districts/${districtId}/members`);
    expect(response?.status()).toBe(404);
    await admin.page.goto(`${baseUrl()}/admin/districts`);
    const row = admin.page.getByRole('row').filter({ hasText: `Gemeinde Endgültig ${stamp}` });
    await expect(row.getByText('deaktiviert').count()).resolves.toBe(1);

    await admin.page.goto(adminUrl);
    await admin.page.getByRole('button', { name: 'Kommune wieder aktivieren' }).click();
    await admin.page.getByRole('button', { name: 'Kommune deaktivieren' }).waitFor();
    const again = await admin.page.goto(`${baseUrl()}/districts/${districtId}/members`);
    expect(again?.status()).toBe(200);
    await admin.context.close();
  });

  // Issue 8, item 6: „Unterkunft löschen“ was named „„…“ löschen“ (axe label-content-name-mismatch, WCAG 2.5.3).
  it('delete buttons carry their visible text in their accessible name', async () => {
    const coordinator = await signedIn(browser, 'koordination@musterland.example');
    const facilities = `${await districtUrl(coordinator.page, 'Landkreis Musterland')}/facilities`;
    await coordinator.page.goto(facilities);
    await coordinator.page.getByRole('link', { name: /bearbeiten$/ }).first().click();
    await coordinator.page.getByRole('button', { name: /^Unterkunft löschen: „/ }).waitFor();
    await coordinator.page.evaluate(AXE_SOURCE);
    const violations = await coordinator.page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: Array<{ id: string }> }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'rule', values: ['label-content-name-mismatch'] } });
      return result.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await coordinator.context.close();
  });
});
