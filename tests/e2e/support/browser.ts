import { execSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { requireTool } from '../../support/required-tools';

function locateChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/sh' }).toString().trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The chromium to drive. Missing: locally undefined (the suite skips and says why), in CI an error, so a run
 * without a browser is never green.
 */
export function findChromium(): string | undefined {
  const found = locateChromium();
  return requireTool(Boolean(found), 'chromium', 'apt-get install -y chromium') ? found : undefined;
}

// Without the networking flags chromium keeps trying to reach the internet, which this machine refuses.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: ARGS });
}

export const baseUrl = () => process.env.E2E_BASE_URL ?? 'http://localhost:3000';

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

/** The visible error of the sign-in form (Next's route announcer also has role=alert, so we scope by class). */
export const formError = (page: Page) => page.locator('.alert--error');
