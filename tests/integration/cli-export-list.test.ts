import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '../..');

describe('npm run export -- --list on a fresh clone', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skw-export-list-'));
  });
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('says where the demo concept comes from instead of only „Keine Konzepte vorhanden“', async () => {
    // Like a newcomer's shell: no DATABASE_URL, an embedded database that was never started.
    const env: NodeJS.ProcessEnv = { ...process.env, SKW_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'lib/cli/export.ts', '--list'], {
      cwd: ROOT,
      env,
    });
    expect(stdout).toContain('Keine Konzepte vorhanden');
    expect(stdout).toContain('beim ersten `npm start` oder mit `npm run db:seed`');
  }, 180_000);
});
