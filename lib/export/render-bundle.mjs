// @ts-check
/**
 * render-docx.ts for a worker thread. The server's own copy of it lives inside Next's build, which a worker cannot
 * load, and a worker thread cannot compile TypeScript itself; so the worker bundles our sources (not the packages,
 * which it loads from node_modules as the server does) with esbuild once when it starts, writes the bundle to
 * node_modules/.cache and imports it from there. Bundling took a few hundred ms of every start of the worker (the
 * first download after the threads were idle for ten minutes waited for it): the bundle is kept under a key of what
 * goes into it (our sources and templates, the TypeScript settings, the packages' list, esbuild's and hyphen's
 * versions), and a worker that starts later takes it from there.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { importDerived, importDerivedByKey } from './worker-support.mjs';

/** What the bundle is made from, read from the project root; undefined when something of it cannot be read. @param {string} root */
export function bundleSourcesKey(root) {
  try {
    const files = ['lib', 'templates'].flatMap((folder) =>
      readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(ts|tsx|mts|mjs|js|json)$/.test(file))
        .map((file) => path.join(folder, file)),
    );
    const hash = createHash('sha256');
    for (const file of [...files.sort(), 'tsconfig.json', 'package.json', path.join('node_modules', 'hyphen', 'package.json'), path.join('node_modules', 'esbuild', 'package.json')]) {
      hash.update(file).update('\0').update(readFileSync(path.join(root, file))).update('\0');
    }
    return hash.digest('hex').slice(0, 16);
  } catch {
    return undefined;
  }
}

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
  const key = bundleSourcesKey(root);
  return key === undefined ? importDerived('render-docx', await bundle(root)) : importDerivedByKey('render-docx', key, () => bundle(root));
}

/** @param {string} root */
async function bundle(root) {
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
  return code;
}
