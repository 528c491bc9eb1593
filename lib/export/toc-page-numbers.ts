/**
 * Page numbers for the table of contents, worked out at export time.
 *
 * Word rebuilds the TOC when it opens the file (updateFields), but LibreOffice shows what the
 * file says, so without numbers its TOC has entries and no pages. docx/layout lays the pages
 * out (they matched LibreOffice's page for page in our checks), which costs seconds of CPU for
 * a long concept, so it runs in a worker thread: the server keeps answering other requests,
 * and one layout runs at a time (this machine kind has two cores). If the layout fails or
 * takes too long, the document goes out without the numbers, which is still a valid file
 * whose TOC Word fills on opening, and the caller is told so.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export interface TocPageNumbersResult {
  buffer: Buffer;
  /** false when the layout failed or timed out and `buffer` is the input unchanged. */
  filled: boolean;
}

/** Long enough for a few hundred pages on a slow machine; after that the download must not wait longer. */
const DEFAULT_TIMEOUT_MS = Number(process.env.SKW_TOC_LAYOUT_TIMEOUT_MS ?? 60_000);
/** A warm worker answers the next export without loading docx again; it leaves when idle. */
const IDLE_MS = 30_000;

/**
 * The worker is plain JavaScript next to this file. Resolved from the project root because
 * Next bundles this module into .next/ and the worker must be loaded from the source tree.
 */
const WORKER_FILE = path.join(process.cwd(), 'lib', 'export', 'toc-page-numbers-worker.mjs');

type Reply = { id: number; data: Uint8Array } | { id: number; error: string };

interface Job {
  input: Buffer;
  timeoutMs: number;
  resolve: (result: TocPageNumbersResult) => void;
}

class LayoutWorker {
  private worker: Worker | null = null;
  private queue: Job[] = [];
  private busy = false;
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;

  run(input: Buffer, timeoutMs: number): Promise<TocPageNumbersResult> {
    return new Promise((resolve) => {
      this.queue.push({ input, timeoutMs, resolve });
      this.pump();
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_FILE);
    // Never keeps a command-line export (or jest) alive on its own.
    worker.unref();
    worker.on('error', (error) => {
      console.warn(`[export] Seitenzahlen-Worker abgebrochen: ${error.message}`);
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
    });
    this.worker = worker;
    return worker;
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
    this.busy = true;
    const id = this.nextId++;
    let worker: Worker;
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
    };
    const onMessage = (reply: Reply) => {
      if (reply.id !== id) return;
      cleanup();
      if ('error' in reply) this.finish(job, { buffer: job.input, filled: false }, reply.error);
      else this.finish(job, { buffer: Buffer.from(reply.data.buffer, reply.data.byteOffset, reply.data.byteLength), filled: true });
    };
    const onExit = () => {
      cleanup();
      this.finish(job, { buffer: job.input, filled: false }, 'Worker beendet');
    };
    const timer = setTimeout(() => {
      cleanup();
      // A layout that runs away is stopped, not waited for: the next export gets a fresh worker.
      void worker.terminate();
      this.worker = null;
      this.finish(job, { buffer: job.input, filled: false }, `Zeitlimit von ${job.timeoutMs} ms überschritten`);
    }, job.timeoutMs);
    worker.on('message', onMessage);
    worker.on('exit', onExit);
    // A copy goes to the worker, so the caller's buffer stays intact for the fallback.
    const copy = new Uint8Array(job.input);
    worker.postMessage({ id, data: copy }, [copy.buffer]);
  }

  private finish(job: Job, result: TocPageNumbersResult, problem?: string): void {
    if (problem) console.warn(`[export] Seitenzahlen im Inhaltsverzeichnis nicht berechnet (${problem}); Word ergänzt sie beim Öffnen.`);
    this.busy = false;
    job.resolve(result);
    this.pump();
  }

  private scheduleIdleExit(): void {
    if (this.idleTimer || !this.worker) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (!this.busy && this.queue.length === 0 && this.worker) {
        void this.worker.terminate();
        this.worker = null;
      }
    }, IDLE_MS);
    this.idleTimer.unref();
  }
}

let shared: LayoutWorker | null = null;

/** The DOCX with page numbers in its table of contents (and page references), or unchanged with filled=false. */
export function fillTocPageNumbers(docx: Buffer, options: { timeoutMs?: number } = {}): Promise<TocPageNumbersResult> {
  shared ??= new LayoutWorker();
  return shared.run(docx, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
}
