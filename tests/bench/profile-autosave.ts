/**
 * `npm run bench:profile`: where the built app's time goes per autosave (or per comment).
 *
 * Starts the production server on a fresh Postgres database (as bench:load does) with a profiling
 * hook (profile-hook.mjs), signs BENCH_USERS users in (default 20), warms up for 5 s and then
 * profiles BENCH_SECONDS (default 20) of steady load: every user autosaves its own section about
 * once a second. With `--comments` every user instead comments on its section once a second
 * through the comment form's server action (the panel's answer lists the section's threads); with
 * `--pages` every user opens its section page once a second (the editor page as a browser gets it); with
 * `--exports` every user downloads its concept as DOCX, one after the other (what the server's own thread does for
 * an export, besides the worker threads: `BENCH_USERS=1`).
 * `--no-profile` measures CPU time and queries without the sampling profiler (which costs time too).
 *
 * Prints, per request: the server process's CPU time (all threads), the main thread's sampled
 * time split into the parts of the path (profile-summary.ts), the queries sent to Postgres and
 * the CPU time of the app's Postgres backends; plus the latencies seen. CPU time per request
 * hardly depends on what else runs on the machine; the latencies do. Writes the .cpuprofile
 * (open it in Chrome DevTools › Performance) next to the summary in BENCH_PROFILE_DIR (default:
 * a new folder under the system's temp folder).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { freePort } from '../e2e/support/app-process';
import { commentActionId, dropDatabase, paragraph, prepareDatabase, quantile, round, Session, startApp, type BenchSetup } from './load-support';
import { printSummary, summariseProfile } from './profile-summary';

const USERS = Number(process.env.BENCH_USERS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARM_UP_SECONDS = 5;
const COMMENTS = process.argv.includes('--comments');
const PAGES = process.argv.includes('--pages');
const EXPORTS = process.argv.includes('--exports');
const WHAT = COMMENTS ? 'kommentar' : PAGES ? 'abschnittsseite' : EXPORTS ? 'export' : 'autosave';
/** `--no-profile`: CPU time and queries only, without the sampling profiler's own overhead. */
const PROFILE = !process.argv.includes('--no-profile');
const OUT_DIR = process.env.BENCH_PROFILE_DIR ?? mkdtempSync(path.join(tmpdir(), 'skw-profile-'));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForFile(file: string) {
  for (let i = 0; i < 600 && !existsSync(file); i++) await sleep(50);
  if (!existsSync(file)) throw new Error(`${file} wurde nicht geschrieben.`);
}

/** CPU milliseconds (user + system) of the Postgres backends serving the bench database. */
async function backendCpuMs(setup: BenchSetup): Promise<Map<number, number>> {
  const { rows } = await sql<{ pid: number }>`select pid from pg_stat_activity where datname = ${setup.name} and pid <> pg_backend_pid()`.execute(setup.db);
  const ticks = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      // utime and stime are fields 14 and 15 of the file, 12 and 13 after "pid (comm) ", in clock ticks of 10 ms.
      ticks.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      /* another machine's server, or the backend just ended */
    }
  }
  return ticks;
}

async function transactionCount(setup: BenchSetup): Promise<number> {
  const { rows } = await sql<{ n: string }>`select xact_commit + xact_rollback as n from pg_stat_database where datname = ${setup.name}`.execute(setup.db);
  return Number(rows[0]?.n ?? 0);
}

async function main() {
  console.log(`Profil: ${USERS} Nutzer:innen, ${COMMENTS ? 'je ein Kommentar' : PAGES ? 'je ein Aufruf ihres Abschnitts' : EXPORTS ? 'je ein Download (DOCX)' : 'je eine automatische Speicherung'} pro Sekunde, ${SECONDS} s gemessen.`);
  const setup = await prepareDatabase(USERS);
  const port = await freePort();
  const profileFile = path.join(OUT_DIR, `${WHAT}.cpuprofile`);
  // Left from an earlier run in the same folder, they would be taken for this run's.
  for (const file of [profileFile, `${profileFile}.started`, `${profileFile}.json`]) rmSync(file, { force: true });
  const app = await startApp(setup.url, port, {
    nodeArgs: ['--import', pathToFileURL(path.resolve(__dirname, 'profile-hook.mjs')).href],
    env: { SKW_PROFILE_OUT: profileFile, ...(PROFILE ? {} : { SKW_PROFILE_INTERVAL_US: '0' }) },
  });
  const base = `http://localhost:${port}`;
  try {
    const actionId = COMMENTS ? await commentActionId() : undefined;
    if (COMMENTS && !actionId) throw new Error('Die Kommentar-Aktion steht nicht im Build-Manifest.');
    const users = await Promise.all(
      setup.editors.slice(0, USERS).map(async (editor, i) => {
        const session = new Session(base);
        await session.signIn(editor.email, setup.password);
        const section = setup.sections[i]!;
        const page = `/concepts/${section.conceptId}/sections/${section.key}`;
        await (await session.request(page)).arrayBuffer();
        return { session, section, page, base: section.head, lines: [] as string[], n: 0 };
      }),
    );
    type User = (typeof users)[number];
    const act = async (user: User): Promise<boolean> => {
      user.n += 1;
      if (COMMENTS) {
        const where = { conceptId: user.section.conceptId, sectionKey: user.section.key };
        const input = { sectionId: user.section.id, body: `Bitte prüfen (${user.n}).`, mentions: [] };
        const res = await user.session.request(user.page, {
          method: 'POST',
          headers: { 'next-action': actionId!, accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8' },
          body: JSON.stringify([where, input]),
        });
        const body = await res.text();
        return res.ok && !body.includes('"ok":false');
      }
      if (PAGES || EXPORTS) {
        const res = await user.session.request(PAGES ? user.page : `/api/concepts/${user.section.conceptId}/export`);
        await res.arrayBuffer();
        return res.ok;
      }
      user.lines.push(`Absatz ${user.n}: Wir halten fest, was vereinbart ist (${Math.random().toString(36).slice(2, 8)}).`);
      if (user.lines.length > 40) user.lines.shift();
      const res = await user.session.saveDraft(user.section.id, user.base, { type: 'doc', content: user.lines.map(paragraph) });
      const body = await res.text();
      if (res.ok) user.base = (JSON.parse(body) as { revision: number }).revision;
      return res.ok;
    };
    const drive = async (seconds: number) => {
      const times: number[] = [];
      let errors = 0;
      const deadline = performance.now() + seconds * 1000;
      await Promise.all(
        users.map(async (user) => {
          await sleep(Math.random() * 1000);
          while (performance.now() < deadline) {
            const tick = performance.now();
            const ok = await act(user).catch(() => false);
            times.push(performance.now() - tick);
            if (!ok) errors += 1;
            const wait = 1000 - (performance.now() - tick);
            if (wait > 0) await sleep(wait);
          }
        }),
      );
      return { times: times.sort((a, b) => a - b), errors };
    };

    await drive(WARM_UP_SECONDS);
    const [cpuBefore, xactBefore] = [await backendCpuMs(setup), await transactionCount(setup)];
    app.kill('SIGUSR2');
    await waitForFile(`${profileFile}.started`);
    const { times, errors } = await drive(SECONDS);
    app.kill('SIGUSR2');
    await waitForFile(`${profileFile}.json`);
    const [cpuAfter, xactAfter] = [await backendCpuMs(setup), await transactionCount(setup)];
    // Stats of the profile file are written after the profile itself.
    const stats = JSON.parse(readFileSync(`${profileFile}.json`, 'utf8')) as { userMs: number; systemMs: number; wallMs: number; eventLoopUtilization: number; queries: number };
    const requests = times.length;
    let backendMs = 0;
    for (const [pid, ms] of cpuAfter) backendMs += ms - (cpuBefore.get(pid) ?? 0);

    const per = (n: number) => (n / requests).toFixed(2);
    console.log(`\n${requests} Anfragen in ${(stats.wallMs / 1000).toFixed(1)} s, Fehler ${errors}`);
    console.log(`  Antwortzeit: p50 ${round(quantile(times, 0.5))} ms, p95 ${round(quantile(times, 0.95))} ms, p99 ${round(quantile(times, 0.99))} ms (hängt von der Last der Maschine ab)`);
    console.log(`  Server-Prozess CPU: ${per(stats.userMs + stats.systemMs)} ms je Anfrage (user ${per(stats.userMs)}, system ${per(stats.systemMs)}); Event-Loop ausgelastet ${(100 * stats.eventLoopUtilization).toFixed(0)} %${PROFILE ? ' (mit Profiler zu hoch)' : ''}`);
    console.log(`  Postgres: ${per(stats.queries)} Abfragen je Anfrage, ${per(xactAfter - xactBefore)} Transaktionen, Backends CPU ${per(backendMs)} ms je Anfrage (10-ms-Ticks)`);
    if (PROFILE) {
      printSummary(summariseProfile(JSON.parse(readFileSync(profileFile, 'utf8'))), requests);
      console.log(`\nProfil: ${profileFile}`);
    }
  } finally {
    app.kill('SIGTERM');
    await dropDatabase(setup);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
