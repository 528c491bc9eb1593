/**
 * Modules the export's threads make at run time and keep in node_modules/.cache (lib/export/worker-support.mjs): the
 * fixed page layout is made once per installed source and code of its fixes, not at every start of a thread.
 * Run as plain node (a child process): jest's module system does not import files by URL.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const support = pathToFileURL(path.join(process.cwd(), 'lib', 'export', 'worker-support.mjs')).href;

describe('Modules made at run time', () => {
  it('are made once under their key, and later loads take the one made; nothing is written when making fails', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'skw-derived-'));
    try {
      const script = `
        import { importDerivedByKey } from ${JSON.stringify(support)};
        let made = 0;
        const make = () => { made++; return 'export const answer = 42;'; };
        const first = await importDerivedByKey('probe', 'k1', make);
        const again = await importDerivedByKey('probe', 'k1', make);
        const failed = await importDerivedByKey('probe', 'k2', () => undefined);
        console.log(JSON.stringify({ first: first.answer, again: again.answer, made, failed: failed === undefined }));
      `;
      const run = () => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' }));
      expect(run()).toEqual({ first: 42, again: 42, made: 1, failed: true });
      // Another process (a thread started later) finds it made.
      expect(run()).toEqual({ first: 42, again: 42, made: 0, failed: true });
      expect(readdirSync(path.join(dir, 'node_modules', '.cache', 'schutzkonzept-werkstatt'))).toEqual(['probe-made-k1.mjs']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keys the fixed page layout by the installed source and the code of its fixes', () => {
    const script = `
      import { fixedSourceKey, layoutSource } from ${JSON.stringify(pathToFileURL(path.join(process.cwd(), 'lib', 'export', 'docx-layout.mjs')).href)};
      const source = layoutSource();
      console.log(JSON.stringify([fixedSourceKey(source), fixedSourceKey(source), fixedSourceKey(source + ' ')]));
    `;
    const [key, same, other] = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(same).toBe(key);
    expect(other).not.toBe(key);
  });
});
