import type { Page } from 'playwright-core';

/** Opens a section from the concept's overview table by its title and waits for the editor; returns the section's URL. */
export async function openSection(page: Page, conceptUrl: string, title: string): Promise<string> {
  await page.goto(conceptUrl);
  await page.getByRole('table').getByRole('link', { name: title, exact: true }).click();
  await page.waitForURL(/\/sections\//);
  await page.locator('.ProseMirror').waitFor();
  return page.url();
}

/**
 * Puts the caret at the very end of the section's text, as a user who clicks into it and presses
 * Ctrl+End. The browser moves the caret at once, ProseMirror takes it over a moment later; a person
 * never types that fast, so this waits until the editor's selection is where the caret is.
 */
export async function caretToEnd(page: Page): Promise<void> {
  await page.locator('.ProseMirror').click();
  await page.keyboard.press('Control+End');
  await page.waitForFunction(() => {
    type View = { state: { selection: { head: number } }; posAtDOM: (node: Node, offset: number) => number };
    const view = (document.querySelector('.ProseMirror') as unknown as { editor?: { view: View } }).editor?.view;
    const caret = window.getSelection();
    if (!view || !caret?.focusNode) return false;
    try {
      return view.state.selection.head === view.posAtDOM(caret.focusNode, caret.focusOffset);
    } catch {
      return false;
    }
  });
}

/** Types at the very end of the section's text. */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  await caretToEnd(page);
  await page.keyboard.type(text);
}
