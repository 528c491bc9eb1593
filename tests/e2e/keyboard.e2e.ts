import type { Browser, Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@/lib/demo/demo-accounts';
import { baseUrl, findChromium, launchBrowser } from './support/browser';

// Skipped only when no chromium is installed (the reason is printed by global-setup); CI installs it.
const describeWithBrowser = findChromium() ? describe : describe.skip;

/*
 * Keyboard only (WCAG 2.1.1, 2.4.3, 2.4.7): the editor of Landkreis Musterland signs in, opens the
 * demo concept's section „Personal“, writes, formats, inserts a text block from the help, waits for
 * the autosave, answers the advisor's open hint and resolves it with a disposition, marks a passage
 * and comments on it – with Tab, Shift+Tab, Enter, Space, arrow keys and typing, never a click.
 * After every move the focused element must be the expected control and show a focus indicator;
 * at the end a reload shows that nothing typed was lost.
 */
const STAMP = Date.now();
const SENTENCE = `Neue Kräfte werden am ersten Arbeitstag von der Gewaltschutzkoordination eingewiesen ${STAMP}`;
const BOLD_WORD = 'verbindlich';
const BLOCK_TITLE = 'Supervision und Nachsorge für Mitarbeitende';
const BLOCK_TEXT = 'Die Leitungen und die Fachkräfte der Sozialen Arbeit erhalten regelmäßig Supervision';
const REPLY = `Wir ergänzen die Schulung vor dem ersten Einsatz im Vertrag mit dem Sicherheitsdienst (${STAMP}).`;
const REASON = `Schulung vor dem ersten Einsatz aufgenommen, Nachweis über die Teilnahmelisten (${STAMP}).`;
const HINT = 'vor dem ersten Einsatz zum Gewaltschutzkonzept geschult';
const OWN_COMMENT = `Bitte die Personalausstattung mit dem Stellenplan 2027 abgleichen (${STAMP}).`;
const QUOTE = 'Personalausstattung';

/** Whether the element that has the focus is one of those the locator finds. */
const isFocused = (target: Locator) => target.evaluateAll((elements) => elements.includes(document.activeElement as HTMLElement));

/** A short description of the focused element, for failure messages. */
const describeFocus = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '(nichts, body)';
    const name = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 60);
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('role') ? ` role=${el.getAttribute('role')}` : ''}> ${name}`;
  });

/**
 * The focused element shows a focus indicator: an outline or a ring of its own, or – for the text
 * of the editor, whose caret sits inside – the ring of its frame.
 */
const focusIndicator = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'kein fokussiertes Element';
    const shown = (node: Element) => {
      const style = getComputedStyle(node);
      const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
      return outline || style.boxShadow !== 'none';
    };
    const frame = el.closest('.editor__frame');
    if (shown(el) || (frame && shown(frame))) return 'sichtbar';
    return `ohne sichtbaren Fokus: <${el.tagName.toLowerCase()} class="${el.className}">`;
  });

/**
 * Asserts that `target` has the focus and shows it. Focus that the app moves itself (into the text
 * after a toolbar action, to a button after a form closes) arrives a frame or two later.
 */
async function expectFocus(page: Page, target: Locator, what: string) {
  let focused = await isFocused(target);
  for (let waited = 0; !focused && waited < 3_000; waited += 50) {
    await page.waitForTimeout(50);
    focused = await isFocused(target);
  }
  expect({ what, focused: focused ? 'ja' : `nein, sondern ${await describeFocus(page)}` }).toEqual({ what, focused: 'ja' });
  expect({ what, indicator: await focusIndicator(page) }).toEqual({ what, indicator: 'sichtbar' });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, at most `limit` times; every element
 * passed on the way must show its focus too. Once the focus may leave the page (past its last
 * control it goes to the browser, then starts again at the top).
 */
async function tabTo(page: Page, target: Locator, what: string, { backwards = false, limit = 80 } = {}) {
  let leftThePage = 0;
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const indicator = await focusIndicator(page);
    if (indicator === 'kein fokussiertes Element' && leftThePage++ === 0) continue;
    expect({ passing: await describeFocus(page), indicator }).toEqual({ passing: expect.any(String), indicator: 'sichtbar' });
    if (await isFocused(target)) return;
  }
  throw new Error(`Nach ${limit}× ${backwards ? 'Umschalt+Tab' : 'Tab'} nicht bei ${what}; Fokus: ${await describeFocus(page)}`);
}

/**
 * Waits until ProseMirror has taken over the browser's caret or marked range (it reads the DOM
 * selection a moment after the key; keys pressed before that would act on the old selection).
 */
async function caretSynced(page: Page) {
  await page.waitForFunction(() => {
    type View = { state: { selection: { anchor: number; head: number } }; posAtDOM: (node: Node, offset: number) => number };
    const view = (document.querySelector('.ProseMirror') as unknown as { editor?: { view: View } }).editor?.view;
    const caret = window.getSelection();
    if (!view || !caret?.focusNode || !caret.anchorNode) return false;
    try {
      const { anchor, head } = view.state.selection;
      return head === view.posAtDOM(caret.focusNode, caret.focusOffset) && anchor === view.posAtDOM(caret.anchorNode, caret.anchorOffset);
    } catch {
      return false;
    }
  });
}

/** Whether the caret is in a list item (Enter on an empty one leaves the list). */
const caretInList = (page: Page) =>
  page.evaluate(() => {
    const editor = (document.querySelector('.ProseMirror') as unknown as { editor?: { isActive: (name: string) => boolean } }).editor;
    return Boolean(editor?.isActive('listItem'));
  });

describeWithBrowser('Nur mit der Tastatur: Abschnitt schreiben und einen Hinweis der Beratung beantworten', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const editorText = () => page.locator('.ProseMirror').innerText();
  const editor = () => page.getByRole('textbox', { name: /^Text des Abschnitts/ });
  const hint = () => page.locator('article.comment').filter({ hasText: HINT });

  it('signs in, opens the concept and the section', async () => {
    await page.goto(`${baseUrl()}/login`);
    await tabTo(page, page.getByLabel('E-Mail-Adresse'), 'E-Mail-Adresse');
    await page.keyboard.type('redaktion@musterland.example');
    await page.keyboard.press('Tab');
    await expectFocus(page, page.getByLabel('Passwort'), 'Passwort');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl()}/`);

    await tabTo(page, page.getByRole('main').getByRole('link', { name: /Gewaltschutzkonzept für die Gemeinschaftsunterkünfte/ }), 'Link zum Demo-Konzept');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/concepts\/[0-9a-f-]{36}$/);

    await tabTo(page, page.getByRole('table').getByRole('link', { name: 'Prävention: Personal', exact: true }), 'Abschnitt „Personal“ in der Gliederung');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sections\/personal$/);
    await page.locator('.ProseMirror[contenteditable="true"]').waitFor();
  });

  it('writes a sentence, makes a word bold with the toolbar and inserts a text block from the help', async () => {
    await tabTo(page, editor(), 'Textfeld des Abschnitts');
    await caretSynced(page);
    await page.keyboard.press('Control+End');
    await caretSynced(page);
    await page.keyboard.press('Enter');
    if (await caretInList(page)) await page.keyboard.press('Enter');
    await page.keyboard.type(`${SENTENCE} und ${BOLD_WORD}`);
    expect(await editorText()).toContain(`${SENTENCE} und ${BOLD_WORD}`);

    // Mark the last word, go back to the toolbar (one tab stop), arrow to „Fett“ and press it.
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await caretSynced(page);
    await page.keyboard.press('Shift+Tab');
    const toolbar = page.getByRole('toolbar', { name: 'Textformatierung' });
    await expectFocus(page, toolbar.getByRole('button').first(), 'erste Schaltfläche der Werkzeugleiste');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const bold = toolbar.getByRole('button', { name: 'Fett', exact: true });
    await expectFocus(page, bold, 'Fett');
    await expect(bold.getAttribute('aria-pressed')).resolves.toBe('false');
    await page.keyboard.press('Enter');
    await page.locator('.ProseMirror strong').filter({ hasText: new RegExp(`^${BOLD_WORD}$`) }).waitFor();
    // The formatting sends the focus back into the text, where the typing goes on.
    await expectFocus(page, editor(), 'Textfeld nach „Fett“');
    await expect(bold.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.keyboard.press('End');
    await caretSynced(page);
    await page.keyboard.press('Control+b');
    await page.keyboard.type('.');

    // The help tab: Tab on to the tab list, arrow to „Hilfe“, Tab into it up to the text block.
    await tabTo(page, page.getByRole('tab', { name: /^Kommentare/ }), 'Reiter „Kommentare“');
    await page.keyboard.press('ArrowRight');
    const helpTab = page.getByRole('tab', { name: 'Hilfe' });
    await expectFocus(page, helpTab, 'Reiter „Hilfe“');
    await expect(helpTab.getAttribute('aria-selected')).resolves.toBe('true');
    await tabTo(page, page.getByRole('button', { name: `Textbaustein „${BLOCK_TITLE}“ einfügen` }), 'Textbaustein einfügen');
    await page.keyboard.press('Enter');
    await page.locator('.ProseMirror').getByText(BLOCK_TEXT).waitFor();
    // Inserted after what was typed, not in place of it.
    const text = await editorText();
    expect(text).toContain(`${SENTENCE} und ${BOLD_WORD}.`);
    expect(text.indexOf(BLOCK_TEXT)).toBeGreaterThan(text.indexOf(SENTENCE));
    await expectFocus(page, editor(), 'Textfeld nach dem Einfügen');

    await page.getByTestId('save-status').getByText(/^Gespeichert um \d\d:\d\d/).waitFor({ timeout: 20_000 });
  });

  it('answers the advisor’s hint and resolves it with a disposition', async () => {
    await tabTo(page, page.getByRole('tab', { name: 'Hilfe' }), 'Reiter „Hilfe“');
    await page.keyboard.press('ArrowLeft');
    const commentsTab = page.getByRole('tab', { name: /^Kommentare \(\d+\)$/ });
    await expectFocus(page, commentsTab, 'Reiter „Kommentare“');
    await expect(commentsTab.getAttribute('aria-selected')).resolves.toBe('true');

    await tabTo(page, hint().getByRole('button', { name: /^Antworten auf Kommentar Nr\. \d+$/ }), 'Antworten');
    await page.keyboard.press('Enter');
    const replyBox = hint().getByRole('textbox', { name: /^Antwort auf Kommentar Nr\. \d+$/ });
    await expectFocus(page, replyBox, 'Antwortfeld');
    await page.keyboard.type(REPLY);
    await tabTo(page, hint().getByRole('button', { name: 'Antwort speichern' }), 'Antwort speichern', { limit: 3 });
    await page.keyboard.press('Enter');
    await hint().locator('.comment__body').filter({ hasText: REPLY }).waitFor();
    // The form is gone; the focus is back where the answer started, not lost on the page.
    await expectFocus(page, hint().getByRole('button', { name: /^Antworten auf Kommentar Nr\. \d+$/ }), 'Antworten nach dem Speichern');

    await tabTo(page, hint().getByRole('button', { name: /^Erledigen \(Kommentar Nr\. \d+\)$/ }), 'Erledigen', { limit: 3 });
    await page.keyboard.press('Enter');
    await expectFocus(page, hint().getByRole('radio', { name: 'übernommen', exact: true }), 'erste Antwortmöglichkeit');
    // Arrow keys move through the choices and select them; Space keeps the one reached.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    const partly = hint().getByRole('radio', { name: 'teilweise übernommen', exact: true });
    await expectFocus(page, partly, '„teilweise übernommen“');
    await expect(partly.isChecked()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expectFocus(page, hint().getByRole('textbox', { name: 'Begründung' }), 'Begründung');
    await page.keyboard.type(REASON);
    await tabTo(page, hint().getByRole('button', { name: 'Als erledigt markieren' }), 'Als erledigt markieren', { limit: 3 });
    await page.keyboard.press('Enter');
    await page.getByText('Keine offenen Kommentare.').waitFor();
    // The resolved thread folds away; the focus goes to where it can be shown again.
    const showResolved = page.getByRole('button', { name: /^Erledigte Kommentare anzeigen \(\d+\)$/ });
    await expectFocus(page, showResolved, 'Erledigte Kommentare anzeigen');
  });

  it('marks a passage with the keyboard and comments on it', async () => {
    await tabTo(page, editor(), 'Textfeld des Abschnitts', { backwards: true });
    await caretSynced(page);
    // The section starts with the heading „Personalausstattung“: mark it from its start to the end of the line.
    await page.keyboard.press('Control+Home');
    await caretSynced(page);
    await page.keyboard.press('Shift+End');
    await caretSynced(page);
    await tabTo(page, page.getByRole('button', { name: 'Markierte Textstelle kommentieren' }), 'Markierte Textstelle kommentieren');
    await page.keyboard.press('Enter');
    const form = page.getByRole('group', { name: 'Kommentar zur markierten Textstelle' });
    await expect(form.locator('blockquote').textContent()).resolves.toBe(QUOTE);
    await expectFocus(page, form.getByRole('textbox', { name: 'Kommentar zur markierten Textstelle' }), 'Kommentarfeld');
    await page.keyboard.type(OWN_COMMENT);
    await tabTo(page, form.getByRole('button', { name: 'Kommentar speichern' }), 'Kommentar speichern', { limit: 3 });
    await page.keyboard.press('Enter');
    const own = page.locator('article.comment').filter({ hasText: OWN_COMMENT });
    await own.waitFor();
    // The new thread takes the focus; its passage is highlighted in the text.
    await expectFocus(page, own, 'neuer Kommentar');
    await expect(page.locator('.ProseMirror .comment-highlight').filter({ hasText: QUOTE }).count()).resolves.toBe(1);
  });

  it('after a reload everything typed is there', async () => {
    await page.reload();
    await page.locator('.ProseMirror[contenteditable="true"]').waitFor();
    const text = await editorText();
    expect(text).toContain(`${SENTENCE} und ${BOLD_WORD}.`);
    expect(text).toContain(BLOCK_TEXT);
    await expect(page.locator('.ProseMirror strong').filter({ hasText: new RegExp(`^${BOLD_WORD}$`) }).count()).resolves.toBe(1);

    // With an open comment the comments are the tab shown first.
    await tabTo(page, page.getByRole('tab', { name: 'Kommentare (1)' }), 'Reiter „Kommentare (1)“');
    await page.locator('article.comment').filter({ hasText: OWN_COMMENT }).waitFor();
    await tabTo(page, page.getByRole('button', { name: /^Erledigte Kommentare anzeigen/ }), 'Erledigte Kommentare anzeigen');
    await page.keyboard.press('Space');
    const resolved = hint();
    await resolved.waitFor();
    await expect(resolved.locator('.comment__body').allTextContents()).resolves.toEqual(expect.arrayContaining([REPLY]));
    await expect(resolved.locator('.comment__disposition').textContent()).resolves.toMatch(
      new RegExp(`^Erledigt von Jonas Beispiel am .+ – teilweise übernommen: ${REASON.replace(/[.()]/g, '\\$&')}`),
    );
  });
});
