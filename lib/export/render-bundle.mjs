// @ts-check
/**
 * render-docx.ts for a worker thread. The server's own copy of it lives inside Next's build, which a worker cannot
 * load, and a worker thread cannot compile TypeScript itself; so the worker bundles our sources (not the packages,
 * which it loads from node_modules as the server does) with esbuild once when it starts, writes the bundle to
 * node_modules/.cache (named by its hash, like docx-layout.mjs's copy) and imports it from there. Takes a few hundred
 * ms of the worker's start, off the server's thread.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { importDerived } from './worker-support.mjs';

/** @param {string} root @returns {string[]} */
function externalPackages(root) {
  const { dependencies = {} } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return Object.keys(dependencies)
    .filter((name) => name !== 'hyphen')
    .flatMap((name) => [name, `${name}/*`]);
}

/** @returns {Promise<typeof import('./render-docx')>} */
export async function bundledRenderDocx() {
  const root = process.cwd();
  const result = await build({
    entryPoints: [path.join(root, 'lib', 'export', 'render-docx.ts')],
    absWorkingDir: root,
    tsconfig: path.join(root, 'tsconfig.json'),
    bundle: true,
    // The packages as installed, loaded by Node as the server loads them; only `hyphen` goes into the bundle, as its
    // German patterns are a folder import that Node's ES module loader does not resolve.
    external: externalPackages(root),
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('esbuild hat nichts erzeugt');
  return importDerived('render-docx', code);
}
