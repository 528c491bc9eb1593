import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '@/lib/demo/demo-accounts';
import { hasSoffice, renderPdf, tocAsRendered } from '../export/pdf-support';
import { paragraphs, readDocx, tocEntries } from '../export/support';
import { baseUrl, findChromium, launchBrowser, signIn } from './support/browser';

// Skipped only when no chromium is installed (the reason is printed by global-setup); CI installs it.
const describeWithBrowser = findChromium() ? describe : describe.skip;

describeWithBrowser('Konzept als Word-Datei herunterladen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a coordinator downloads the demo concept; its TOC has the page numbers on which LibreOffice sets the sections', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, 'koordination@musterland.example', DEMO_PASSWORD);
    await page.waitForURL(`${baseUrl()}/`);
    // Shown, the download button asks the server to make the download in advance, with the choices it starts with
    // (lib/export/prepare-download.ts): answered at once, the file is made in the background.
    const preparing = page.waitForResponse(
      (response) => response.request().method() === 'POST' && /\/api\/concepts\/[0-9a-f-]{36}\/export\?empty=renumber$/.test(response.url()),
    );
    await page.getByRole('main').getByRole('link', { name: /Gewaltschutzkonzept für die Gemeinschaftsunterkünfte/ }).first().click();
    await page.waitForURL(/\/concepts\/[0-9a-f-]{36}$/);
    expect((await preparing).status()).toBe(204);

    // Empty sections: left out and the rest numbered without gaps (the default of three choices).
    const choices = page.getByRole('group', { name: 'Leere Abschnitte' });
    await expect(choices.getByRole('radio', { name: 'weglassen und fortlaufend nummerieren' }).isChecked()).resolves.toBe(true);
    await expect(choices.getByRole('radio').count()).resolves.toBe(3);
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Als Word-Datei (DOCX) herunterladen' }).click();
    await page.getByText(/Dokument wird erstellt/).waitFor();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^Gewaltschutzkonzept-.*_Entwurf_\d{4}-\d\d-\d\d\.docx$/);
    await page.getByText(`Gespeichert als „${download.suggestedFilename()}“.`).waitFor();
    await expect(page.getByText(/Seitenzahlen im Inhaltsverzeichnis konnten diesmal nicht/).count()).resolves.toBe(0);
    // The built app takes the faster ways (docx-compile.ts, docx-layout.mjs), not docx's own code as a fallback, and
    // its export threads run in their own low-priority process (export-threads.ts), not in the server's.
    const appLog = readFileSync(process.env.E2E_APP_LOG!, 'utf8');
    expect(appLog).toContain('läuft auf');
    // (docx-compile.ts says „ohne (volle) Beschleunigung“, docx-layout.mjs „ohne Beschleunigung“.)
    expect(appLog).not.toMatch(/ohne (\(volle\) )?Beschleunigung/);
    expect(appLog).not.toMatch(/Export-Threads nicht gestartet/);

    const file = readFileSync((await download.path())!);
    const xml = readDocx(file).part('word/document.xml');
    const entries = tocEntries(xml);
    // Every section of the demo concept with text, plus the annex, each with a page number.
    expect(entries.length).toBeGreaterThanOrEqual(15);
    expect(entries.every((e) => /^\d+$/.test(e.page))).toBe(true);
    const headings = paragraphs(xml).filter((p) => p.style === 'Heading1').map((p) => p.text.replace('\t', ' '));
    expect(headings[0]).toBe('1 Angaben zum Konzept');
    expect(entries.map((e) => e.title)).toEqual(expect.arrayContaining(headings));
    // The demo leaves chapters empty; the numbers have no gaps all the same.
    const chapters = headings.filter((h) => /^\d/.test(h)).map((h) => h.split(' ')[0]);
    expect(chapters).toEqual(chapters.map((_, i) => String(i + 1)));
    // The page numbers are worked out: Word is not asked to update the fields on every opening.
    expect(readDocx(file).part('word/settings.xml')).not.toContain('updateFields');

    if (hasSoffice) {
      const { pages } = renderPdf(file);
      const rendered = tocAsRendered(pages, entries);
      expect(rendered).toEqual(entries.map((e) => ({ entry: e.title, shown: e.page, headingOn: Number(e.page) })));
      // No page holds a heading and at most three lines of text and nothing else (before a landscape table or a new part).
      const bodyLines = (text: string) => text.split('\n').filter((line) => line.trim()).slice(1, -1);
      for (const [i, text] of pages.slice(2, -1).entries()) {
        const lines = bodyLines(text);
        const startsWithHeading = /^\s*\d+(\.\d+)?\s{2,}\S/.test(lines[0] ?? '');
        expect(startsWithHeading && lines.length <= 4 ? `Seite ${i + 3}: ${lines.join(' / ')}` : 'ok').toBe('ok');
      }
    }
    await context.close();
  }, 180_000);
});
