/**
 * No editor action may produce text the server refuses. Every toolbar action (including Link
 * through its form) and every insertion from the help panel (the section's text blocks and the
 * district's data tables) is applied at every kind of cursor position the editor allows, with
 * a caret and with a selected word, and the result is sent to the autosave endpoint, which
 * must accept it. The document is reset between cases through the editor instance Tiptap
 * attaches to its DOM element (`.ProseMirror`.editor); the actions themselves are real clicks.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@/lib/demo/demo-accounts';
import type { TiptapDoc, TiptapNode } from '@/lib/editor/types';
import { baseUrl, findChromium, launchBrowser, signIn } from './support/browser';
import { openSection } from './support/editor';

// Skipped only when no chromium is installed (the reason is printed by global-setup); CI installs it.
const describeWithBrowser = findChromium() ? describe : describe.skip;

const LINDENHOF = 'Gemeinschaftsunterkunft Am Lindenhof';
const WEBEREI = 'Gemeinschaftsunterkunft Alte Weberei';

const text = (t: string): TiptapNode => ({ type: 'text', text: t });
const p = (t: string): TiptapNode => ({ type: 'paragraph', content: [text(t)] });
const cell = (type: 'tableHeader' | 'tableCell', t: string): TiptapNode => ({ type, content: [p(t)] });

/** One of each place a cursor can be: running text, heading, list, nested list, quote, table. */
const FIXTURE: TiptapDoc = {
  type: 'doc',
  content: [
    p('Absatzmarke im Fließtext'),
    { type: 'heading', attrs: { level: 3 }, content: [text('Überschriftmarke')] },
    {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [p('Listenmarke'), { type: 'orderedList', content: [{ type: 'listItem', content: [p('Nummernmarke')] }] }] }],
    },
    { type: 'blockquote', content: [p('Zitatmarke')] },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Kopfmarke'), cell('tableHeader', 'Kopf B')] },
        { type: 'tableRow', content: [cell('tableCell', 'Zellmarke'), cell('tableCell', 'Zelle B')] },
      ],
    },
    p('Schluss'),
  ],
};
const EMPTY: TiptapDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

const POSITIONS = [
  { name: 'Absatz', marker: 'Absatzmarke' },
  { name: 'Zwischenüberschrift', marker: 'Überschriftmarke' },
  { name: 'Aufzählungspunkt', marker: 'Listenmarke' },
  { name: 'verschachtelter nummerierter Punkt', marker: 'Nummernmarke' },
  { name: 'Zitat', marker: 'Zitatmarke' },
  { name: 'Kopfzelle', marker: 'Kopfmarke' },
  { name: 'Tabellenzelle', marker: 'Zellmarke' },
  { name: 'leeres Dokument', marker: null },
] as const;

type Action = { kind: 'toolbar'; label: string } | { kind: 'link' } | { kind: 'insert'; label: string };
const describeAction = (a: Action) => (a.kind === 'link' ? 'Link (Formular)' : a.label);

/** Replaces the document and puts the caret into (or selects) the marker word. */
async function reset(page: Page, doc: TiptapDoc, marker: string | null, selectWord: boolean) {
  await page.evaluate(
    ({ doc: content, marker: word, selectWord: select }) => {
      type Ed = {
        commands: { setContent: (c: unknown, o: unknown) => void };
        state: { doc: { descendants: (f: (n: { isText: boolean; text?: string }, pos: number) => boolean | void) => void } };
        chain: () => { focus: () => { setTextSelection: (s: unknown) => { run: () => void } } };
      };
      const editor = (document.querySelector('.ProseMirror') as unknown as { editor: Ed }).editor;
      editor.commands.setContent(content, { emitUpdate: false });
      let from = 1;
      let to = 1;
      if (word) {
        editor.state.doc.descendants((node, pos) => {
          if (node.isText && node.text?.includes(word)) {
            from = pos + node.text.indexOf(word);
            to = from + word.length;
            return false;
          }
        });
      }
      editor.chain().focus().setTextSelection(select ? { from, to } : Math.floor((from + to) / 2)).run();
    },
    { doc, marker, selectWord },
  );
}

const currentDoc = (page: Page) =>
  page.evaluate(() => (document.querySelector('.ProseMirror') as unknown as { editor: { getJSON: () => TiptapDoc } }).editor.getJSON());

/** The section's id and head revision, from one real autosave (which must succeed as well). */
async function firstRealSave(page: Page): Promise<{ sectionId: string; revision: number }> {
  const response = page.waitForResponse((r) => /\/api\/sections\/[^/]+\/draft$/.test(r.url()) && r.request().method() === 'POST');
  await page.locator('.ProseMirror').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Erster Satz.');
  const saved = await response;
  expect(saved.status()).toBe(200);
  await page.getByTestId('save-status').getByText(/Gespeichert um/).waitFor();
  const sectionId = /\/api\/sections\/([^/]+)\/draft$/.exec(saved.url())![1]!;
  return { sectionId, revision: ((await saved.json()) as { revision: number }).revision };
}

describeWithBrowser('Editor-Aktionen ergeben immer speicherbaren Text', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let conceptUrl: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await signIn(page, 'koordination@musterland.example', DEMO_PASSWORD);
    await page.waitForURL(`${baseUrl()}/`);
    // A concept of our own (the other browser tests use the demo concept), covering only one facility.
    await page.getByRole('main').getByRole('link', { name: 'Landkreis Musterland', exact: true }).click();
    await page.getByRole('main').getByRole('link', { name: 'Neues Konzept anlegen' }).click();
    await page.getByLabel('Titel').fill('Testkonzept Editor-Aktionen');
    await page.getByLabel('Verantwortliche Stelle').fill('Fachdienst Soziales');
    await page.getByRole('checkbox', { name: new RegExp(WEBEREI) }).uncheck();
    await page.getByRole('button', { name: 'Konzept anlegen' }).click();
    await page.waitForURL(/\/concepts\/[0-9a-f-]{36}$/);
    conceptUrl = page.url();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('"Unterkünfte einfügen" in a template table (responsibilities) lands after the table, says so, saves, and lists only the concept’s facilities', async () => {
    await openSection(page, conceptUrl, 'Verantwortlichkeiten und Steuerungsgruppe');
    await page.locator('.ProseMirror td p').first().click();
    await page.getByText('Daten der Kommune als Tabelle').click();
    await page.getByRole('button', { name: 'Tabelle „Unterkünfte“ einfügen' }).click();
    await page.getByTestId('editor-notice').getByText('Die Tabelle „Unterkünfte“ wurde nach der Tabelle eingefügt.').waitFor();
    await page.getByTestId('save-status').getByText(/Gespeichert um/).waitFor({ timeout: 20_000 });

    await page.reload();
    await page.locator('.ProseMirror').waitFor();
    const doc = await currentDoc(page);
    const tables = doc.content.filter((n) => n.type === 'table');
    expect(tables).toHaveLength(2);
    expect(JSON.stringify(tables[0]!.content)).not.toContain('"table"');
    const inserted = JSON.stringify(tables[1]);
    expect(inserted).toContain(LINDENHOF);
    expect(inserted).not.toContain(WEBEREI);
  });

  it('pasting a table into a table cell is refused with a reason, and the text stays savable', async () => {
    await openSection(page, conceptUrl, 'Risiko- und Ressourcenanalyse');
    await page.locator('.ProseMirror td p').first().click();
    const before = await currentDoc(page);
    await page.evaluate(() => {
      const view = (document.querySelector('.ProseMirror') as unknown as { editor: { view: { pasteHTML: (html: string) => void } } }).editor.view;
      view.pasteHTML('<p>Kopiert aus einem anderen Dokument:</p><table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>');
    });
    await page.getByTestId('editor-notice').getByText(/Das Einfügen wurde nicht übernommen.*enthält eine weitere Tabelle/).waitFor();
    expect(await currentDoc(page)).toEqual(before);
  });

  it('a 21st table column is refused with the reason instead of making the section unsavable', async () => {
    await openSection(page, conceptUrl, 'Risiko- und Ressourcenanalyse');
    const header = Array.from({ length: 20 }, (_, i) => cell('tableHeader', `Spalte ${i + 1}`));
    await reset(page, { type: 'doc', content: [{ type: 'table', content: [{ type: 'tableRow', content: header }] }] }, 'Spalte 20', false);
    const before = await currentDoc(page);
    await page.getByRole('toolbar', { name: 'Textformatierung' }).getByRole('button', { name: 'Spalte rechts', exact: true }).click();
    await page.getByTestId('editor-notice').getByText('Die Änderung wurde nicht übernommen, weil der Abschnitt sonst nicht gespeichert werden könnte: Tabelle 1 hat 21 Spalten; erlaubt sind höchstens 20.').waitFor();
    expect(await currentDoc(page)).toEqual(before);
  });

  const sections = [
    // Toolbar and insertions: lists, paragraphs and a table in the text blocks.
    { title: 'Gewaltbegriff und besonders schutzbedürftige Gruppen', withToolbar: true },
    // Insertions only: text blocks made of a table and of a heading with a table.
    { title: 'Angaben zum Konzept', withToolbar: false },
  ];

  for (const section of sections) {
    describe(section.title, () => {
      let sectionId: string;
      let revision: number;
      let actions: Action[] = [];
      const counts = { applied: 0, disabled: 0 };

      beforeAll(async () => {
        await openSection(page, conceptUrl, section.title);
        ({ sectionId, revision } = await firstRealSave(page));
        // From here on the test sends each result itself; the editor's own autosave would race it.
        await page.route('**/api/sections/*/draft', (route) => route.abort());
        await page.getByText('Daten der Kommune als Tabelle').click();
        const inserts = await page.locator('[data-editor-insert]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
        const toolbar = section.withToolbar
          ? await page.getByRole('toolbar', { name: 'Textformatierung' }).getByRole('button').allTextContents()
          : [];
        actions = [
          ...toolbar.filter((l) => !l.startsWith('Link')).map((label): Action => ({ kind: 'toolbar', label })),
          ...(section.withToolbar ? [{ kind: 'link' } as Action] : []),
          ...inserts.map((label): Action => ({ kind: 'insert', label })),
        ];
        expect(inserts).toEqual(expect.arrayContaining(['Tabelle „Unterkünfte“ einfügen', 'Tabelle „Kontaktverzeichnis“ einfügen']));
        expect(inserts.filter((l) => l.startsWith('Textbaustein')).length).toBeGreaterThan(0);
      });
      afterAll(async () => {
        await page.unroute('**/api/sections/*/draft');
        console.log(`[editor-actions] ${section.title}: ${actions.length} Aktionen, ${counts.applied} Kombinationen gespeichert, ${counts.disabled} übersprungen (Schaltfläche dort deaktiviert)`);
      });

      for (const position of POSITIONS) {
        it(`every action at: ${position.name}`, async () => {
          const failures: string[] = [];
          const doc = position.marker ? FIXTURE : EMPTY;
          for (const selectWord of position.marker ? [false, true] : [false]) {
            for (const action of actions) {
              const where = `${position.name} (${selectWord ? 'Wort markiert' : 'Cursor'}) / ${describeAction(action)}`;
              await reset(page, doc, position.marker, selectWord);
              const before = await currentDoc(page);
              if (action.kind === 'toolbar') {
                const button = page.getByRole('toolbar', { name: 'Textformatierung' }).getByRole('button', { name: action.label, exact: true });
                if (await button.isDisabled()) {
                  counts.disabled++;
                  continue;
                }
                await button.click();
              } else if (action.kind === 'link') {
                await page.getByRole('toolbar', { name: 'Textformatierung' }).getByRole('button', { name: /^Link/ }).click();
                await page.getByLabel('Linkadresse').fill('https://www.example.org/schutz');
                await page.getByRole('button', { name: 'Übernehmen' }).click();
              } else {
                await page.locator(`[data-editor-insert][aria-label="${action.label}"]`).click();
              }
              const after = await currentDoc(page);
              if (action.kind === 'insert' && JSON.stringify(after) === JSON.stringify(before)) {
                failures.push(`${where}: nichts eingefügt (${await page.getByTestId('editor-notice').textContent()})`);
              }
              // Sent as the page's own autosave would be: JSON from the Werkstatt's origin (other origins are refused).
              const response = await page.request.post(`${baseUrl()}/api/sections/${sectionId}/draft`, {
                data: { baseRevision: revision, content: after },
                headers: { Origin: new URL(baseUrl()).origin },
              });
              const body = (await response.json()) as { revision?: number; error?: { message: string } };
              if (response.ok() && typeof body.revision === 'number') revision = body.revision;
              else failures.push(`${where}: Server lehnt ab (${response.status()}): ${body.error?.message}`);
              counts.applied++;
            }
          }
          expect(failures).toEqual([]);
        });
      }
    });
  }
});
