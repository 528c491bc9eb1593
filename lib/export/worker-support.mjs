// @ts-check
/**
 * What the export's worker threads (toc-page-numbers-worker.mjs, render-worker.mjs) and the modules they load share:
 * a lower priority for the thread, and modules derived at run time kept in node_modules/.cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readlinkSync, renameSync, writeFileSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Gives the calling thread a lower priority than the server's own, so that saves, page views and comments do not wait
 * for the export's work. Linux gives each thread a priority of its own; the thread finds its id in /proc/thread-self.
 * Elsewhere (or when not allowed) the thread keeps the process's priority: as fast, just not yielding to the server.
 * @param {number} niceness
 */
export function lowerThreadPriority(niceness) {
  try {
    const thread = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
    if (Number.isInteger(thread) && thread > 0 && thread !== process.pid) setPriority(thread, Math.max(getPriority(thread), niceness));
  } catch {
    // not Linux, or not allowed
  }
}

/** @param {string} file */
function readOrNothing(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Imports a module made at run time from `source`: written once to node_modules/.cache (where tools keep what they
 * derive from the installed packages), named by its hash, and loaded from there. Its bare imports resolve from the
 * project's node_modules, as the server's do.
 * @param {string} name @param {string} source
 */
export async function importDerived(name, source) {
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const file = path.join(cacheFolder(), `${name}-${hash}.mjs`);
  if (readOrNothing(file) !== source) write(file, source);
  return importFile(file);
}

/**
 * Imports a module made at run time, named by `key` (a hash of everything it is made from): made with `make` and
 * written only when no module was written under that key before, so a thread that starts later skips the making.
 * Undefined (nothing written) when `make` gives nothing.
 * @param {string} name @param {string} key @param {() => string | undefined | Promise<string | undefined>} make
 */
export async function importDerivedByKey(name, key, make) {
  const file = path.join(cacheFolder(), `${name}-made-${key}.mjs`);
  if (!existsSync(file)) {
    const source = await make();
    if (source === undefined) return undefined;
    write(file, source);
  }
  return importFile(file);
}

const cacheFolder = () => path.join(process.cwd(), 'node_modules', '.cache', 'schutzkonzept-werkstatt');

/** @param {string} file @param {string} source */
function write(file, source) {
  mkdirSync(path.dirname(file), { recursive: true });
  // Written under a name of its own first, so that another process never loads a half-written file.
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(partial, source);
  renameSync(partial, file);
}

/** @param {string} file */
function importFile(file) {
  // Next's build compiles the workers too: the comments keep this import as Node's own, at run time.
  return import(/* webpackIgnore: true */ /* turbopackIgnore: true */ pathToFileURL(file).href);
}
