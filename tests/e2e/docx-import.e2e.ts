import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '@/lib/demo/demo-accounts';
import { seriousViolations } from './support/axe';
import { baseUrl, findChromium, launchBrowser, signIn } from './support/browser';

// Skipped only when no chromium is installed (the reason is printed by global-setup); CI installs it.
const describeWithBrowser = findChromium() ? describe : describe.skip;

describeWithBrowser('Konzept aus einer Word-Datei übernehmen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a coordinator uploads the demo concept’s own export, reassigns one part, creates the concept and finds the text in its section', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await signIn(page, 'koordination@musterland.example', DEMO_PASSWORD);
    await page.waitForURL(`${baseUrl()}/`);
    await page.getByRole('main').getByRole('link', { name: /Gewaltschutzkonzept für die Gemeinschaftsunterkünfte/ }).first().click();
    await page.waitForURL(/\/concepts\/[0-9a-f-]{36}$/);
    const conceptId = page.url().split('/').pop();
    const download = await page.request.get(`${baseUrl()}/api/concepts/${conceptId}/export`);
    expect(download.status()).toBe(200);
    const docx = await download.body();

    await page.getByRole('link', { name: 'Landkreis Musterland' }).first().click();
    await page.waitForURL(/\/districts\/[0-9a-f-]{36}$/);
    await page.goto(`${page.url()}/concepts/new`);
    await page.getByRole('link', { name: 'Word-Datei hochladen und Konzept übernehmen' }).click();
    await page.getByRole('heading', { name: 'Bestehendes Konzept aus einer Word-Datei übernehmen', level: 1 }).waitFor();
    const form = page.getByRole('main');
    await form.getByLabel('Titel').fill('Gewaltschutzkonzept Musterland (aus Word übernommen)');
    await form.getByLabel('Verantwortliche Stelle').fill('Fachdienst Soziales');
    await form.getByLabel('Word-Datei (.docx)').setInputFiles({
      name: 'Konzept Musterland.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: docx,
    });
    await form.getByRole('button', { name: 'Zuordnung anzeigen' }).click();
    await form.getByRole('heading', { name: 'Zuordnung prüfen: Konzept Musterland.docx' }).waitFor();
    await expect(form.getByLabel('Abschnitt für „Präambel und Leitbild“').inputValue()).resolves.toBe('praeambel');
    await expect(seriousViolations(page)).resolves.toEqual([]);

    // „Präambel und Leitbild“ goes into the Kurzfassung instead.
    await form.getByLabel('Abschnitt für „Präambel und Leitbild“').selectOption('kurzfassung');
    await form.getByRole('button', { name: 'Konzept aus der Word-Datei anlegen' }).click();
    await page.waitForURL(/\/concepts\/[0-9a-f-]{36}$/);
    expect(page.url()).not.toContain(String(conceptId));
    await page.getByRole('heading', { name: 'Aus der Word-Datei „Konzept Musterland.docx“ übernommen' }).waitFor();
    await expect(seriousViolations(page)).resolves.toEqual([]);

    await page.getByRole('link', { name: '11 Beteiligung und Information der Bewohner:innen' }).first().click();
    await page.waitForURL(/\/sections\/beteiligung$/);
    await page.getByText('Bewohner:innenbeirat').first().waitFor();
    await page.goto(page.url().replace(/\/sections\/beteiligung$/, '/sections/kurzfassung/history'));
    await page.getByText('aus der Word-Datei „Konzept Musterland.docx“ übernommen').first().waitFor();

    // Dismissed, the summary is gone for good.
    await page.goto(page.url().replace(/\/sections\/kurzfassung\/history$/, ''));
    await page.getByRole('button', { name: 'Zusammenfassung ausblenden' }).click();
    await page.getByRole('heading', { name: /Aus der Word-Datei/ }).waitFor({ state: 'detached' });
    await context.close();
  });
});
