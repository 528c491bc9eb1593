import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '@/lib/demo/demo-accounts';
import { baseUrl, findChromium, launchBrowser, signIn } from './support/browser';

// Skipped only when no chromium is installed (the reason is printed by global-setup); CI installs it.
const describeWithBrowser = findChromium() ? describe : describe.skip;

describeWithBrowser('Kommentieren im Browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a comment that cannot reach the server keeps its text, says why and can be sent again', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'redaktion@musterland.example', DEMO_PASSWORD);
    await page.waitForURL(`${baseUrl()}/`);
    await page.getByRole('main').getByRole('link', { name: /Gewaltschutzkonzept für die Gemeinschaftsunterkünfte/ }).first().click();
    await page.waitForURL(/\/concepts\/[0-9a-f-]{36}$/);
    await page.getByRole('table').getByRole('link', { name: 'Rechtliche Grundlagen', exact: true }).click();
    await page.waitForURL(/\/sections\//);
    await page.locator('.ProseMirror').waitFor();

    await page.getByRole('tab', { name: /Kommentare/ }).click();
    await page.getByRole('button', { name: 'Abschnitt kommentieren' }).click();
    const text = 'Bitte das Landesaufnahmegesetz mit Fundstelle ergänzen.';
    const box = page.getByRole('textbox', { name: 'Kommentar zum ganzen Abschnitt' });
    await box.fill(text);

    await context.setOffline(true);
    await page.getByRole('button', { name: 'Kommentar speichern' }).click();
    await page.getByRole('alert').filter({ hasText: 'nicht erreichbar' }).waitFor();
    expect(await box.inputValue()).toBe(text);
    expect(await page.getByRole('button', { name: 'Kommentar speichern' }).isEnabled()).toBe(true);

    await context.setOffline(false);
    await page.getByRole('button', { name: 'Kommentar speichern' }).click();
    await page.locator('.comment__body', { hasText: text }).waitFor();
    await context.close();
  });
});
