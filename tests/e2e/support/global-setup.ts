import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, launch, waitUntilReady } from './app-process';
import { findChromium } from './browser';

/** Starts one app for the browser suite, on an empty embedded database in a temporary folder. */
export default async function globalSetup() {
  // Throws in CI; locally the reason is printed and every browser test skips.
  if (!findChromium()) return;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skw-e2e-'));
  const port = await freePort();
  const app = launch({ dataDir, port });
  // The app's output, for tests that check what it logged (e.g. that the export runs without a fallback).
  const log = path.join(dataDir, 'app.log');
  for (const stream of [app.child.stdout, app.child.stderr]) stream.on('data', (chunk: Buffer) => fs.appendFileSync(log, chunk));
  await waitUntilReady(app);
  process.env.E2E_APP_LOG = log;
  process.env.E2E_BASE_URL = `http://localhost:${port}`;
  process.env.E2E_DATA_DIR = dataDir;
  process.env.E2E_PORT = String(port);
  (globalThis as { __skwE2eApp?: unknown }).__skwE2eApp = app;
  console.log(`\n[e2e] App läuft auf ${process.env.E2E_BASE_URL} (Daten in ${dataDir})`);
}
