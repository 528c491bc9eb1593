/**
 * What the section page looks like and promises: wide tables scroll instead of breaking words,
 * the conflict view fits at 1280 px and on a narrow window, merging by hand saves nothing before
 * the decision, the status and save badge tell the truth, checkboxes sit beside their labels.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@/lib/demo/demo-accounts';
import { baseUrl, findChromium, launchBrowser, signIn } from './support/browser';
import { openSection, typeAtEnd } from './support/editor';

// Skipped only when no chromium is installed (the reason is printed by global-setup); CI installs it.
const describeWithBrowser = findChromium() ? describe : describe.skip;

const saveStatus = (page: Page) => page.getByTestId('save-status');

type Box = { x: number; y: number; width: number; height: number };
/** A checkbox left of its label text and on the same line (not centred above it). */
const besideEachOther = (box: Box, label: Box) =>
  box.x + box.width <= label.x && box.y < label.y + label.height && box.y + box.height > label.y;

/** Words of the table's first row that the layout broke across lines (each should be on one line). */
function brokenHeaderWords(page: Page, tableSelector: string) {
  return page.evaluate((selector) => {
    const broken: string[] = [];
    const row = document.querySelector(`${selector} tr`);
    const walker = document.createTreeWalker(row!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    return broken;
  }, tableSelector);
}

describeWithBrowser('Der Abschnitt im Browser', () => {
  let browser: Browser;
  let coordination: BrowserContext;
  let page: Page;
  let conceptUrl: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    coordination = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await coordination.newPage();
    await signIn(page, 'koordination@musterland.example', DEMO_PASSWORD);
    await page.waitForURL(`${baseUrl()}/`);
    await page.getByRole('main').getByRole('link', { name: 'Landkreis Musterland', exact: true }).click();
    await page.getByRole('main').getByRole('link', { name: 'Neues Konzept anlegen' }).click();
    await page.getByLabel('Titel').fill('Testkonzept Darstellung');
    await page.getByLabel('Verantwortliche Stelle').fill('Fachdienst Soziales');

    // Checkboxes of the scope sit left of their label, on its first line (not stretched above it).
    const box = await page.getByRole('checkbox').first().boundingBox();
    const label = await page.locator('label.choice span').first().boundingBox();
    expect(besideEachOther(box!, label!)).toBe(true);

    await page.getByRole('button', { name: 'Konzept anlegen' }).click();
    await page.waitForURL(/\/concepts\/[0-9a-f-]{36}$/);
    conceptUrl = page.url();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the ten-column risk table scrolls sideways without breaking words, by caret in the editor and by arrow keys read-only', async () => {
    const url = await openSection(page, conceptUrl, 'Risiko- und Ressourcenanalyse');
    expect(await brokenHeaderWords(page, '.ProseMirror table')).toEqual([]);
    const wrapper = page.locator('.ProseMirror .tableWrapper').first();
    const scroll = () => wrapper.evaluate((el) => ({ left: el.scrollLeft, overflow: el.scrollWidth - el.clientWidth }));
    expect((await scroll()).overflow).toBeGreaterThan(0);
    // The editor has settled (hydrated, its first transactions done) before the caret goes into the table.
    await page.waitForLoadState('networkidle');
    await page.locator('.ProseMirror th').first().click();
    const caretCell = () =>
      page.evaluate(() => {
        const anchor = window.getSelection()?.anchorNode;
        const element = anchor instanceof Element ? anchor : anchor?.parentElement;
        return document.activeElement?.classList.contains('ProseMirror') ? (element?.closest('th, td')?.textContent ?? null) : null;
      });
    await expect(caretCell()).resolves.toBe('Ort');
    // The editor reads a clicked caret from the browser asynchronously; Tab before that leaves the editor.
    await page.waitForFunction(() => {
      const editor = (document.querySelector('.ProseMirror') as (Element & { editor?: { state: { selection: { $from: { parent: { textContent: string } } } } } }) | null)?.editor;
      return editor?.state.selection.$from.parent.textContent === 'Ort';
    });
    for (let i = 0; i < 9; i++) await page.keyboard.press('Tab');
    // Tab walks the cells to the last column, and the table scrolls so the caret stays visible.
    await expect(caretCell()).resolves.toBe('Status');
    await page.waitForFunction(() => document.querySelector('.ProseMirror .tableWrapper')!.scrollLeft > 0);

    await page.goto(`${url}/history?view=1`);
    const region = page.getByRole('region', { name: /^Tabelle: Ort, Zeit, Betroffene Gruppe/ });
    expect(await brokenHeaderWords(page, '.table-wrap table')).toEqual([]);
    await region.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  it('an empty section says "Noch nichts gespeichert" without the green badge; after the first save the status radio says "in Arbeit" at once', async () => {
    await openSection(page, conceptUrl, 'Präambel und Leitbild');
    await saveStatus(page).getByText('Noch nichts gespeichert').waitFor();
    expect(await saveStatus(page).getAttribute('class')).not.toContain('save-status--ok');
    expect(await page.getByRole('radio', { name: 'leer' }).isChecked()).toBe(true);
    await typeAtEnd(page, 'Unser Leitbild.');
    await saveStatus(page).getByText(/^Gespeichert um \d\d:\d\d \(Version 1\)$/).waitFor({ timeout: 20_000 });
    await page.getByRole('radio', { name: 'in Arbeit', checked: true }).waitFor();
    // Opened again, the section tells when it was last saved instead of pretending it was just now.
    await page.reload();
    await saveStatus(page).getByText(/^Zuletzt gespeichert heute um \d\d:\d\d \(Version 1\)$/).waitFor();
    // The checklist explains its tags.
    await page.getByText('gehört nach den Mindeststandards üblicherweise zu einem Schutzkonzept').waitFor();
  });

  it('a conflict shows both versions readable at 1280 px and one below the other on a narrow window, with the focus on the decision; merging by hand saves only when done', async () => {
    const editorContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const other = await editorContext.newPage();
    await signIn(other, 'redaktion@musterland.example', DEMO_PASSWORD);
    await other.waitForURL(`${baseUrl()}/`);
    const url = await openSection(page, conceptUrl, 'Risiko- und Ressourcenanalyse');
    await other.goto(url);
    await other.locator('.ProseMirror').waitFor();

    await typeAtEnd(page, ' Absatz von Miriam.');
    await saveStatus(page).getByText(/Gespeichert um/).waitFor({ timeout: 20_000 });
    await typeAtEnd(other, ' Absatz von Jonas.');
    await other.getByRole('heading', { name: /^Konflikt: Miriam Muster hat diesen Abschnitt heute um \d\d:\d\d gespeichert/ }).waitFor({ timeout: 20_000 });
    // Keyboard and screen reader users land on the decision (the conflict view is loaded only now).
    const focusIsOn = (id: string) => other.waitForFunction((expected) => document.activeElement?.id === expected, id, { timeout: 5_000 });
    await focusIsOn('konflikt');

    const layout = () =>
      other.evaluate(() => {
        const box = (el: Element | null) => el!.getBoundingClientRect();
        const [mine, theirs] = Array.from(document.querySelectorAll('.conflict__column')).map(box);
        return { page: document.documentElement.scrollWidth, viewport: window.innerWidth, mine: mine!, theirs: theirs!, guidance: box(document.querySelector('.guidance')) };
      });
    const wide = await layout();
    expect(wide.page).toBeLessThanOrEqual(wide.viewport);
    expect(wide.theirs.right).toBeLessThanOrEqual(wide.viewport);
    expect(wide.theirs.top).toBe(wide.mine.top);
    expect(Math.min(wide.mine.width, wide.theirs.width)).toBeGreaterThan(450);
    // The help panel no longer sits beside (and over) the saved version.
    expect(wide.guidance.top).toBeGreaterThan(wide.theirs.bottom);

    await other.setViewportSize({ width: 400, height: 800 });
    const narrow = await layout();
    expect(narrow.page).toBeLessThanOrEqual(narrow.viewport);
    expect(narrow.theirs.top).toBeGreaterThanOrEqual(narrow.mine.bottom);
    await other.setViewportSize({ width: 1280, height: 900 });

    const sent: string[] = [];
    other.on('request', (request) => {
      if (request.url().endsWith('/draft') && request.method() === 'POST') sent.push(request.postData() ?? '');
    });
    await other.getByRole('button', { name: 'Selbst zusammenführen' }).click();
    await saveStatus(other).getByText('Zusammenführen – noch nicht gespeichert').waitFor();
    await other.getByRole('region', { name: 'Selbst zusammenführen' }).waitFor();
    await focusIsOn('zusammenfuehren');
    await typeAtEnd(other, ' Absatz von Miriam übernommen.');
    await other.waitForTimeout(3_000);
    expect(sent).toEqual([]);

    await other.getByRole('button', { name: 'Zusammengeführte Version speichern' }).click();
    await saveStatus(other).getByText(/Gespeichert um/).waitFor({ timeout: 20_000 });
    // The merge bar is gone; the caret is back in the text.
    await other.waitForFunction(() => document.activeElement?.classList.contains('ProseMirror'), undefined, { timeout: 5_000 });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain('Absatz von Jonas. Absatz von Miriam übernommen.');
    await editorContext.close();
  });

  it('the Eckdaten form shows its checkboxes beside their labels', async () => {
    await page.goto(`${conceptUrl}/eckdaten`);
    const box = await page.getByRole('checkbox').first().boundingBox();
    const label = await page.locator('label.choice span').first().boundingBox();
    expect(besideEachOther(box!, label!)).toBe(true);
  });
});
