import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@/lib/demo/demo-accounts';
import { baseUrl, findChromium, launchBrowser, signIn } from './support/browser';

// Skipped only when no chromium is installed (the reason is printed by global-setup); CI installs it.
const describeWithBrowser = findChromium() ? describe : describe.skip;

const WEBEREI = 'Gemeinschaftsunterkunft Alte Weberei';

async function openDemoConcept(page: Page) {
  await signIn(page, 'koordination@musterland.example', DEMO_PASSWORD);
  await page.waitForURL(`${baseUrl()}/`);
  await page.getByRole('main').getByRole('link', { name: /Gewaltschutzkonzept für die Gemeinschaftsunterkünfte/ }).first().click();
  await page.waitForURL(/\/concepts\/[0-9a-f-]{36}$/);
  return page.url();
}

async function setInScope(page: Page, conceptUrl: string, checked: boolean) {
  await page.goto(`${conceptUrl}/eckdaten`);
  await page.getByLabel(new RegExp(WEBEREI)).setChecked(checked);
  await page.getByRole('button', { name: 'Eckdaten speichern' }).click();
  await page.getByText('Gespeichert.').waitFor();
}

describeWithBrowser('Eckdaten und Geltungsbereich', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a facility in a concept’s scope cannot be deleted until the coordinator takes it out of the scope', async () => {
    const page = await browser.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    const conceptUrl = await openDemoConcept(page);
    await page.getByRole('link', { name: 'Eckdaten bearbeiten' }).click();
    await page.getByRole('heading', { name: 'Eckdaten bearbeiten' }).waitFor();
    await expect(page.getByLabel(new RegExp(WEBEREI)).isChecked()).resolves.toBe(true);

    // Deleting it now is refused, naming the concept.
    await page.getByRole('link', { name: 'Landkreis Musterland' }).first().click();
    await page.waitForURL(/\/districts\/[0-9a-f-]{36}$/);
    await page.goto(`${page.url()}/facilities`);
    await page.getByRole('link', { name: WEBEREI }).first().click();
    await page.getByRole('button', { name: `Unterkunft löschen: „${WEBEREI}“` }).click();
    await page.getByRole('alert').filter({ hasText: 'gehört zum Geltungsbereich' }).waitFor();

    // Out of the scope, the concept page says so; then it goes back in (other tests use the demo concept).
    await setInScope(page, conceptUrl, false);
    await page.goto(conceptUrl);
    await expect(page.getByText(WEBEREI).count()).resolves.toBe(0);
    await setInScope(page, conceptUrl, true);
    await page.goto(conceptUrl);
    await expect(page.getByText(WEBEREI).count()).resolves.toBeGreaterThan(0);
    await page.close();
  });
});
