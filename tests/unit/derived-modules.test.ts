/**
 * Modules the export's threads make at run time and keep in node_modules/.cache (lib/export/worker-support.mjs): the
 * fixed page layout is made once per installed source and code of its fixes, not at every start of a thread.
 * Run as plain node (a child process): jest's module system does not import files by URL.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

  it('keys the render bundle by what goes into it: a changed source or template gives another key', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'skw-bundle-key-'));
    try {
      const files: Record<string, string> = {
        'lib/export/render-docx.ts': 'export const a = 1;',
        'templates/index.ts': 'export const t = 1;',
        'tsconfig.json': '{}',
        'package.json': '{"dependencies":{}}',
        'node_modules/hyphen/package.json': '{"version":"1.0.0"}',
        'node_modules/esbuild/package.json': '{"version":"0.0.1"}',
      };
      const write = (file: string, text: string) => {
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), text);
      };
      Object.entries(files).forEach(([file, text]) => write(file, text));
      const keyOf = () =>
        execFileSync(process.execPath, ['--input-type=module', '-e', `import { bundleSourcesKey } from ${JSON.stringify(pathToFileURL(path.join(process.cwd(), 'lib', 'export', 'render-bundle.mjs')).href)}; console.log(bundleSourcesKey(${JSON.stringify(root)}));`], { encoding: 'utf8' }).trim();
      const first = keyOf();
      expect(first).toMatch(/^[0-9a-f]{16}$/);
      expect(keyOf()).toBe(first);
      write('lib/export/render-docx.ts', 'export const a = 2;');
      const changedSource = keyOf();
      expect(changedSource).not.toBe(first);
      write('templates/gewaltschutz-gu/abschnitt.ts', 'export const neu = true;');
      expect(keyOf()).not.toBe(changedSource);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

