/**
 * `npm run bench:load`: the built app on real Postgres under many simultaneous users.
 *
 * Starts the production server (lib/server/serve.mjs, as `npm start` does) on a fresh database
 * of the Postgres server in TEST_DATABASE_URL (default: the machine's server on 127.0.0.1:5432),
 * and drives it from this process over loopback: every virtual user signs in, opens a section and
 * autosaves it about once a second (typing continues from the last saved text); now and then a
 * user reopens the section page or comments on it, and every few seconds someone downloads the
 * concept. Then every acknowledged save is looked up in the database (lost saves) and the
 * history page and a diff of two distant versions are timed on a section with 5,000 versions.
 *
 * Prints requests per second and p50/p95/p99 per path for 50 and 100 users, then the history
 * figures, and ends with the line for 50 users:
 *   autosave: p95 N ms, errors E, lost saves L
 * Needs `npm run build` first. Run it with nothing else running on the machine.
 * BENCH_SECONDS (default 30) sets the duration of each load level, BENCH_USERS (default 50,100)
 * the levels. `npm run bench:load -- --no-export` leaves out the downloads, so the save path can be
 * measured without the export's layout work competing for the CPU (the default keeps the mix).
 * Where the server's time goes per save: `npm run bench:profile` (tests/bench/profile-autosave.ts).
 */
import { performance } from 'node:perf_hooks';
import { freePort } from '../e2e/support/app-process';
import { ADMIN_URL, commentActionId, dropDatabase, paragraph, prepareDatabase, quantile, round, Session, startApp, type BenchSetup } from './load-support';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const LEVELS = (process.env.BENCH_USERS ?? '50,100').split(',').map(Number);
const HISTORY_REVISIONS = 5_000;
/** `--no-export`: no downloads during the load levels (the save path alone, without the export's CPU). */
const WITH_EXPORTS = !process.argv.includes('--no-export');

/** A request: its path, how long it took, whether it succeeded, and when it started (ms after the level began). */
type Sample = { path: string; ms: number; ok: boolean; at: number };

interface Acknowledged {
  sectionId: string;
  revision: number;
  marker: string;
}

async function runLevel(base: string, users: number, setup: BenchSetup, actionId: string | undefined) {
  const samples: Sample[] = [];
  const acknowledged: Acknowledged[] = [];
  let levelStart = performance.now();
  const time = async (label: string, run: () => Promise<Response>, ok: (res: Response) => boolean = (r) => r.ok) => {
    const started = performance.now();
    try {
      const res = await run();
      const body = await res.text();
      const good = ok(res);
      samples.push({ path: label, ms: performance.now() - started, ok: good, at: started - levelStart });
      return { res, body, good };
    } catch {
      samples.push({ path: label, ms: performance.now() - started, ok: false, at: started - levelStart });
      return undefined;
    }
  };

  // Sign in everyone first (argon2 takes its time on purpose; that is not what is measured).
  const sessions = await Promise.all(
    setup.editors.slice(0, users).map(async (editor) => {
      const session = new Session(base);
      await session.signIn(editor.email, setup.password);
      return session;
    }),
  );

  // Each level starts from the sections' current versions (an earlier level has saved some of them).
  const heads = new Map(
    (await setup.db.selectFrom('sections').select(['id', 'head_revision']).where('id', 'in', setup.sections.slice(0, users).map((s) => s.id)).execute()).map((r) => [r.id, r.head_revision]),
  );
  levelStart = performance.now();
  const deadline = levelStart + SECONDS * 1000;
  let exportBusy = false;
  /** When the last of the users had their section page (ms after the level began). */
  let openedAt = 0;
  await Promise.all(
    sessions.map(async (session, i) => {
      const section = setup.sections[i]!;
      const page = `/concepts/${section.conceptId}/sections/${section.key}`;
      await time('GET Abschnitt', () => session.request(page));
      openedAt = Math.max(openedAt, performance.now() - levelStart);
      // Sections with starter text from the template already have version 1.
      let base = heads.get(section.id) ?? section.head;
      let saves = 0;
      const lines: string[] = [];
      // Users do not all start in the same millisecond.
      await new Promise((r) => setTimeout(r, Math.random() * 1000));
      while (performance.now() < deadline) {
        const tick = performance.now();
        saves += 1;
        const marker = `u${i}-s${saves}-${Math.random().toString(36).slice(2, 8)}`;
        lines.push(`Absatz ${saves} von Person ${i + 1}: Wir halten fest, was vereinbart ist (${marker}).`);
        if (lines.length > 40) lines.shift();
        const content = { type: 'doc', content: lines.map(paragraph) };
        const result = await time('POST Autosave', () => session.saveDraft(section.id, base, content));
        if (result?.good) {
          const saved = JSON.parse(result.body) as { revision: number };
          base = saved.revision;
          acknowledged.push({ sectionId: section.id, revision: saved.revision, marker });
        }
        // Each person reopens and comments at their own moments: 50 people do not all reload in the same second.
        if ((saves + i) % 20 === 0) await time('GET Abschnitt', () => session.request(page));
        if ((saves + i) % 15 === 7 && actionId) {
          const where = { conceptId: section.conceptId, sectionKey: section.key };
          const input = { sectionId: section.id, body: `Bitte noch einmal prüfen (${marker}).`, mentions: [] };
          await time(
            'Kommentar',
            () =>
              session.request(page, {
                method: 'POST',
                headers: { 'next-action': actionId, accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8' },
                body: JSON.stringify([where, input]),
              }),
            (r) => r.ok,
          );
        }
        if (WITH_EXPORTS && i === 0 && !exportBusy && saves % 5 === 0) {
          exportBusy = true;
          void time('GET Export (DOCX)', () => session.request(`/api/concepts/${section.conceptId}/export`)).finally(() => (exportBusy = false));
        }
        const wait = 1000 - (performance.now() - tick);
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
    }),
  );
  while (exportBusy) await new Promise((r) => setTimeout(r, 100));

  // Every acknowledged save must be in the history with its text.
  let lost = 0;
  for (const ack of acknowledged) {
    const row = await setup.db
      .selectFrom('section_revisions')
      .select('content')
      .where('section_id', '=', ack.sectionId)
      .where('number', '=', ack.revision)
      .executeTakeFirst();
    if (!row || !JSON.stringify(row.content).includes(ack.marker)) lost += 1;
  }
  return { samples, acknowledged: acknowledged.length, lost, openedAt };
}

function report(users: number, result: Awaited<ReturnType<typeof runLevel>>) {
  const byPath = new Map<string, Sample[]>();
  for (const s of result.samples) byPath.set(s.path, [...(byPath.get(s.path) ?? []), s]);
  console.log(`\n${users} Nutzer:innen, ${SECONDS} s: ${(result.samples.length / SECONDS).toFixed(1)} Anfragen/s insgesamt`);
  for (const [name, samples] of byPath) {
    const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
    const errors = samples.filter((s) => !s.ok).length;
    console.log(
      `  ${name.padEnd(20)} ${String(samples.length).padStart(6)} Anfragen  ${(samples.length / SECONDS).toFixed(1).padStart(6)}/s  ` +
        `p50 ${round(quantile(sorted, 0.5))} ms  p95 ${round(quantile(sorted, 0.95))} ms  p99 ${round(quantile(sorted, 0.99))} ms  Fehler ${errors}`,
    );
  }
  const autosave = result.samples.filter((s) => s.path === 'POST Autosave');
  const p95Of = (samples: Sample[]) => round(quantile(samples.map((s) => s.ms).sort((a, b) => a - b), 0.95));
  const p95 = p95Of(autosave);
  // The first seconds hold everyone opening their section at once; after that the load is steady.
  const opened = result.openedAt;
  const early = autosave.filter((s) => s.at < opened);
  const later = autosave.filter((s) => s.at >= opened);
  console.log(
    `  Speichern, während alle ihren Abschnitt öffnen (erste ${(opened / 1000).toFixed(1)} s): ${early.length} Anfragen, p95 ${p95Of(early)} ms; ` +
      `danach: ${later.length} Anfragen, p95 ${p95Of(later)} ms`,
  );
  const errors = result.samples.filter((s) => !s.ok).length;
  console.log(`  bestätigte Speicherungen ${result.acknowledged}, davon in der Datenbank nicht gefunden: ${result.lost}`);
  return `autosave: p95 ${p95} ms, errors ${errors}, lost saves ${result.lost}`;
}

/** History page and a distant diff on a section with HISTORY_REVISIONS versions. */
async function historyFigures(base: string, setup: BenchSetup) {
  const { sql } = await import('kysely');
  const { EDITOR_SCHEMA_VERSION } = await import('@/lib/editor/extensions');
  const section = setup.sections[setup.sections.length - 1]!;
  const district = await setup.db.selectFrom('sections').select('district_id').where('id', '=', section.id).executeTakeFirstOrThrow();
  const text = 'Die Leitung der Unterkunft informiert die Gewaltschutzkoordination innerhalb von 24 Stunden. '.repeat(20);
  // A section nobody typed in during the load levels; its starter text makes way for the long history.
  await setup.db.deleteFrom('section_revisions').where('section_id', '=', section.id).execute();
  await sql`
    insert into section_revisions (section_id, district_id, number, content, content_hash, text_chars, kind, schema_version, author_id, created_at)
    select ${section.id}, ${district.district_id}, n,
      jsonb_build_object('type', 'doc', 'content', jsonb_build_array(
        jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', ${text} || ' Stand ' || n))),
        jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', 'Absatz ' || (n % 7)))))),
      'bench-' || n, ${text.length}, 'edit', ${EDITOR_SCHEMA_VERSION}, ${setup.coordinator.id},
      now() - ((${HISTORY_REVISIONS} - n) * interval '3 minutes')
    from generate_series(1, ${HISTORY_REVISIONS}) as n
  `.execute(setup.db);
  await setup.db.updateTable('sections').set({ head_revision: HISTORY_REVISIONS, status: 'in_progress' }).where('id', '=', section.id).execute();

  const session = new Session(base);
  await session.signIn(setup.coordinator.email, setup.password);
  const page = `/concepts/${section.conceptId}/sections/${section.key}/history`;
  const measure = async (url: string) => {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 12; i++) {
      const started = performance.now();
      const res = await session.request(url);
      const body = await res.text();
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      times.push(performance.now() - started);
      bytes = body.length;
    }
    const sorted = times.slice(2).sort((a, b) => a - b);
    return { median: round(quantile(sorted, 0.5)), p95: round(quantile(sorted, 0.95)), kb: Math.round(bytes / 1024) };
  };
  const history = await measure(page);
  const diff = await measure(`${page}?from=2&to=${HISTORY_REVISIONS - 1}`);
  console.log(`\nVerlauf eines Abschnitts mit ${HISTORY_REVISIONS.toLocaleString('de-DE')} Versionen:`);
  console.log(`  Verlaufsseite: median ${history.median} ms, p95 ${history.p95} ms, ${history.kb} KB HTML`);
  console.log(`  Vergleich Version 2 mit ${HISTORY_REVISIONS - 1}: median ${diff.median} ms, p95 ${diff.p95} ms, ${diff.kb} KB HTML`);
}

async function main() {
  const maxUsers = Math.max(...LEVELS);
  console.log(
    `Lastprobe: ${LEVELS.join(' und ')} Nutzer:innen je ${SECONDS} s gegen den Build auf Postgres (${new URL(ADMIN_URL).host})` +
      `${WITH_EXPORTS ? '' : ', ohne Exporte (--no-export)'}.`,
  );
  const setup = await prepareDatabase(maxUsers);
  const port = await freePort();
  const app = await startApp(setup.url, port);
  const base = `http://localhost:${port}`;
  const lines: string[] = [];
  try {
    const actionId = await commentActionId();
    if (!actionId) console.log('Hinweis: Die Kommentar-Aktion steht nicht im Build-Manifest; Kommentare werden nicht gemessen.');
    for (const users of LEVELS) {
      const result = await runLevel(base, users, setup, actionId);
      lines.push(`${users}:${report(users, result)}`);
    }
    await historyFigures(base, setup);
  } finally {
    app.kill('SIGTERM');
    await dropDatabase(setup);
  }
  // The 50-user line last (the figure tracked over time); other levels before it.
  const sorted = lines.sort((a, b) => (a.startsWith('50:') ? 1 : 0) - (b.startsWith('50:') ? 1 : 0));
  console.log('');
  for (const line of sorted) console.log(line.startsWith('50:') ? line.slice(3) : `${line.split(':')[0]} Nutzer:innen – ${line.slice(line.indexOf(':') + 1)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
