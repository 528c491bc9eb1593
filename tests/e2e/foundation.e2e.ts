import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@/lib/demo/demo-accounts';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort, launch, stop, waitUntilReady } from './support/app-process';
import { baseUrl, findChromium, formError, launchBrowser, signIn } from './support/browser';
import { signInToDashboard, useBrowserPerTest } from './support/session';

// Skipped only when no chromium is installed (the reason is printed by global-setup); CI installs it.
const describeWithBrowser = findChromium() ? describe : describe.skip;

describeWithBrowser('Anmeldung, Rollen und Mandantentrennung im Browser', () => {
  const current = useBrowserPerTest();

  async function districtUrlFromDashboard(p: Page, name: string): Promise<string> {
    const href = await p.getByRole('main').getByRole('link', { name }).first().getAttribute('href');
    expect(href).toMatch(/^\/districts\/[0-9a-f-]{36}$/);
    return href!;
  }

  it('a wrong password and an unknown e-mail get the same German message; no session is created', async () => {
    await signIn(current.page, 'koordination@musterland.example', 'ganz-falsches-passwort');
    await expect(formError(current.page).textContent()).resolves.toContain('E-Mail-Adresse oder Passwort ist nicht korrekt.');
    await signIn(current.page, 'niemand@nirgendwo.example', 'ganz-falsches-passwort');
    await expect(formError(current.page).textContent()).resolves.toContain('E-Mail-Adresse oder Passwort ist nicht korrekt.');
    await current.page.goto(`${baseUrl()}/`);
    await current.page.waitForURL(/\/login/);
  });

  it('the coordinator of Musterland sees Musterland only, with the member list, and no administration', async () => {
    await signInToDashboard(current.page, 'koordination@musterland.example');
    await expect(current.page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Willkommen');
    const main = current.page.getByRole('main');
    await expect(main.getByRole('link', { name: 'Landkreis Musterland' }).count()).resolves.toBe(1);
    await expect(main.getByText('Stadt Beispielstadt').count()).resolves.toBe(0);
    await expect(current.page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Verwaltung' }).count()).resolves.toBe(0);
    const cookies = await current.context.cookies();
    const session = cookies.find((c) => c.name === 'skw.session');
    expect(session).toMatchObject({ httpOnly: true, secure: true });
  });

  it('a coordinator invites a new member, who signs in with the one-time password and accepts', async () => {
    await signInToDashboard(current.page, 'koordination@musterland.example');
    const districtUrl = await districtUrlFromDashboard(current.page, 'Landkreis Musterland');
    await current.page.goto(`${baseUrl()}${districtUrl}/members`);
    const email = `neu-${Date.now()}@musterland.example`;
    await current.page.getByLabel('Name', { exact: true }).fill('Nora Neumann');
    await current.page.getByLabel('Dienstliche E-Mail-Adresse').fill(email);
    await current.page.getByLabel('Rolle').selectOption('editor');
    await current.page.getByRole('button', { name: 'Einladen' }).click();
    const secret = current.page.locator('.secret');
    await secret.waitFor();
    const initialPassword = (await secret.textContent())!.trim();
    expect(initialPassword).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    await expect(current.page.getByRole('table').getByText('Nora Neumann').count()).resolves.toBe(1);

    const other = await current.browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, email, initialPassword);
    // The coordinator knows this password: until the member has chosen an own one, only „Mein Konto“ is open.
    await otherPage.waitForURL(`${baseUrl()}/account`);
    await expect(otherPage.getByText('Sie verwenden ein vorläufiges Passwort').count()).resolves.toBe(1);
    await otherPage.goto(`${baseUrl()}/`);
    await otherPage.waitForURL(`${baseUrl()}/account`);
    const ownPassword = 'Mein eigenes Passwort für die Werkstatt';
    await otherPage.getByLabel('Bisheriges Passwort').fill(initialPassword);
    await otherPage.getByLabel('Neues Passwort', { exact: true }).fill(ownPassword);
    await otherPage.getByLabel('Neues Passwort wiederholen').fill(ownPassword);
    await otherPage.getByRole('button', { name: 'Passwort ändern' }).click();
    await otherPage.waitForURL(/\/login/, { timeout: 20_000 });
    await signIn(otherPage, email, ownPassword);
    await otherPage.waitForURL(`${baseUrl()}/`);
    await expect(otherPage.getByText('Sie verwenden ein vorläufiges Passwort').count()).resolves.toBe(0);
    // A member only once the invitation is accepted.
    await otherPage.getByRole('button', { name: 'Annehmen: Einladung in Landkreis Musterland' }).click();
    await otherPage.getByText(/Sie sind jetzt Mitglied/).waitFor();
    await otherPage.reload();
    await expect(otherPage.getByRole('main').getByText('Ihre Rolle: Redaktion').count()).resolves.toBe(1);
    await other.close();
  });

  it('the editor of Musterland cannot manage members or reach the administration', async () => {
    await signInToDashboard(current.page, 'redaktion@musterland.example');
    const districtUrl = await districtUrlFromDashboard(current.page, 'Landkreis Musterland');
    await current.page.goto(`${baseUrl()}${districtUrl}/members`);
    await expect(current.page.getByRole('heading', { name: /Mitglieder/, level: 1 }).count()).resolves.toBe(1);
    await expect(current.page.getByRole('button', { name: 'Einladen' }).count()).resolves.toBe(0);
    const response = await current.page.goto(`${baseUrl()}/admin`);
    expect(response?.status()).toBe(404);
    await current.page.getByRole('heading', { name: 'Seite nicht gefunden' }).waitFor();
  });

  it("another district's URL answers not found for staff and for an advisor not assigned to it", async () => {
    await signInToDashboard(current.page, 'koordination@beispielstadt.example');
    const beispielstadtUrl = await districtUrlFromDashboard(current.page, 'Stadt Beispielstadt');
    await expect(current.page.getByRole('main').getByText('Landkreis Musterland').count()).resolves.toBe(0);

    const advisorContext = await current.browser.newContext();
    const advisor = await advisorContext.newPage();
    await signInToDashboard(advisor, 'beratung@debug.example');
    await expect(advisor.getByRole('heading', { name: 'Ihnen zugeordnete Kommunen' }).count()).resolves.toBe(1);
    const musterlandUrl = await districtUrlFromDashboard(advisor, 'Landkreis Musterland');
    await expect(advisor.getByRole('main').getByText('Stadt Beispielstadt').count()).resolves.toBe(0);
    const advisorResponse = await advisor.goto(`${baseUrl()}${beispielstadtUrl}`);
    expect(advisorResponse?.status()).toBe(404);
    await advisorContext.close();

    for (const path of [musterlandUrl, `${musterlandUrl}/members`, '/districts/not-a-uuid']) {
      const response = await current.page.goto(`${baseUrl()}${path}`);
      expect(response?.status()).toBe(404);
      await current.page.getByRole('heading', { name: 'Seite nicht gefunden' }).waitFor();
      await expect(current.page.getByText('Landkreis Musterland').count()).resolves.toBe(0);
    }
  });

  it('the administrator sees all districts and creates one; a deep link returns there after sign-in', async () => {
    await current.page.goto(`${baseUrl()}/admin/districts`);
    await current.page.waitForURL(/\/login\?callbackUrl=%2Fadmin%2Fdistricts/);
    await current.page.getByLabel('E-Mail-Adresse').fill('admin@werkstatt.example');
    await current.page.getByLabel('Passwort').fill(DEMO_PASSWORD);
    await current.page.getByRole('button', { name: 'Anmelden' }).click();
    await current.page.waitForURL(`${baseUrl()}/admin/districts`);
    const table = current.page.getByRole('table');
    await expect(table.getByRole('link', { name: 'Landkreis Musterland' }).count()).resolves.toBe(1);
    await expect(table.getByRole('link', { name: 'Stadt Beispielstadt' }).count()).resolves.toBe(1);

    await current.page.getByRole('button', { name: 'Kommune anlegen' }).click();
    await expect(current.page.locator('.alert--error').first().textContent()).resolves.toContain('Bitte prüfen Sie die markierten Angaben.');
    await current.page.getByLabel('Name der Kommune').fill('Samtgemeinde Probehausen');
    await current.page.getByLabel('Art').selectOption('Samtgemeinde');
    await current.page.getByLabel('Bundesland').selectOption('Niedersachsen');
    await current.page.getByRole('button', { name: 'Kommune anlegen' }).click();
    await table.getByRole('link', { name: 'Samtgemeinde Probehausen' }).waitFor();
  });

  it('signing out ends the session', async () => {
    await signInToDashboard(current.page, 'redaktion@beispielstadt.example');
    const sessionCookie = (await current.context.cookies()).find((c) => c.name === 'skw.session')!;
    await current.page.getByRole('button', { name: 'Abmelden' }).click();
    await current.page.waitForURL(/\/login\?abgemeldet=1/);
    await expect(current.page.getByText('Sie haben sich abgemeldet.').count()).resolves.toBe(1);

    // A copy of the old cookie no longer opens the app: the session was revoked on the server.
    const replay = await current.browser.newContext();
    await replay.addCookies([sessionCookie]);
    const replayPage = await replay.newPage();
    await replayPage.goto(`${baseUrl()}/`);
    await replayPage.waitForURL(/\/login/);
    await replay.close();
  });
});

describeWithBrowser('Start und Datenordner', () => {
  it('a second launcher on the same data folder refuses with a clear message', async () => {
    const second = launch({ dataDir: process.env.E2E_DATA_DIR!, port: await freePort() });
    const code = await second.exited;
    expect(code).not.toBe(0);
    expect(second.output()).toContain('Der Datenordner wird bereits von einem anderen Prozess verwendet');
  });

  it('the app server stops when its launcher is killed outright, and frees the port', async () => {
    const port = await freePort();
    // A stand-in launcher starts the server as lib/cli/start.ts does (with a channel to it), prints its id, and is
    // then killed with SIGKILL: it gets no chance to stop the server itself.
    const serve = path.resolve(__dirname, '../../lib/server/serve.mjs');
    const starter = `const c = require('node:child_process').spawn(process.execPath, [${JSON.stringify(serve)}], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }); console.log('server ' + c.pid); setInterval(() => {}, 1000);`;
    const env = { ...process.env, PORT: String(port), NEXTAUTH_SECRET: 'e2e-only-secret-0123456789abcdef0123456789', NEXTAUTH_URL: `http://localhost:${port}` };
    const launcher = spawn(process.execPath, ['-e', starter], { cwd: path.resolve(__dirname, '../..'), env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    launcher.stdout.on('data', (chunk: Buffer) => (output += String(chunk)));
    launcher.stderr.on('data', (chunk: Buffer) => (output += String(chunk)));
    const listening = async () => new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    const until = async (condition: () => Promise<boolean>, ms: number) => {
      for (const started = Date.now(); Date.now() - started < ms; await new Promise((r) => setTimeout(r, 200))) if (await condition()) return true;
      return false;
    };
    try {
      expect(await until(listening, 120_000)).toBe(true);
      const serverPid = Number(/server (\d+)/.exec(output)?.[1]);
      expect(serverPid).toBeGreaterThan(0);
      launcher.kill('SIGKILL');
      const gone = async () => {
        try {
          process.kill(serverPid, 0);
          return false;
        } catch {
          return true;
        }
      };
      expect(await until(gone, 30_000)).toBe(true);
      expect(await listening()).toBe(false);
    } finally {
      launcher.kill('SIGKILL');
      const serverPid = Number(/server (\d+)/.exec(output)?.[1]);
      // Left over only when the test failed: never leave a server holding a port behind.
      try {
        if (serverPid > 0) process.kill(serverPid, 'SIGKILL');
      } catch {
        // already gone, as it should be
      }
    }
  }, 180_000);

  it('data survives a restart, and Ctrl-C shuts down cleanly and frees the folder', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skw-restart-'));
    const browser = await launchBrowser();
    try {
      const port = await freePort();
      const first = launch({ dataDir, port });
      await waitUntilReady(first);
      const url = `http://localhost:${port}`;
      const page = await browser.newPage();
      await page.goto(`${url}/login?callbackUrl=%2Fadmin%2Fdistricts`);
      await page.getByLabel('E-Mail-Adresse').fill('admin@werkstatt.example');
      await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Anmelden' }).click();
      await page.waitForURL(`${url}/admin/districts`);
      await page.getByLabel('Name der Kommune').fill('Gemeinde Dauerhaft');
      await page.getByLabel('Art').selectOption('Gemeinde');
      await page.getByLabel('Bundesland').selectOption('Hessen');
      await page.getByRole('button', { name: 'Kommune anlegen' }).click();
      await page.getByRole('table').getByRole('link', { name: 'Gemeinde Dauerhaft' }).waitFor();
      await page.close();

      expect(await stop(first)).toBe(0);
      expect(fs.existsSync(path.join(dataDir, 'launcher.lock'))).toBe(false);

      const second = launch({ dataDir, port });
      await waitUntilReady(second);
      expect(second.output()).not.toContain('Demo-Daten angelegt');
      const again = await browser.newPage();
      await again.goto(`${url}/login?callbackUrl=%2Fadmin%2Fdistricts`);
      await again.getByLabel('E-Mail-Adresse').fill('admin@werkstatt.example');
      await again.getByLabel('Passwort').fill(DEMO_PASSWORD);
      await again.getByRole('button', { name: 'Anmelden' }).click();
      await again.waitForURL(`${url}/admin/districts`);
      await expect(again.getByRole('table').getByRole('link', { name: 'Gemeinde Dauerhaft' }).count()).resolves.toBe(1);
      expect(await stop(second)).toBe(0);
    } finally {
      await browser.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    // Two cold starts of the launcher (the first seeds the demo data) take longer than one test step.
  }, 240_000);
});
