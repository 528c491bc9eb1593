import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDb } from '../../db/client';
import { startEmbeddedPostgres } from '../../db/embedded';
import { migrateToLatest } from '../../db/migrate';

/**
 * The databases of one jest run, shared by globalSetup and globalTeardown (both run in
 * jest's parent process, so the handles live on its globalThis).
 *
 * - main: migrated, used by every test file through DATABASE_URL. Tests create their own
 *   uniquely named data, so files run in parallel without seeing each other's rows.
 * - solo: left empty, used by exactly one file (tests/integration/platform-wide.test.ts) for
 *   behaviour that depends on the whole database: the first migration, the demo seed, and
 *   "the last active administrator" – which can never be the case in a shared database.
 */
export const SOLO_DATABASE_ENV = 'SKW_TEST_SOLO_DATABASE_URL';

interface RunDatabases {
  description: string;
  stop(): Promise<void>;
}

const state = globalThis as unknown as { __skwTestDatabases?: RunDatabases };

export async function startRunDatabases(): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const run = serverUrl ? await createServerDatabases(serverUrl) : await startEmbeddedDatabases();
  state.__skwTestDatabases = run;
  console.log(`\n[tests] Database for this run: ${run.description}`);
}

export async function stopRunDatabases(): Promise<void> {
  const run = state.__skwTestDatabases;
  state.__skwTestDatabases = undefined;
  await run?.stop();
}

async function migrate(url: string): Promise<void> {
  const db = createDb(url, { max: 1 });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
}

function publish(mainUrl: string, soloUrl: string): void {
  process.env.DATABASE_URL = mainUrl;
  process.env[SOLO_DATABASE_ENV] = soloUrl;
  process.env.NEXTAUTH_SECRET = 'test-secret-not-for-production-0123456789abcdef';
}

async function startEmbeddedDatabases(): Promise<RunDatabases> {
  // Started here, in jest's parent process: PGlite inside a test file needs --experimental-vm-modules.
  const main = await startEmbeddedPostgres({ maxConnections: 100 });
  const solo = await startEmbeddedPostgres({ maxConnections: 20 }).catch(async (error: unknown) => {
    await main.stop();
    throw error;
  });
  const stop = async () => {
    await Promise.allSettled([main.stop(), solo.stop()]);
  };
  try {
    await migrate(main.url);
  } catch (error) {
    await stop();
    throw error;
  }
  publish(main.url, solo.url);
  return { description: `embedded PGlite in memory (${new URL(main.url).host})`, stop };
}

const NAME_PATTERN = /^skw_test_(\d+)_[0-9a-f]+(_solo)?$/;
/** Databases of runs that died without teardown (Ctrl-C, killed CI job) are dropped after this long. */
const ABANDONED_AFTER_MS = 12 * 60 * 60 * 1000;

async function withClient<T>(url: string, task: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await task(client);
  } finally {
    await client.end();
  }
}

async function dropDatabase(client: Client, name: string): Promise<void> {
  if (!NAME_PATTERN.test(name)) throw new Error(`Refusing to drop ${name}: not a test database.`);
  await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [
    name,
  ]);
  await client.query(`drop database if exists "${name}"`);
}

function urlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function createServerDatabases(serverUrl: string): Promise<RunDatabases> {
  const name = `skw_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const names = [name, `${name}_solo`];
  await withClient(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>("select datname from pg_database where datname like 'skw\\_test\\_%'");
    for (const { datname } of rows) {
      const startedAt = Number(NAME_PATTERN.exec(datname)?.[1]);
      if (startedAt && Date.now() - startedAt > ABANDONED_AFTER_MS) await dropDatabase(client, datname);
    }
    for (const database of names) await client.query(`create database "${database}"`);
  });
  const stop = () =>
    withClient(serverUrl, async (client) => {
      for (const database of names) await dropDatabase(client, database);
    });
  try {
    await migrate(urlFor(serverUrl, name));
  } catch (error) {
    await stop();
    throw error;
  }
  publish(urlFor(serverUrl, name), urlFor(serverUrl, names[1]!));
  const server = new URL(serverUrl);
  return { description: `${name} on ${server.host} (TEST_DATABASE_URL)`, stop };
}
