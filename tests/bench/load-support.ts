/**
 * What the load benchmarks share (`npm run bench:load`, `npm run bench:profile`): a fresh database
 * on the Postgres server with one district, its team and concepts; the built app started on it;
 * a signed-in user reduced to cookies.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECRET = 'bench-secret-not-for-production-use-0123456789';

export const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN);
export const round = (n: number) => (Number.isFinite(n) ? Math.round(n) : NaN);
export const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** A fresh database on the server, migrated, with one district, its team and enough concepts for one section per user (+1). */
export async function prepareDatabase(users: number) {
  const name = `skw_bench_${Date.now()}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();

  // Imported only now: the database handle reads DATABASE_URL on first use.
  const { getDb, closeDb } = await import('@/db/client');
  const { migrateToLatest } = await import('@/db/migrate');
  const { buildDistrict, buildMember, actorFor, DEFAULT_TEST_PASSWORD } = await import('../support/factories');
  const { buildConcept } = await import('../support/concept-factories');
  const db = getDb();
  await migrateToLatest(db);
  const district = await buildDistrict({ name: 'Landkreis Lastprobe' });
  const coordinator = await buildMember(district.id, 'coordinator');
  const coordinatorActor = await actorFor(coordinator.id);
  const editors = [];
  for (let i = 0; i < users; i++) editors.push(await buildMember(district.id, 'editor'));
  const sections: Array<{ id: string; key: string; conceptId: string; head: number }> = [];
  while (sections.length < users + 1) {
    const concept = await buildConcept(coordinatorActor, district.id, { title: `Lastprobe ${sections.length}` });
    const rows = await db.selectFrom('sections').select(['id', 'key', 'concept_id', 'head_revision']).where('concept_id', '=', concept.id).orderBy('position').execute();
    sections.push(...rows.map((r) => ({ id: r.id, key: r.key, conceptId: r.concept_id, head: r.head_revision })));
  }
  return { name, url: url.toString(), db, closeDb, coordinator, editors, sections, password: DEFAULT_TEST_PASSWORD };
}

export type BenchSetup = Awaited<ReturnType<typeof prepareDatabase>>;

/** Closes the bench's own connections and drops its database. */
export async function dropDatabase(setup: BenchSetup) {
  await setup.closeDb();
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`drop database if exists "${setup.name}" with (force)`);
  await admin.end();
}

/**
 * The production server (lib/server/serve.mjs, as `npm start` runs it) on the database, ready to
 * answer. `nodeArgs` go to node before the script (e.g. a profiling hook).
 */
export async function startApp(databaseUrl: string, port: number, options: { nodeArgs?: string[]; env?: Record<string, string> } = {}): Promise<ChildProcess> {
  if (!existsSync(path.join('.next', 'BUILD_ID'))) throw new Error('Kein Build gefunden: bitte zuerst `npm run build` ausführen.');
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), path.resolve('lib', 'server', 'serve.mjs')], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...options.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: `http://localhost:${port}`,
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`http://localhost:${port}/login`);
      if (res.ok) return child;
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error(`Die Anwendung ist nicht gestartet:\n${output}`);
}

/** One signed-in browser, reduced to its cookies. */
export class Session {
  private cookies = new Map<string, string>();
  constructor(private readonly base: string) {}

  private remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
  }

  async request(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    if (init.method === 'POST') headers.set('origin', this.base);
    const res = await fetch(this.base + pathname, { ...init, headers, redirect: 'manual' });
    this.remember(res);
    return res;
  }

  async signIn(email: string, password: string) {
    const csrf = (await (await this.request('/api/auth/csrf')).json()) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken: csrf.csrfToken, email, password, json: 'true', callbackUrl: `${this.base}/` });
    const res = await this.request('/api/auth/callback/credentials', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    await res.arrayBuffer();
    if (!this.cookies.has('skw.session')) throw new Error(`Anmeldung von ${email} fehlgeschlagen (${res.status}).`);
  }

  /** Autosaves a section the way the editor does (POST /api/sections/:id/draft). */
  saveDraft(sectionId: string, baseRevision: number, content: unknown): Promise<Response> {
    return this.request(`/api/sections/${sectionId}/draft`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ baseRevision, content }),
    });
  }
}

/** The server action id of the comment form, from the build's manifest. */
export async function commentActionId(): Promise<string | undefined> {
  const manifest = JSON.parse(readFileSync(path.join('.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  return Object.entries(manifest.node).find(([, v]) => v.exportedName === 'addCommentAction')?.[0];
}
