import type { Page } from 'playwright-core';

/** Opens a section from the concept's overview table by its title and waits for the editor; returns the section's URL. */
export async function openSection(page: Page, conceptUrl: string, title: string): Promise<string> {
  await page.goto(conceptUrl);
  await page.getByRole('table').getByRole('link', { name: title, exact: true }).click();
  await page.waitForURL(/\/sections\//);
  await page.locator('.ProseMirror').waitFor();
  return page.url();
}

/** Types at the very end of the section's text, as a user who clicked into it and pressed Ctrl+End. */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.locator('.ProseMirror').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}
