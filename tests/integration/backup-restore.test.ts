import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

/**
 * The backup drill a district's IT department runs before trusting the tool: `npm run db:backup`, wipe the
 * database, `npm run db:restore`, and every row — concepts, revisions, comments, Fassungen and all the rest —
 * is back, compared by hash. The real command-line scripts run as child processes, as an operator would run them.
 */
const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const run = promisify(execFile);

type Hashes = Record<string, string[]>;

function envFor(target: { dataDir?: string; databaseUrl?: string }): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development' };
  delete env.DATABASE_URL;
  if (target.dataDir) env.SKW_DATA_DIR = target.dataDir;
  if (target.databaseUrl) env.DATABASE_URL = target.databaseUrl;
  return env;
}

async function cli(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [TSX, script, ...args], { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

async function hashes(env: NodeJS.ProcessEnv): Promise<Hashes> {
  const { code, output } = await cli('tests/support/table-hashes-cli.ts', [], env);
  if (code !== 0) throw new Error(output);
  return JSON.parse(output) as Hashes;
}

/** The demo data has all of it: a concept with revisions, comment threads, a submitted Fassung with its sections. */
function expectEverythingThere(data: Hashes) {
  const tables = ['concepts', 'sections', 'section_revisions', 'comment_threads', 'comments', 'concept_versions', 'concept_version_sections', 'users', 'audit_log'];
  expect(tables.filter((table) => !data[table]?.length)).toEqual([]);
}

describe('backup drill on the embedded database', () => {
  let folder: string;
  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'skw-backup-'));
  });
  afterAll(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('backs up, wipes, restores: every row is back; a damaged file or a running app changes nothing', async () => {
    const dataDir = path.join(folder, 'daten');
    const env = envFor({ dataDir });
    const file = path.join(folder, 'sicherung.json.gz');
    expect((await cli('lib/cli/db-seed.ts', [], env)).code).toBe(0);
    const before = await hashes(env);
    expectEverythingThere(before);

    const backup = await cli('lib/cli/db-backup.ts', ['--out', file], env);
    expect(backup).toMatchObject({ code: 0, output: expect.stringContaining('Sicherung geschrieben') });

    fs.rmSync(dataDir, { recursive: true, force: true });
    const restore = await cli('lib/cli/db-restore.ts', [file], env);
    expect(restore).toMatchObject({ code: 0, output: expect.stringContaining('Sicherung wiederhergestellt') });
    expect(await hashes(env)).toEqual(before);

    // Into a database that has data: only when asked to replace it.
    const refused = await cli('lib/cli/db-restore.ts', [file], env);
    expect(refused).toMatchObject({ code: 1, output: expect.stringContaining('enthält bereits Daten') });

    // A truncated file is refused as a whole, even with --ersetzen: the data stays as it was.
    const truncated = path.join(folder, 'abgeschnitten.json.gz');
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.7)));
    const damaged = await cli('lib/cli/db-restore.ts', [truncated, '--ersetzen'], env);
    expect(damaged).toMatchObject({ code: 1, output: expect.stringContaining('unvollständig oder beschädigt') });
    expect(await hashes(env)).toEqual(before);

    // While the app holds the data folder, restoring is refused with a German message.
    fs.writeFileSync(path.join(dataDir, 'launcher.lock'), JSON.stringify({ pid: process.pid, url: null, startedAt: new Date().toISOString() }));
    try {
      const whileRunning = await cli('lib/cli/db-restore.ts', [file, '--ersetzen'], env);
      expect(whileRunning).toMatchObject({ code: 1, output: expect.stringContaining('Die Werkstatt läuft gerade') });
    } finally {
      fs.rmSync(path.join(dataDir, 'launcher.lock'), { force: true });
    }
  }, 300_000);
});

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) console.warn('[backup] Sicherung auf einem Postgres-Server übersprungen: TEST_DATABASE_URL ist nicht gesetzt.');

(serverUrl ? describe : describe.skip)('backup drill on a Postgres server', () => {
  // Named like the test run's databases, so a run that dies leaves nothing behind for long (test-databases.ts).
  const name = `skw_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const urlOf = (database: string) => Object.assign(new URL(serverUrl!), { pathname: `/${database}` }).toString();
  async function admin(statement: string) {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  }
  let folder: string;
  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'skw-backup-pg-'));
    await admin(`create database "${name}"`);
  });
  afterAll(async () => {
    fs.rmSync(folder, { recursive: true, force: true });
    await admin(`drop database if exists "${name}" with (force)`);
  });

  it('backs up, drops and recreates the database, restores: every row is back; the same file restores into the embedded database', async () => {
    const env = envFor({ databaseUrl: urlOf(name) });
    const file = path.join(folder, 'sicherung.json.gz');
    expect((await cli('lib/cli/db-seed.ts', [], env)).code).toBe(0);
    const before = await hashes(env);
    expectEverythingThere(before);
    expect((await cli('lib/cli/db-backup.ts', ['--out', file], env)).code).toBe(0);

    await admin(`drop database "${name}" with (force)`);
    await admin(`create database "${name}"`);
    const restore = await cli('lib/cli/db-restore.ts', [file], env);
    expect(restore).toMatchObject({ code: 0, output: expect.stringContaining('Sicherung wiederhergestellt') });
    expect(await hashes(env)).toEqual(before);

    // Moving from a server to the embedded database (or back) is the same file.
    const embedded = envFor({ dataDir: path.join(folder, 'daten') });
    expect((await cli('lib/cli/db-restore.ts', [file], embedded)).code).toBe(0);
    expect(await hashes(embedded)).toEqual(before);
  }, 300_000);
});
