import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface LaunchResult {
  child: ChildProcessByStdio<null, Readable, Readable>;
  output: () => string;
  exited: Promise<number>;
}

/** Runs the real launcher (`npm start`'s script) with its own data folder and port. */
export function launch(env: { dataDir: string; port: number }): LaunchResult {
  let output = '';
  // A clean environment: no outside database or secret, and no NODE_ENV=test from jest.
  const childEnv: Record<string, string | undefined> = { ...process.env, SKW_DATA_DIR: env.dataDir, PORT: String(env.port) };
  for (const key of ['DATABASE_URL', 'NEXTAUTH_SECRET', 'NEXTAUTH_URL', 'NODE_ENV']) delete childEnv[key];
  // As package.json's start script runs it: node itself with tsx's loader, so Ctrl-C reaches the launcher's own handler
  // (tsx's command line relays signals through a parent process that kills its child after 60 ms without an answer).
  const child = spawn(process.execPath, ['--import', 'tsx', 'lib/cli/start.ts'], {
    cwd: ROOT,
    env: childEnv as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += String(chunk)));
  child.stderr.on('data', (chunk: Buffer) => (output += String(chunk)));
  const exited = new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
  return { child, output: () => output, exited };
}

/** Waits for the launcher's ready line; throws with its output if it exits or takes too long. */
export async function waitUntilReady(app: LaunchResult, timeoutMs = 240_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (app.output().includes('läuft auf')) return;
    if (app.child.exitCode !== null) throw new Error(`Start fehlgeschlagen:\n${app.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Start dauerte zu lange:\n${app.output()}`);
}

export async function stop(app: LaunchResult): Promise<number> {
  if (app.child.exitCode === null) app.child.kill('SIGINT');
  return app.exited;
}
