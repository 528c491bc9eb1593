import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@/lib/demo/demo-accounts';
import { baseUrl, findChromium, launchBrowser, signIn } from './support/browser';
import { typeAtEnd } from './support/editor';

// Skipped only when no chromium is installed (the reason is printed by global-setup); CI installs it.
const describeWithBrowser = findChromium() ? describe : describe.skip;

async function openSection(page: Page, email: string, sectionTitle: string): Promise<string> {
  await signIn(page, email, DEMO_PASSWORD);
  await page.waitForURL(`${baseUrl()}/`);
  await page.getByRole('main').getByRole('link', { name: /Gewaltschutzkonzept für die Gemeinschaftsunterkünfte/ }).first().click();
  await page.waitForURL(/\/concepts\/[0-9a-f-]{36}$/);
  await page.getByRole('table').getByRole('link', { name: sectionTitle, exact: true }).click();
  await page.waitForURL(/\/sections\//);
  await page.locator('.ProseMirror').waitFor();
  return page.url();
}

const saveStatus = (page: Page) => page.getByTestId('save-status');

describeWithBrowser('Schreiben im Abschnitt', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('typing saves automatically; after a reload the text is there', async () => {
    const page = await browser.newPage();
    const url = await openSection(page, 'redaktion@musterland.example', 'Rechtliche Grundlagen');
    await typeAtEnd(page, 'Die Rechtsgrundlagen werden im Steuerungskreis abgestimmt.');
    await page.getByText(/Gespeichert um \d\d:\d\d/).waitFor({ timeout: 20_000 });
    await page.goto(url);
    await page.locator('.ProseMirror').getByText('Die Rechtsgrundlagen werden im Steuerungskreis abgestimmt.').waitFor();
    await page.close();
  });

  it('opening a section that ends in a list saves nothing until someone types', async () => {
    const page = await browser.newPage();
    const url = await openSection(page, 'redaktion@musterland.example', 'Monitoring, Evaluation und Fortschreibung');
    const versions = async () => {
      await page.goto(`${url}/history`);
      return (await page.locator('main').innerText()).match(/Es gibt (\d+) Versionen/)?.[1];
    };
    const before = await versions();
    await page.goto(url);
    await page.locator('.ProseMirror[contenteditable="true"]').waitFor();
    // The autosave waits about a second after a change; three seconds without a save mean none is coming.
    await page.waitForTimeout(3_000);
    await expect(saveStatus(page).textContent()).resolves.toMatch(/^Zuletzt gespeichert/);
    expect(await versions()).toBe(before);
    await page.close();
  });

  it('text typed while offline is kept locally, survives a reload and is saved when the connection returns', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const url = await openSection(page, 'koordination@musterland.example', 'Dokumentation, Datenschutz und Nachsorge');
    await context.setOffline(true);
    await typeAtEnd(page, 'Offline geschriebener Satz.');
    await page.getByText('Offline – Änderungen werden lokal gehalten').waitFor({ timeout: 20_000 });
    await context.setOffline(false);
    await page.getByText(/Gespeichert um/).waitFor({ timeout: 30_000 });

    // The server cannot be reached and the page is reloaded: the browser's copy brings the text back.
    await page.route('**/api/sections/*/draft', (route) => route.abort());
    await typeAtEnd(page, ' Noch ein Satz vor dem Neuladen.');
    await page.getByText('Offline – Änderungen werden lokal gehalten').waitFor({ timeout: 20_000 });
    await page.goto(url);
    await page.getByText('Nicht gespeicherte Änderungen aus diesem Browser wurden wiederhergestellt').waitFor();
    await page.locator('.ProseMirror').getByText(/Noch ein Satz vor dem Neuladen\./).waitFor();
    await page.unroute('**/api/sections/*/draft');
    await page.getByText(/Gespeichert um/).waitFor({ timeout: 45_000 });
    await page.goto(url);
    await page.locator('.ProseMirror').getByText(/Offline geschriebener Satz\. Noch ein Satz vor dem Neuladen\./).waitFor();
    await context.close();
  });

  it('two people editing one section: the second sees both texts side by side and keeps theirs', async () => {
    const first = await browser.newContext();
    const second = await browser.newContext();
    const a = await first.newPage();
    const b = await second.newPage();
    await openSection(a, 'koordination@musterland.example', 'Kontaktverzeichnis');
    await openSection(b, 'redaktion@musterland.example', 'Kontaktverzeichnis');

    await typeAtEnd(a, 'Text von Miriam.');
    await saveStatus(a).getByText(/Gespeichert um/).waitFor({ timeout: 20_000 });
    await typeAtEnd(b, 'Text von Jonas.');

    await b.getByRole('heading', { name: /Konflikt: Miriam Muster hat diesen Abschnitt/ }).waitFor({ timeout: 20_000 });
    await expect(saveStatus(b).textContent()).resolves.toContain('Konflikt');
    await b.getByRole('region', { name: 'Ihre Version' }).getByText('Text von Jonas.').waitFor();
    await b.getByRole('region', { name: 'Version von Miriam Muster' }).getByText('Text von Miriam.').waitFor();
    await expect(b.locator('.diff ins, .diff del').count()).resolves.toBeGreaterThan(0);

    await b.getByRole('button', { name: 'Meine Version speichern' }).click();
    await saveStatus(b).getByText(/Gespeichert um/).waitFor({ timeout: 20_000 });
    // Miriam's text is not lost: it stays visible beside the editor and in the history.
    await b.getByText(/Überschriebene Version \d+ \(bleibt im Verlauf erhalten\)/).waitFor();
    await b.goto(`${b.url()}/history`);
    await b.getByRole('heading', { name: 'Alle Versionen' }).waitFor();
    await expect(b.getByText('Miriam Muster').count()).resolves.toBeGreaterThan(0);
    await expect(b.getByText('Jonas Beispiel').count()).resolves.toBeGreaterThan(0);
    await first.close();
    await second.close();
  });
});

describeWithBrowser('Ein Konzept entsteht', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a coordinator creates a concept, fills a section with a text block, marks it done, watches progress and restores a revision', async () => {
    const page = await browser.newPage();
    await signIn(page, 'koordination@beispielstadt.example', DEMO_PASSWORD);
    await page.waitForURL(`${baseUrl()}/`);
    await page.getByRole('main').getByRole('link', { name: 'Neues Konzept anlegen' }).click();
    await page.getByLabel('Verantwortliche Stelle').fill('Amt für Soziales und Wohnen');
    await page.getByRole('button', { name: 'Konzept anlegen' }).click();
    await page.waitForURL(/\/concepts\/[0-9a-f-]{36}$/);
    const conceptUrl = page.url();
    await expect(page.getByText('0 % der Abschnitte fertig', { exact: false }).count()).resolves.toBe(1);

    await page.getByRole('table').getByRole('link', { name: 'Präambel und Leitbild', exact: true }).click();
    await page.locator('.ProseMirror').waitFor();
    await page.locator('.ProseMirror').click();
    await page.getByRole('button', { name: /^Textbaustein/ }).first().click();
    await page.locator('.ProseMirror').getByText(/Stadt Beispielstadt/).first().waitFor();
    await page.getByText(/Gespeichert um/).waitFor({ timeout: 20_000 });
    await page.getByRole('radio', { name: 'fertig' }).check();

    // The status is saved by a server action; the overview shows it once it has landed.
    let isCounted = false;
    for (let attempt = 0; attempt < 10 && !isCounted; attempt++) {
      await page.goto(conceptUrl);
      isCounted = (await page.getByText(/der Abschnitte fertig \(1 von/).count()) === 1;
    }
    expect(isCounted).toBe(true);

    // Second revision, then restore the first from the history.
    await page.getByRole('table').getByRole('link', { name: 'Präambel und Leitbild', exact: true }).click();
    await page.locator('.ProseMirror').waitFor();
    await page.locator('.ProseMirror').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Zusatz, der später wieder verschwindet.');
    await page.getByText(/Gespeichert um/).waitFor({ timeout: 20_000 });
    await page.getByRole('link', { name: 'Verlauf und Vergleich' }).click();
    await page.getByRole('heading', { name: 'Versionen vergleichen' }).waitFor();
    await page.locator('.diff ins').getByText(/Zusatz, der später wieder verschwindet/).waitFor();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Version 1 wiederherstellen' }).click();
    await page.getByText(/Version 1 wurde als neue Version 3 wiederhergestellt/).waitFor();
    await expect(page.locator('.ProseMirror').getByText(/Zusatz, der später wieder verschwindet/).count()).resolves.toBe(0);
    await page.close();
  });
});
