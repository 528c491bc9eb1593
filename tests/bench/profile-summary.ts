/**
 * Where a V8 CPU profile of the built app spends its time, in the words of one request's path:
 * session decoding, loading the actor, validation, hashing, SQL building, the Postgres driver,
 * Next, Node's HTTP layer, garbage collection. Frames of the build (.next/server/**) are mapped
 * back to their sources through the build's source maps; each sample counts for the innermost
 * frame that belongs to a known part (a built-in like JSON.parse or a socket write counts for its
 * caller).
 *
 * `npx tsx tests/bench/profile-summary.ts file.cpuprofile [requests]` prints the table for any
 * profile; `npm run bench:profile` uses it for the window it measured.
 */
import { readFileSync, existsSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  parent?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/**
 * Parts of the path, matched against a frame's source path; the innermost matching frame of a
 * sample decides. Node's own modules (last rule) count only when no other frame matches, so a
 * socket write of the Postgres driver counts for the driver, not for Node.
 */
const PARTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Antwort komprimieren (gzip)', /^node:zlib$/],
  ['Sitzung: JWT entschlüsseln (next-auth, jose)', /^node_modules\/(next-auth|jose|@panva|openid-client|oidc-token-hash)\//],
  ['Sitzung: Konto und Rollen (lib/auth, session.ts)', /^(lib\/auth\/|app\/_lib\/session)/],
  ['Prüfung: zod', /^node_modules\/zod\//],
  ['Prüfung: Rich Text (validate-content, ProseMirror)', /^(lib\/editor\/(validate|attribute-rules|extensions|text|link-policy)|node_modules\/(prosemirror|@tiptap))/],
  ['Hash und kanonisches JSON', /^lib\/editor\/(content-hash|canonical-json)/],
  ['Kommentare (Anker, Liste)', /^lib\/comments\//],
  ['Datenbank: Kysely (SQL bauen, Ergebnis)', /^node_modules\/kysely\//],
  ['Datenbank: pg-Treiber (Protokoll, Pool, Typen)', /^node_modules\/(pg|pg-protocol|pg-pool|pg-types|postgres-[a-z-]+|pg-connection-string|pgpass)\//],
  ['Anwendung: übrige lib/, app/, db/', /^(lib|app|db)\//],
  ['Next.js (Routing, Request, Antwort, React)', /^node_modules\/(next|react|react-dom|@next)\//],
];
const NODE_PART = 'Node: HTTP, Streams, Netz, Timer (ohne anderen Aufrufer)';
const GC = 'Speicherbereinigung (GC)';
const NATIVE = 'V8/Native ohne JS-Aufrufer ((program))';
const OTHER = 'sonstiges';

const maps = new Map<string, SourceMap | null>();
const ROOT = `${process.cwd()}/`;

/**
 * The original source of a frame, relative to the project (`lib/…`, `node_modules/next/…`), mapped
 * through the source map beside the built file where there is one; `node:…` for Node's own modules.
 */
function sourceOf(frame: CallFrame): string {
  const { url } = frame;
  if (!url.startsWith('file://')) return url;
  const file = fileURLToPath(url);
  if (!maps.has(file)) {
    const mapFile = `${file}.map`;
    maps.set(file, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null);
  }
  const original = (maps.get(file)?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string } | undefined)?.originalSource;
  // Next's own maps name their sources webpack://next/…; the build's are relative to the built file.
  const resolved = original?.replace(/^webpack:\/\/next\/(\.\/)?/, `${ROOT}node_modules/next/`) ?? file;
  if (/^[a-z]+:\/\//.test(resolved) && !resolved.startsWith('file://')) return resolved;
  const absolute = resolved.startsWith('/') ? resolved : fileURLToPath(new URL(resolved, url));
  return absolute.startsWith(ROOT) ? absolute.slice(ROOT.length) : absolute;
}

export interface ProfileSummary {
  /** Sampled milliseconds outside idle. */
  busyMs: number;
  parts: Array<{ part: string; ms: number }>;
  functions: Array<{ name: string; source: string; ms: number }>;
}

export function summariseProfile(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const node of profile.nodes) for (const child of node.children ?? []) byId.get(child)!.parent = node.id;
  const partOf = new Map<number, string | undefined>();
  const sources = new Map<number, string>();
  const source = (node: ProfileNode) => {
    let s = sources.get(node.id);
    if (s === undefined) sources.set(node.id, (s = sourceOf(node.callFrame)));
    return s;
  };
  /** The part of the innermost matching frame at or above `id`, or undefined. */
  const classify = (id: number): string | undefined => {
    if (partOf.has(id)) return partOf.get(id);
    const node = byId.get(id)!;
    const src = source(node);
    const rule = src ? PARTS.find(([, re]) => re.test(src)) : undefined;
    const part = rule ? rule[0] : node.parent !== undefined ? classify(node.parent) : undefined;
    partOf.set(id, part);
    return part;
  };
  const partOfSample = (id: number): string => {
    const node = byId.get(id)!;
    const name = node.callFrame.functionName;
    if (name === '(idle)') return '(idle)';
    if (name === '(garbage collector)') return GC;
    if (name === '(program)') return NATIVE;
    const part = classify(id);
    if (part) return part;
    for (let n: ProfileNode | undefined = node; n; n = n.parent !== undefined ? byId.get(n.parent) : undefined) {
      if (n.callFrame.url.startsWith('node:')) return NODE_PART;
    }
    return OTHER;
  };
  const parts = new Map<string, number>();
  const selfTime = new Map<number, number>();
  let busyMs = 0;
  // timeDeltas[i] is the time before sample i; the sample lasts until the next one.
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const id = profile.samples[i]!;
    const part = partOfSample(id);
    if (part === '(idle)') continue;
    busyMs += ms;
    parts.set(part, (parts.get(part) ?? 0) + ms);
    selfTime.set(id, (selfTime.get(id) ?? 0) + ms);
  }
  const functions = new Map<string, { name: string; source: string; ms: number }>();
  for (const [id, ms] of selfTime) {
    const node = byId.get(id)!;
    const src = source(node).replace(/^node_modules\//, '');
    const name = node.callFrame.functionName || '(anonym)';
    const key = `${name}@${src}`;
    const entry = functions.get(key) ?? { name, source: src, ms: 0 };
    entry.ms += ms;
    functions.set(key, entry);
  }
  return {
    busyMs,
    parts: [...parts].map(([part, ms]) => ({ part, ms })).sort((a, b) => b.ms - a.ms),
    functions: [...functions.values()].sort((a, b) => b.ms - a.ms),
  };
}

/** The table: milliseconds per request for each part, and the busiest functions. */
export function printSummary(summary: ProfileSummary, requests: number, topFunctions = 25) {
  const per = (ms: number) => (ms / requests).toFixed(2).padStart(7);
  console.log(`  Hauptthread belegt (Stichproben): ${per(summary.busyMs)} ms je Anfrage (${Math.round(summary.busyMs)} ms / ${requests})`);
  for (const { part, ms } of summary.parts) {
    console.log(`    ${per(ms)} ms  ${((100 * ms) / summary.busyMs).toFixed(1).padStart(5)} %  ${part}`);
  }
  console.log(`  Die ${topFunctions} Funktionen mit der meisten eigenen Zeit (ms je Anfrage):`);
  for (const f of summary.functions.slice(0, topFunctions)) console.log(`    ${per(f.ms)}  ${f.name}  ${f.source}`);
}

if (require.main === module) {
  const [file, requests] = process.argv.slice(2);
  if (!file) {
    console.error('Aufruf: npx tsx tests/bench/profile-summary.ts datei.cpuprofile [Anfragen]');
    process.exit(2);
  }
  printSummary(summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile), Number(requests ?? 1));
}
