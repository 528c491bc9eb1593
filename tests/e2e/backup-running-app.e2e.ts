import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { findChromium } from './support/browser';

/**
 * `npm run db:backup` next to a running `npm start` (the browser suite's app, embedded database): the backup goes
 * through the running server, the restore refuses the folder the app uses, and the backup restores elsewhere with
 * the same concepts, revisions, comments and Fassungen. No browser is needed, but the app is started by the
 * browser suite's global setup, which needs chromium.
 */
const describeWithApp = findChromium() ? describe : describe.skip;
const ROOT = path.resolve(__dirname, '../..');
const run = promisify(execFile);

async function cli(script: string, args: string[], dataDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, SKW_DATA_DIR: dataDir, NODE_ENV: 'development' };
  delete env.DATABASE_URL;
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), script, ...args], {
      cwd: ROOT,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

const KEPT = ['concepts', 'section_revisions', 'comment_threads', 'comments', 'concept_versions', 'concept_version_sections'];
async function hashesOf(dataDir: string): Promise<Record<string, string[]>> {
  const { code, output } = await cli('tests/support/table-hashes-cli.ts', [], dataDir);
  if (code !== 0) throw new Error(output);
  const all = JSON.parse(output) as Record<string, string[]>;
  return Object.fromEntries(KEPT.map((table) => [table, all[table] ?? []]));
}

describeWithApp('Sicherung neben der laufenden Werkstatt', () => {
  let folder: string;
  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'skw-backup-e2e-'));
  });
  afterAll(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('backs up through the running server, refuses to restore into its folder, and restores elsewhere with every concept, revision, comment and Fassung', async () => {
    const appData = process.env.E2E_DATA_DIR!;
    const file = path.join(folder, 'sicherung.json.gz');
    const backup = await cli('lib/cli/db-backup.ts', ['--out', file], appData);
    expect(backup).toMatchObject({ code: 0, output: expect.stringContaining('laufende Instanz') });

    const refused = await cli('lib/cli/db-restore.ts', [file, '--ersetzen'], appData);
    expect(refused).toMatchObject({ code: 1, output: expect.stringContaining('Die Werkstatt läuft gerade') });

    const copy = path.join(folder, 'kopie');
    expect((await cli('lib/cli/db-restore.ts', [file], copy)).code).toBe(0);
    const [running, restored] = [await hashesOf(appData), await hashesOf(copy)];
    expect(running.concepts!.length).toBeGreaterThan(0);
    expect(restored).toEqual(running);
  }, 240_000);
});
