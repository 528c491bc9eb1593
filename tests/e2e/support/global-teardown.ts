import fs from 'node:fs';
import { stop, type LaunchResult } from './app-process';

export default async function globalTeardown() {
  const app = (globalThis as { __skwE2eApp?: LaunchResult }).__skwE2eApp;
  if (app) await stop(app);
  if (process.env.E2E_DATA_DIR) fs.rmSync(process.env.E2E_DATA_DIR, { recursive: true, force: true });
}
