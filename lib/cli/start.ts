import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { closeDb, createDb } from '../../db/client';
import { DataFolderLockedError, acquireDataFolder, startEmbeddedPostgres, type EmbeddedPostgres } from '../../db/embedded';
import { migrateToLatest } from '../../db/migrate';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/demo-accounts';
import { DemoSeedRefusedError, isDatabaseEmpty, seedDemoData } from '../demo/seed-demo-data';
import { sendReviewDueNotices } from '../review/reviews-due';
import { dataDir, pgDataDir } from './support/paths';

/**
 * `npm start`: the whole app on one command. Without DATABASE_URL it runs the
 * embedded Postgres (PGlite over the wire protocol, data in ./.data), migrates,
 * seeds demo data into an empty embedded database, builds the app when no build
 * exists, and starts Next. Ctrl-C stops Next, then the database, then frees the folder.
 */
const isDev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const nextBin = path.resolve('node_modules', '.bin', 'next');

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

function portIsFree(p: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(p, () => server.close(() => resolve(true)));
  });
}

function readOrCreateSecret(dir: string): string {
  const file = path.join(dir, 'nextauth-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { stdio: 'inherit', env });
}

async function waitForHttp(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** Migrates; seeds the demo data into an empty embedded database. Returns whether it seeded. */
async function prepareDatabase(databaseUrl: string, { isEmbedded }: { isEmbedded: boolean }): Promise<boolean> {
  // The seed writes through the use cases, which use the process-wide pool.
  process.env.DATABASE_URL = databaseUrl;
  const db = createDb(databaseUrl, { max: 2 });
  try {
    await migrateToLatest(db);
    if (!isEmbedded || !(await isDatabaseEmpty(db))) return false;
    try {
      return (await seedDemoData(db)).created;
    } catch (error) {
      if (!(error instanceof DemoSeedRefusedError)) throw error;
      console.warn(`${error.message}\nLegen Sie ein erstes Konto an mit: npm run user:create-admin -- --email … --name …`);
      return false;
    }
  } finally {
    await db.destroy();
    await closeDb();
  }
}

async function main() {
  if (!Number.isInteger(port) || port <= 0) fail(`PORT ist keine gültige Portnummer: ${process.env.PORT}`);
  if (!(await portIsFree(port))) {
    fail(`Port ${port} ist bereits belegt. Läuft die Werkstatt schon? Sonst starten Sie mit einem anderen Port, z. B. PORT=3001 npm start.`);
  }

  let databaseUrl = process.env.DATABASE_URL;
  let embedded: EmbeddedPostgres | undefined;
  let lock: ReturnType<typeof acquireDataFolder> | undefined;
  if (!databaseUrl) {
    try {
      lock = acquireDataFolder(dataDir());
    } catch (error) {
      if (error instanceof DataFolderLockedError) fail(error.message);
      throw error;
    }
  }

  let isStopping = false;
  // Filled as they start; stop() may come at any point (Ctrl-C during the build, a failed seed).
  const children: { build?: ChildProcess; app?: ChildProcess } = {};
  const timers: { reviews?: ReturnType<typeof setInterval> } = {};
  const stop = async (code: number) => {
    if (isStopping) return;
    isStopping = true;
    console.log('\nBeende die Werkstatt …');
    clearInterval(timers.reviews);
    for (const child of [children.app, children.build]) {
      if (child && child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    }
    await embedded?.stop();
    lock?.release();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  // A fresh clone has no build yet. The build needs no database (everything is read per request), so
  // it runs while the database starts and the demo data are written: the first start is shorter by that.
  let build: Promise<number> | undefined;
  if (!isDev && !fs.existsSync(path.join('.next', 'BUILD_ID'))) {
    console.log('Noch kein Build vorhanden – baue die Anwendung (einmalig, etwa eine Minute) …');
    const child = run(['build'], { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });
    children.build = child;
    build = new Promise<number>((r) => child.once('exit', (c) => r(c ?? 1)));
  }

  let secret: string | undefined;
  let seeded = false;
  try {
    if (lock) {
      console.log(`Starte eingebettete Datenbank (Daten in ${dataDir()}) …`);
      embedded = await startEmbeddedPostgres({ dataDir: pgDataDir(), maxConnections: 40 });
      databaseUrl = embedded.url;
      lock.update(databaseUrl);
    }
    secret = process.env.NEXTAUTH_SECRET || (embedded ? readOrCreateSecret(dataDir()) : undefined);
    if (!secret || !databaseUrl) {
      console.error('\n✖ NEXTAUTH_SECRET fehlt. Mit eigener Datenbank (DATABASE_URL) muss ein geheimer Schlüssel gesetzt sein, z. B. `openssl rand -base64 32`.\n');
      await stop(1);
      return;
    }
    seeded = await prepareDatabase(databaseUrl, { isEmbedded: embedded !== undefined });
  } catch (error) {
    if (isStopping) return; // Ctrl-C while the database was starting
    console.error(error);
    await stop(1);
    return;
  }

  const buildCode = build ? await build : 0;
  if (isStopping) return; // Ctrl-C during the build: stop() ends it and exits
  if (buildCode !== 0) {
    console.error('\n✖ Der Build ist fehlgeschlagen (Ausgabe oben). Die Werkstatt wird nicht gestartet.');
    await stop(1);
    return;
  }

  const appUrl = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || appUrl,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: '1',
  };

  // Production: our own small server around Next's handler (lib/server/serve.mjs), which sets the client address.
  const child = isDev
    ? run(['dev', '-p', String(port)], env)
    : // The channel tells the server when the launcher is gone (lib/server/serve.mjs stops then).
      spawn(process.execPath, [path.resolve('lib', 'server', 'serve.mjs')], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env: { ...env, NODE_ENV: 'production' } });
  children.app = child;
  child.once('exit', (code) => void stop(code ?? 1));
  await waitForHttp(`${appUrl}/login`, child);
  if (child.exitCode !== null) return;

  console.log(`\n✔ Schutzkonzept-Werkstatt läuft auf ${appUrl}`);
  console.log(`  Datenbank: ${embedded ? `eingebettet (${dataDir()})` : 'DATABASE_URL'}${seeded ? ' – Demo-Daten angelegt' : ''}`);
  if (embedded) {
    console.log(`\n  Demo-Konten (Passwort für alle: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) console.log(`    ${account.email.padEnd(38)} ${account.description}`);
  }
  console.log('\n  Beenden mit Strg+C.\n');
  // Reminders of planned reviews (Fortschreibung) need no request to happen: checked now and every six hours.
  const remind = () => void runReviewReminders(databaseUrl!);
  remind();
  timers.reviews = setInterval(remind, REVIEW_REMINDER_INTERVAL_MS);
  timers.reviews.unref();
}

const REVIEW_REMINDER_INTERVAL_MS = 6 * 60 * 60 * 1000;

async function runReviewReminders(databaseUrl: string): Promise<void> {
  const db = createDb(databaseUrl, { max: 1 });
  try {
    const sent = await sendReviewDueNotices(db);
    if (sent > 0) console.log(`  Erinnerung an ${sent === 1 ? 'eine fällige Überprüfung' : `${sent} fällige Überprüfungen`} verschickt.`);
  } catch (error) {
    console.error('[Erinnerungen] Fällige Überprüfungen konnten nicht geprüft werden:', error instanceof Error ? error.message : error);
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
