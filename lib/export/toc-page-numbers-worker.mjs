// @ts-check
/**
 * Worker thread: lays the pages of a finished DOCX out (docx/layout) and writes the page
 * numbers into its table of contents. Plain JavaScript on purpose: it runs as its own
 * thread, outside Next's bundle and outside jest's transform, and needs nothing but docx.
 *
 * The document is laid out in units that each start on a new page (toc-page-numbers-units.mjs): units whose
 * layout the caller already knows (by content hash) are not laid out again, and the others are shared with a
 * second worker (the helper), which this worker starts itself when asked to share and keeps while it lives; the
 * helper answers this one directly on a message port while this one waits for it. So the caller talks to one
 * thread with plain data only (thread-host.mjs can carry it to another process).
 *
 * Messages in:
 *   { op: 'start' } starts the helper ahead of the first job (nothing is sent back)
 *   to the helper: { op: 'forget', forget: true } drops what it keeps across jobs (nothing is sent back)
 *   { id, op: 'fill', data: Uint8Array, known: [hash, UnitLayout][], whole?: boolean, share?: boolean, forget?: boolean }
 *     (forget: drop the blocks and paragraph lines kept across jobs first, here and in the helper)
 *     → { id, data: Uint8Array, units: [hash, UnitLayout][], timings } or { id, error }
 *   to the helper only: { id, op: 'help', data: Uint8Array, known: [hash, UnitLayout][], port: MessagePort,
 *     signal: SharedArrayBuffer } lays out units that are not known, taking each next one as the filling worker
 *     does (the signal counts them), and sends them on the port → { id, done: true }
 */
import { MessageChannel, Worker, parentPort, receiveMessageOnPort } from 'node:worker_threads';
import { patchDocument } from 'docx';
import { loadLayout } from './docx-layout.mjs';
import { forgetKeptBlocks, readPackage, writePackage } from './docx-parts.mjs';
import { lowerThreadPriority } from './worker-support.mjs';
import { contextHash, planUnits, resumePoint, unitHash } from './toc-page-numbers-units.mjs';
import { layOutUnit, layOutWithStandIns } from './toc-page-numbers-layout.mjs';

if (!parentPort) throw new Error('toc-page-numbers-worker.mjs runs only as a worker thread');
const port = parentPort;

// Lays out at a lower priority than the server's own thread: a layout takes seconds of CPU on both cores.
lowerThreadPriority(10);

// guess: lay out past what the layout cannot match exactly (e.g. a character no font of its tables has) with its
// best guess, instead of leaving the numbers blank.
const { layout, problem } = await loadLayout();
if (problem) console.warn(`Seitenzahlen: docx/layout ohne Beschleunigung, ${problem}`);
const estimate = layout.estimatePageNumbersWith({ guess: true });
// The parts laid out on their own take one pass (docx-layout.mjs, „Teile in einem Durchgang setzen“).
const estimatePart = layout.estimatePageNumbersWith(/** @type {any} */ ({ guess: true, onePass: true }));
/** Forgets the paragraphs' lines and the blocks' readings kept across layouts (only the fixed docx/layout keeps them). */
const forgetKeptLines = () => {
  const fixed = /** @type {{ forgetKeptLines?: () => void, forgetKeptReads?: () => void }} */ (layout);
  fixed.forgetKeptLines?.();
  fixed.forgetKeptReads?.();
};

/** @typedef {import('./toc-page-numbers-units.mjs').UnitLayout} UnitLayout */

/** @type {Worker | null} */
let helper = null;
/** The helper: this file again, on a thread of its own (started by this thread, so as low in priority). */
function ensureHelper() {
  if (helper) return helper;
  // A larger young generation, as for this worker (toc-page-numbers.ts).
  const started = new Worker(new URL(import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
  started.unref();
  started.on('error', (error) => console.warn(`[export] zweiter Seitenzahlen-Thread abgebrochen: ${error.message}`));
  started.on('exit', () => {
    if (helper === started) helper = null;
  });
  helper = started;
  return started;
}

/**
 * Asks the helper to lay out its share of the document, and gives what the filling job needs to wait for it; null
 * when there is no helper.
 * @param {number} id @param {Uint8Array} data @param {[string, UnitLayout][]} known @param {boolean} forget
 */
function askHelper(id, data, known, forget) {
  let worker;
  try {
    worker = ensureHelper();
  } catch {
    return null;
  }
  const channel = new MessageChannel();
  const signal = new SharedArrayBuffer(8);
  const copy = new Uint8Array(data);
  worker.postMessage({ id, op: 'help', data: copy, known, forget, port: channel.port2, signal }, [copy.buffer, channel.port2]);
  return { port: channel.port1, signal };
}

/** Thrown by the helper once its share is done: the document it parsed is not written again. */
const DONE = Symbol('done');

/**
 * The units of the document and the ones still to lay out, the most work first (the same order in both workers, as
 * both see the same document and the same known layouts): each worker takes the next one not taken yet, so the two
 * finish at about the same time, however long each unit turns out to take. A unit that changed since a layout of an
 * earlier version of it is laid out from shortly before the change (`previous`), which is less work.
 * @param {any} template @param {Map<string, UnitLayout>} known
 */
function survey(template, known) {
  const plan = planUnits(template.parts);
  if ('problem' in plan) return { plan, units: [], previous: [], order: [] };
  const context = contextHash(template.parts);
  // Read by docx-parts.mjs (not by patchDocument): the XML of each block of the body, as the file has it.
  /** @type {{ text: string, ranges: Map<any, [number, number]> } | undefined} */
  const source = template.document;
  const xmlOf = source
    ? (/** @type {any} */ block) => {
        const range = source.ranges.get(block);
        return range && range[1] >= range[0] ? source.text.slice(range[0], range[1]) : undefined;
      }
    : undefined;
  const units = plan.starts.slice(1).map((from, k) => {
    const to = plan.starts[k + 2] ?? plan.blocks.length;
    return unitHash(plan.blocks.slice(from, to), plan.numbering, context, xmlOf);
  });
  /** @type {(UnitLayout | undefined)[]} */
  const previous = units.map(() => undefined);
  const missing = units.flatMap((unit, k) => {
    if (known.has(unit.hash)) return [];
    // The earlier version: the known layout that shares the longest beginning with the unit, of those the one with
    // as many blocks (after a change of words, its pages after the change can be kept: syncPoints).
    let best;
    let shared = 0;
    for (const layout of known.values()) {
      if (layout.context !== context || !layout.blocks) continue;
      let n = 0;
      while (n < unit.blocks.length && n < layout.blocks.length && unit.blocks[n] === layout.blocks[n]) n++;
      const sameCount = (/** @type {UnitLayout} */ l) => l.blocks?.length === unit.blocks.length;
      if (n > shared || (n > 0 && n === shared && best && !sameCount(best) && sameCount(layout))) {
        shared = n;
        best = layout;
      }
    }
    const resume = resumePoint(best, unit.blocks, context);
    if (resume) previous[k] = best;
    const work = resume ? Math.round((unit.size * (unit.blocks.length - resume.from)) / unit.blocks.length) : unit.size;
    return [{ u: k + 1, work }];
  });
  const order = missing.sort((a, b) => b.work - a.work || a.u - b.u).map((unit) => unit.u);
  return { plan, units, previous, order };
}

/**
 * The shared state of a job's two workers (askHelper): [0] is set to 1 when the helper is done, [1] counts the units
 * taken from the job's order after the first, by either.
 * @param {SharedArrayBuffer} signal
 */
const sharedOf = (signal) => new Int32Array(signal);
/**
 * The index in the order of the next unit to lay out (past its end when all are taken). The first, the most work, is
 * the filling worker's: after an edit of it (the main body, say) this worker lays it out again, with the lines it kept
 * of its paragraphs the last time (each thread keeps its own).
 * @param {Int32Array} shared
 */
const takeNext = (shared) => Atomics.add(shared, 1, 1) + 1;

/** @param {number} started */
const since = (started) => Math.round(performance.now() - started);

/**
 * @param {{ known: [string, import('./toc-page-numbers-units.mjs').UnitLayout][], whole?: boolean,
 *   helper?: { port: MessagePort, signal: SharedArrayBuffer } }} job
 * @param {Record<string, unknown>} report filled with the timings and the new unit layouts
 */
function unitEstimator(job, report) {
  const known = new Map(job.known);
  return (/** @type {any} */ template) => {
    const started = performance.now();
    report.parse = since(report.started);
    if (job.whole) return estimate(template);
    const { plan, units, previous, order } = survey(template, known);
    if ('problem' in plan) {
      report.whole = plan.problem;
      return estimate(template);
    }
    /** @type {[string, any][]} */
    const fresh = [];
    const layouts = units.map((unit) => known.get(unit.hash));
    const layOut = (/** @type {number} */ u) => {
      const unitStarted = performance.now();
      const layout = layOutUnit(estimatePart, template, plan, u, units[u - 1], previous[u - 1], report);
      // The slowest part laid out here: no split into parts makes the layout faster than that (the main body, first).
      report.slowest = Math.max(Number(report.slowest ?? 0), since(unitStarted));
      if (!layout) return false;
      if (previous[u - 1]) report.resumed = Number(report.resumed ?? 0) + 1;
      layouts[u - 1] = layout;
      fresh.push([units[u - 1].hash, layout]);
      return true;
    };
    // Units taken one at a time, by this worker and the helper alike (without a helper, all of them here).
    const shared = job.helper ? sharedOf(job.helper.signal) : undefined;
    let next = 0;
    let taken = 0;
    for (let i = next++; i < order.length; i = shared ? takeNext(shared) : next++) {
      taken++;
      if (!layOut(order[i])) {
        report.whole = `Teil ${order[i]} nicht einzeln berechnet`;
        return estimate(template);
      }
    }
    report.own = since(started);
    // Every unit is taken now: the helper is laying out the ones this worker did not take, if any.
    if (shared && order.length > taken) {
      const waited = performance.now();
      Atomics.wait(shared, 0, 0, 120_000);
      const reply = receiveMessageOnPort(job.helper.port)?.message;
      for (const [u, layout] of reply?.layouts ?? []) {
        layouts[u - 1] = layout;
        fresh.push([units[u - 1].hash, layout]);
      }
      report.waited = since(waited);
      report.helped = reply?.layouts?.length ?? 0;
      // How the helper's units were laid out counts as if this worker had laid them out.
      const helped = reply?.report ?? {};
      for (const key of ['resumed', 'synced', 'continued']) if (helped[key]) report[key] = Number(report[key] ?? 0) + helped[key];
      if (helped.slowest) report.slowest = Math.max(Number(report.slowest ?? 0), helped.slowest);
    }
    // Whatever the helper did not deliver is laid out here.
    for (let u = 1; u <= units.length; u++) {
      if (layouts[u - 1] === undefined && !layOut(u)) {
        report.whole = `Teil ${u} nicht einzeln berechnet`;
        return estimate(template);
      }
    }
    const standIns = performance.now();
    const result = layOutWithStandIns(estimate, template, plan, /** @type {any[]} */ (layouts));
    report.standIns = since(standIns);
    report.units = units.length;
    report.laidOut = fresh.length;
    report.fresh = fresh;
    report.layout = since(started);
    report.written = performance.now();
    return result;
  };
}

port.on('message', async (/** @type {any} */ job) => {
  const { id, data } = job;
  // Sent when the worker is started ahead of its first job (toc-page-numbers.ts): the helper starts loading too.
  if (job.op === 'start') {
    try {
      ensureHelper();
    } catch {
      // The first job asks again, and lays everything out here if there is still no helper.
    }
    return;
  }
  // What is kept across jobs (the blocks read by their XML, docx-parts.mjs; the lines docx/layout broke paragraphs
  // into, docx-layout.mjs), forgotten when the caller asks.
  if (job.forget) {
    forgetKeptBlocks();
    forgetKeptLines();
    // A job without the helper (laid out whole) tells it too, so the next job finds neither thread warm.
    if (job.op === 'fill' && !(job.share && !job.whole)) helper?.postMessage({ op: 'forget', forget: true });
  }
  if (job.op === 'forget') return;
  if (job.op === 'help') {
    const flag = sharedOf(job.signal);
    /** @type {[number, any][]} */
    const layouts = [];
    /** How its units were laid out (resumed, synced, continued; the slowest), for the filling worker's report. @type {Record<string, number>} */
    const helped = {};
    try {
      const known = new Map(job.known);
      const share = (/** @type {any} */ template) => {
        const { plan, units, previous, order } = survey(template, known);
        if (!('problem' in plan)) {
          // The next unit not taken by the filling worker, until none is left (it lays out any this one gives up on).
          for (let i = takeNext(flag); i < order.length; i = takeNext(flag)) {
            const u = order[i];
            const unitStarted = performance.now();
            const layout = layOutUnit(estimatePart, template, plan, u, units[u - 1], previous[u - 1], helped);
            helped.slowest = Math.max(helped.slowest ?? 0, since(unitStarted));
            if (!layout) break;
            if (previous[u - 1]) helped.resumed = (helped.resumed ?? 0) + 1;
            layouts.push([u, layout]);
          }
        }
        throw DONE;
      };
      const pkg = readPackage(data);
      if (pkg) share(pkg);
      else await patchDocument({ outputType: 'uint8array', data, patches: {}, pageNumbers: share });
    } catch {
      // Its own share is laid out by the filling worker then, which reports what goes wrong with the document.
    } finally {
      job.port.postMessage({ layouts, report: helped });
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
      job.port.close();
      port.postMessage({ id, done: true });
    }
    return;
  }
  /** @type {Record<string, any>} */
  const report = { started: performance.now() };
  try {
    if (job.share && !job.whole) job.helper = askHelper(id, data, job.known, job.forget === true) ?? undefined;
    // The package read and written here (docx-parts.mjs), or by docx when it holds something that reader leaves to it.
    const pkg = readPackage(data);
    const estimator = unitEstimator(job, report);
    const patched = pkg ? writePackage(pkg, estimator(pkg)) : await patchDocument({ outputType: 'uint8array', data, patches: {}, pageNumbers: estimator });
    if (!pkg) report.reader = 'docx';
    const { fresh = [], started, written, ...timings } = report;
    if (written !== undefined) timings.write = since(written);
    timings.total = since(started);
    port.postMessage({ id, data: patched, units: fresh, timings }, [patched.buffer]);
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  } finally {
    job.helper?.port.close();
  }
});
