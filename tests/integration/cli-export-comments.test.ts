import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { readDocx } from '../export/support';

const ROOT = path.resolve(__dirname, '../..');
const run = promisify(execFile);

describe('npm run export -- --comments', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skw-export-comments-'));
  });
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes the demo concept with the review comments as Word comments', async () => {
    // A fresh embedded database with the demo data, as after the first `npm start`.
    const env: NodeJS.ProcessEnv = { ...process.env, SKW_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    const tsx = (...args: string[]) => run(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), ...args], { cwd: ROOT, env });
    await tsx('lib/cli/db-seed.ts');
    const { stdout: list } = await tsx('lib/cli/export.ts', '--list');
    const conceptId = list.split('\n').find((line) => line.includes('Musterland'))?.split('\t')[0];
    expect(conceptId).toBeTruthy();

    const out = path.join(dataDir, 'mit-kommentaren.docx');
    const { stdout } = await tsx('lib/cli/export.ts', '--concept', conceptId!, '--comments', '--ohne-seitenzahlen', '--out', out);
    expect(stdout).toContain('mit Kommentaren exportiert');
    const docx = readDocx(fs.readFileSync(out));
    const comments = docx.part('word/comments.xml');
    // The demo's advisor hints: one on a passage, threaded and erledigt, one whose passage was rewritten.
    expect(comments).toContain('Nr. 1 (DeBUG-Beratung)');
    expect(comments).toContain('Textstelle nicht mehr vorhanden');
    const extended = docx.part('word/commentsExtended.xml');
    expect(extended).toMatch(/w15:paraIdParent="[0-9A-F]{8}"/);
    expect(extended).toContain('w15:done="1"');
    expect(docx.part('word/document.xml')).toContain('<w:commentRangeStart w:id="0"/>');
  }, 300_000);
});
