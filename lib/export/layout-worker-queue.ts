/**
 * The queue of page-number layouts and the worker thread that does them (toc-page-numbers-worker.mjs, with its helper
 * on the second core): one layout at a time, each with its deadline, retried once with a fresh worker when the worker
 * was lost under it, stopped when it runs away or nobody waits for it any more; the worker stays warm for a while
 * after its last job. What is known of earlier layouts is the caller's (toc-page-numbers.ts), given as a UnitCache.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { startExportWorker, type ExportWorker } from './export-threads';

export interface TocPageNumbersResult {
  buffer: Buffer;
  /** false when the layout failed or timed out and `buffer` is the input unchanged. */
  filled: boolean;
  /** Where the time went, in ms (parse, own, slowest part, waited, standIns, layout, write, total), and how many units were laid out. */
  timings?: Record<string, number | string>;
}

/**
 * A unit's layout (toc-page-numbers-units.mjs): its page count and the page of each of its bookmarks, from 0, and
 * what an edited version of it needs to be laid out from where it changed.
 */
export interface UnitLayout {
  pages: number;
  marks: number[];
  context?: string;
  blocks?: string[];
  starts?: number[];
  tops?: number[];
}

/** What the queue knows of earlier layouts, and whether the workers are to forget what they keep across jobs. */
export interface UnitCache {
  /** The unit layouts known so far, by content hash (each job gets a copy). */
  known(): [string, UnitLayout][];
  /** Keeps the layouts a job made. */
  remember(fresh: [string, UnitLayout][]): void;
  /** Whether the next job is to make the workers forget first (true once after it was asked for). */
  takeForget(): boolean;
}

/** Exports waiting beyond this go out at once without page numbers instead of queueing for minutes. */
const MAX_WAITING = 4;

/**
 * A warm worker answers the next export without loading docx again, and much faster: V8 has compiled the layout's hot
 * code by then (the reference concept's layout took 4.5–6 s in a fresh worker, 1.5–2 s from its third export on). So it
 * stays for a working session, as the render worker does (render-off-thread.ts), and leaves when idle this long; the
 * threads keep some 0.5 GB while they stay.
 */
const IDLE_MS = 10 * 60_000;

/**
 * The worker is plain JavaScript next to this file. Resolved from the project root because
 * Next bundles this module into .next/ and the worker must be loaded from the source tree.
 */
const WORKER_FILE = path.join(process.cwd(), 'lib', 'export', 'toc-page-numbers-worker.mjs');

type Reply =
  | { id: number; data: Uint8Array; units: [string, UnitLayout][]; timings: Record<string, number | string> }
  | { id: number; error: string }
  | { id: number; done: true };

/** The second core lays out half of the units when there is one. */
const USE_HELPER = availableParallelism() > 1;

interface Job {
  input: Buffer;
  /** Whether to lay the whole document out in one go, without units (tests compare both). */
  whole: boolean;
  /** performance.now() by which the result must be there. */
  deadline: number;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  resolve: (result: TocPageNumbersResult) => void;
  settled: boolean;
  /** Whether it was already given to a fresh worker once after its worker was lost (see onExit in pump). */
  retried?: boolean;
}

export class LayoutWorker {
  constructor(private readonly cache: UnitCache) {}

  private worker: ExportWorker | null = null;
  private queue: Job[] = [];
  private busy = false;
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;

  run(input: Buffer, timeoutMs: number, signal: AbortSignal | undefined, whole: boolean): Promise<TocPageNumbersResult> {
    return new Promise((resolve) => {
      const job: Job = { input, whole, deadline: performance.now() + timeoutMs, timeoutMs, signal, resolve, settled: false };
      if (signal?.aborted) return resolve({ buffer: input, filled: false });
      if (this.queue.length >= MAX_WAITING) {
        this.settle(job, { buffer: input, filled: false }, `${this.queue.length} Exporte warten bereits`);
        return;
      }
      // Someone who gave up waiting (closed the tab) does not cost a layout.
      signal?.addEventListener(
        'abort',
        () => {
          const waiting = this.queue.indexOf(job);
          if (waiting >= 0) {
            this.queue.splice(waiting, 1);
            this.settle(job, { buffer: input, filled: false });
          }
        },
        { once: true },
      );
      this.queue.push(job);
      this.pump();
    });
  }

  /**
   * Starts the worker, and its helper with a second core, before the first job comes, so that loading docx and its
   * layout (a few hundred ms per thread) happens while the document is still being rendered. A started worker with
   * nothing to do leaves when idle, as after a job.
   */
  prepare(): void {
    if (this.worker) return;
    let worker: ExportWorker;
    try {
      worker = this.ensureWorker();
    } catch {
      return; // the job says so when it comes
    }
    if (USE_HELPER) worker.postMessage({ op: 'start' });
    if (!this.busy && this.queue.length === 0) this.scheduleIdleExit();
  }

  /** Whether a job is being laid out or waits. */
  get occupied(): boolean {
    return this.busy || this.queue.length > 0;
  }

  private ensureWorker(): ExportWorker {
    if (this.worker) return this.worker;
    const worker = startWorker(() => {
      if (this.worker !== worker) return;
      this.worker = null;
      // A timer for the worker that ended must not end the next one early.
      if (this.idleTimer) clearTimeout(this.idleTimer);
      this.idleTimer = null;
    });
    this.worker = worker;
    return worker;
  }

  private stopWorkers(): void {
    void this.worker?.terminate();
    this.worker = null;
  }

  private pump(): void {
    if (this.busy) return;
    const job = this.queue.shift();
    if (!job) {
      this.scheduleIdleExit();
      return;
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const remaining = job.deadline - performance.now();
    if (remaining <= 0) {
      this.settle(job, { buffer: job.input, filled: false }, `Zeitlimit von ${job.timeoutMs} ms beim Warten überschritten`);
      this.pump();
      return;
    }
    this.busy = true;
    const id = this.nextId++;
    let worker: ExportWorker;
    try {
      worker = this.ensureWorker();
    } catch (error) {
      this.finish(job, { buffer: job.input, filled: false }, `Worker nicht gestartet: ${String(error)}`);
      return;
    }
    const cleanup = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      job.signal?.removeEventListener('abort', onAbort);
    };
    const onMessage = (reply: Reply) => {
      if (reply.id !== id || 'done' in reply) return;
      cleanup();
      if ('error' in reply) this.finish(job, { buffer: job.input, filled: false }, reply.error);
      else {
        this.cache.remember(reply.units);
        const buffer = Buffer.from(reply.data.buffer, reply.data.byteOffset, reply.data.byteLength);
        this.finish(job, { buffer, filled: true, timings: { ...reply.timings } });
      }
    };
    const onExit = () => {
      cleanup();
      // Lost with its worker through no fault of its own – e.g. the export process aborted while another job's
      // worker was being stopped (Node 20 can abort a process when it ends a worker thread in the middle of a
      // zlib call): tried once more with a fresh worker, within its deadline.
      if (!job.retried && !job.settled && job.deadline > performance.now()) {
        job.retried = true;
        this.busy = false;
        this.queue.unshift(job);
        this.pump();
        return;
      }
      this.finish(job, { buffer: job.input, filled: false }, 'Worker beendet');
    };
    // A layout that runs away, or that nobody waits for any more, is stopped: the next export gets a fresh worker.
    const stop = (problem?: string) => {
      cleanup();
      this.stopWorkers();
      this.finish(job, { buffer: job.input, filled: false }, problem);
    };
    const timer = setTimeout(() => stop(`Zeitlimit von ${job.timeoutMs} ms überschritten`), remaining);
    const onAbort = () => stop();
    worker.on('message', onMessage);
    worker.on('exit', onExit);
    job.signal?.addEventListener('abort', onAbort, { once: true });
    const known = this.cache.known();
    // A copy goes to the worker, so the caller's buffer stays intact for the fallback. With a second core the worker
    // shares the units with a helper thread of its own.
    const copy = new Uint8Array(job.input);
    worker.postMessage({ id, op: 'fill', data: copy, known, whole: job.whole, share: USE_HELPER, forget: this.cache.takeForget() }, [copy.buffer]);
  }

  private finish(job: Job, result: TocPageNumbersResult, problem?: string): void {
    this.busy = false;
    this.settle(job, result, problem);
    this.pump();
  }

  private settle(job: Job, result: TocPageNumbersResult, problem?: string): void {
    if (job.settled) return;
    job.settled = true;
    if (problem) console.warn(`[export] Seitenzahlen im Inhaltsverzeichnis nicht berechnet (${problem}); Word ergänzt sie beim Öffnen.`);
    job.resolve(result);
  }

  /** Ends the worker now (jest after a test file, or a process that is about to exit). */
  async stop(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private scheduleIdleExit(): void {
    if (this.idleTimer || !this.worker) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (!this.busy && this.queue.length === 0) this.stopWorkers();
    }, IDLE_MS);
    this.idleTimer.unref();
  }
}

function startWorker(onExit: () => void): ExportWorker {
  // A larger young generation: the layout makes many short-lived objects, and fewer scavenges save a few per cent.
  const worker = startExportWorker(WORKER_FILE, { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
  // Never keeps a command-line export (or jest) alive on its own.
  worker.unref();
  worker.on('error', (error) => {
    console.warn(`[export] Seitenzahlen-Worker abgebrochen: ${error.message}`);
  });
  worker.on('exit', onExit);
  return worker;
}
