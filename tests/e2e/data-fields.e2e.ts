import type { Browser, Page } from 'playwright-core';
import { DEMO_CONCEPT } from '@/lib/demo/demo-concept-content';
import { DEMO_PASSWORD } from '@/lib/demo/demo-accounts';
import { baseUrl, findChromium, launchBrowser, signIn } from './support/browser';

// Skipped only when no chromium is installed (the reason is printed by global-setup); CI installs it.
const describeWithBrowser = findChromium() ? describe : describe.skip;

// Still matches the link other browser tests follow to the demo concept, should the restore below not happen.
const NEW_TITLE = `${DEMO_CONCEPT.title} (Fortschreibung 2027)`;
const NEW_RESPONSIBLE = 'Fachbereich Integration und Migration, Leitung';

const editorField = (page: Page, name: string) => page.locator(`.ProseMirror [data-field="${name}"]`);
const saveStatus = (page: Page) => page.getByTestId('save-status');

async function setDetails(page: Page, conceptUrl: string, details: { title: string; responsible: string }) {
  await page.goto(`${conceptUrl}/eckdaten`);
  await page.getByLabel('Titel', { exact: true }).fill(details.title);
  await page.getByLabel('Verantwortliche Stelle').fill(details.responsible);
  await page.getByRole('button', { name: 'Eckdaten speichern' }).click();
  await page.getByText('Gespeichert.').waitFor();
}

/** Waits for the autosave after a change: first unsaved, then saved. */
async function waitForSave(page: Page) {
  await saveStatus(page).filter({ hasText: /Ungespeicherte Änderungen|Speichert/ }).waitFor({ timeout: 5_000 }).catch(() => undefined);
  await saveStatus(page).filter({ hasText: /^Gespeichert um/ }).waitFor({ timeout: 20_000 });
}

describeWithBrowser('Angaben aus den Eckdaten im Text', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('after „Eckdaten bearbeiten“ section 1 shows the new title and responsible body in the editor; a field is removed whole', async () => {
    const page = await browser.newPage();
    await signIn(page, 'koordination@musterland.example', DEMO_PASSWORD);
    await page.waitForURL(`${baseUrl()}/`);
    await page.getByRole('main').getByRole('link', { name: /Gewaltschutzkonzept für die Gemeinschaftsunterkünfte/ }).first().click();
    await page.waitForURL(/\/concepts\/[0-9a-f-]{36}$/);
    const conceptUrl = page.url();
    try {
      await page.goto(`${conceptUrl}/sections/deckblatt`);
      await page.locator('.ProseMirror').waitFor();
      const responsible = editorField(page, 'concept.responsible');
      await expect(responsible.innerText()).resolves.toContain(DEMO_CONCEPT.responsible);
      // Marked as an Angabe from the details, for the mouse and for screen readers, and not editable as text.
      await expect(responsible.getAttribute('title')).resolves.toBe('Angabe aus den Eckdaten: Verantwortliche Stelle');
      await expect(responsible.getAttribute('contenteditable')).resolves.toBe('false');
      await expect(responsible.locator('.visually-hidden').textContent()).resolves.toBe(' (Angabe aus den Eckdaten: Verantwortliche Stelle)');

      await setDetails(page, conceptUrl, { title: NEW_TITLE, responsible: NEW_RESPONSIBLE });
      await page.goto(`${conceptUrl}/sections/deckblatt`);
      await page.locator('.ProseMirror').waitFor();
      await expect(editorField(page, 'concept.responsible').innerText()).resolves.toContain(NEW_RESPONSIBLE);
      await expect(editorField(page, 'concept.title').innerText()).resolves.toContain(NEW_TITLE);
      await expect(page.locator('.ProseMirror').getByText(DEMO_CONCEPT.responsible).count()).resolves.toBe(0);
      // The draft's Fassung fields say what is not there yet.
      await expect(editorField(page, 'edition.beschluss').innerText()).resolves.toContain('noch nicht beschlossen');

      // Clicking selects the whole field; Backspace removes it as one unit (nothing half-deleted), undo brings it back.
      await editorField(page, 'concept.responsible').click();
      await page.keyboard.press('Backspace');
      await expect(editorField(page, 'concept.responsible').count()).resolves.toBe(0);
      await expect(page.locator('.ProseMirror').getByText(/Integration und/).count()).resolves.toBe(0);
      await waitForSave(page);
      await page.keyboard.press('Control+z');
      await expect(editorField(page, 'concept.responsible').count()).resolves.toBe(1);
      await waitForSave(page);
      await page.reload();
      await page.locator('.ProseMirror').waitFor();
      await expect(editorField(page, 'concept.responsible').innerText()).resolves.toContain(NEW_RESPONSIBLE);
    } finally {
      // Other browser tests use the demo concept as seeded.
      await setDetails(page, conceptUrl, { title: DEMO_CONCEPT.title, responsible: DEMO_CONCEPT.responsible });
      await page.close();
    }
  });
});
