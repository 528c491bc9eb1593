/**
 * `npm run bench:bundle`: how much JavaScript the section editor sends to a browser that has nothing cached.
 *
 * Starts the built app as the browser tests do (`npm start`'s launcher, embedded database in a temporary
 * folder, fresh demo data), signs in as the coordinator of the demo district in chromium, then opens one
 * section of the demo concept in a new browser context (empty cache, same session) and counts every script
 * the page loads until the editor is there and the network is quiet. Prints each file with its size as sent
 * (compressed, as Chromium received it) and unpacked, and ends with the line
 *   editor route: N kB gzipped JavaScript in F files (cold load)
 * (kB = 1,000 bytes). Needs `npm run build` first; BENCH_SECTION picks another section title.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Response } from 'playwright-core';
import { DEMO_PASSWORD } from '@/lib/demo/demo-accounts';
import { freePort, launch, stop, waitUntilReady } from '../e2e/support/app-process';
import { launchBrowser, signIn } from '../e2e/support/browser';

const ACCOUNT = 'koordination@musterland.example';
// A section with a table and a list in the demo text, so the editor meets the usual node types.
const SECTION = process.env.BENCH_SECTION ?? 'Geltungsbereich und Unterkünfte';

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

async function main() {
  if (!fs.existsSync(path.join('.next', 'BUILD_ID'))) throw new Error('Kein Build gefunden: bitte zuerst `npm run build` ausführen.');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skw-bench-bundle-'));
  const port = await freePort();
  const app = launch({ dataDir, port });
  const base = `http://localhost:${port}`;
  const browser = await (async () => {
    await waitUntilReady(app);
    return launchBrowser();
  })().catch(async (error) => {
    await stop(app);
    throw error;
  });
  try {
    // Find the section's address and keep the session; this visit fills only its own context's cache.
    const setup = await browser.newContext();
    const page = await setup.newPage();
    process.env.E2E_BASE_URL = base;
    await signIn(page, ACCOUNT, DEMO_PASSWORD);
    await page.waitForURL(`${base}/`);
    await page.getByRole('main').getByRole('link', { name: /Gewaltschutzkonzept für die Gemeinschaftsunterkünfte/ }).first().click();
    await page.waitForURL(/\/concepts\/[0-9a-f-]{36}$/);
    const sectionUrl = await page.getByRole('table').getByRole('link', { name: SECTION, exact: true }).getAttribute('href');
    if (!sectionUrl) throw new Error(`Abschnitt „${SECTION}“ nicht gefunden.`);
    const storageState = await setup.storageState();
    await setup.close();

    // The cold load: a new context has an empty HTTP cache.
    const cold = await browser.newContext({ storageState, viewport: { width: 1280, height: 900 } });
    const coldPage = await cold.newPage();
    const scripts: Response[] = [];
    coldPage.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response);
    });
    await coldPage.goto(base + sectionUrl);
    await coldPage.locator('.ProseMirror').waitFor();
    await coldPage.waitForLoadState('networkidle');

    const files = await Promise.all(
      scripts.map(async (response) => {
        const sizes = await response.request().sizes();
        const body = await response.body();
        return {
          name: new URL(response.url()).pathname,
          sent: sizes.responseBodySize,
          unpacked: body.length,
          encoding: response.headers()['content-encoding'] ?? 'keine',
        };
      }),
    );
    await cold.close();

    files.sort((a, b) => b.sent - a.sent);
    console.log(`\nAbschnitt „${SECTION}“, angemeldet als ${ACCOUNT}, leerer Browser-Cache:\n`);
    console.log(`${'gesendet'.padStart(10)} ${'entpackt'.padStart(10)}  Kodierung  Datei`);
    for (const f of files) console.log(`${kB(f.sent).padStart(7)} kB ${kB(f.unpacked).padStart(7)} kB  ${f.encoding.padEnd(9)}  ${f.name}`);
    const sent = files.reduce((sum, f) => sum + f.sent, 0);
    const unpacked = files.reduce((sum, f) => sum + f.unpacked, 0);
    const uncompressed = files.filter((f) => f.encoding === 'keine');
    if (uncompressed.length) console.log(`\nAchtung: ${uncompressed.length} Dateien kamen unkomprimiert.`);
    console.log(`\nentpackt zusammen ${kB(unpacked)} kB`);
    console.log(`editor route: ${kB(sent)} kB gzipped JavaScript in ${files.length} files (cold load)`);
  } catch (error) {
    console.error(`Ausgabe der Anwendung:\n${app.output()}`);
    throw error;
  } finally {
    await browser.close();
    await stop(app);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
