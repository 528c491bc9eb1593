// @ts-check
/**
 * Loaded into the app server by `npm run bench:profile` (node --import): the first SIGUSR2
 * starts V8's CPU profiler and notes the process's CPU time, the second stops it and writes
 * SKW_PROFILE_OUT (.cpuprofile, for Chrome DevTools) and SKW_PROFILE_OUT.json (CPU ms, event-loop
 * utilisation, wall ms of the window, database queries sent). So only the measured window is
 * profiled, not the start-up, the sign-ins or the warm-up. Never part of the app itself.
 */
import { writeFileSync } from 'node:fs';
import inspector from 'node:inspector';
import { performance } from 'node:perf_hooks';
// The app loads pg with require() (a server-external package); an import of it is the same module.
import pg from 'pg';

const out = process.env.SKW_PROFILE_OUT;
/** Sampling interval in microseconds; 0 measures CPU time and queries without sampling (no profiler overhead). */
const interval = Number(process.env.SKW_PROFILE_INTERVAL_US ?? 250);
if (!out) throw new Error('SKW_PROFILE_OUT fehlt.');

// Every query the app sends goes through pg's Client#query (Kysely and the pool included).
let queries = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(/** @type {any[]} */ ...args) {
  queries += 1;
  return query.apply(this, /** @type {any} */ (args));
};

const session = new inspector.Session();
session.connect();
/** @type {{ cpu: NodeJS.CpuUsage; elu: import('node:perf_hooks').EventLoopUtilization; wall: number; queries: number } | undefined} */
let window;

/** @param {string} method @param {object} [params] @returns {Promise<any>} */
const post = (method, params) =>
  new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));

process.on('SIGUSR2', () => {
  if (!window) {
    void (async () => {
      if (interval > 0) {
        await post('Profiler.enable');
        await post('Profiler.setSamplingInterval', { interval });
        await post('Profiler.start');
      }
      window = { cpu: process.cpuUsage(), elu: performance.eventLoopUtilization(), wall: performance.now(), queries };
      writeFileSync(`${out}.started`, '');
    })();
    return;
  }
  const started = window;
  window = undefined;
  const cpu = process.cpuUsage(started.cpu);
  const elu = performance.eventLoopUtilization(started.elu);
  const wallMs = performance.now() - started.wall;
  void (interval > 0 ? post('Profiler.stop') : Promise.resolve({ profile: null })).then(({ profile }) => {
    if (profile) writeFileSync(out, JSON.stringify(profile));
    writeFileSync(`${out}.json`, JSON.stringify({ userMs: cpu.user / 1000, systemMs: cpu.system / 1000, wallMs, eventLoopUtilization: elu.utilization, queries: queries - started.queries }));
  });
});
