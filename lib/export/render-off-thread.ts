/**
 * The export's DOCX rendered in a worker thread (render-worker.mjs, in the export's own low-priority process:
 * export-threads.ts) instead of the server's thread: building and
 * writing a concept of 100 pages takes a few hundred ms of CPU, and while it ran on the server's thread, every save
 * and page view that came in waited for it (the load benchmark's slowest saves were those).
 *
 * Same result and errors as renderDocx (the worker runs the same code, bundled from the same sources). When the
 * worker cannot be started (or dies), the export renders on the server's thread as before and says so once in the
 * log; an export never fails for want of the worker.
 */
import path from 'node:path';
import { serialize } from 'node:v8';
import { AppError, type ErrorCode } from '../errors';
import type { ExportDocument } from './model';
import { startExportWorker, type ExportWorker } from './export-threads';
import { renderDocx } from './render-docx';

/** Loaded from the source tree (Next bundles this module into .next/, the worker must stay plain JavaScript). */
const WORKER_FILE = path.join(process.cwd(), 'lib', 'export', 'render-worker.mjs');
/**
 * A warm worker renders the next export without bundling again (and with V8's compiled code: a fresh worker took
 * 1.7–3.5 s for the reference concept, a warm one 0.3 s); it stays for a working session, as the layout worker does
 * (toc-page-numbers.ts), and leaves when idle this long.
 */
const IDLE_MS = 10 * 60_000;

type Reply = { ready: true } | { id: number; data: Uint8Array } | { id: number; error: { code?: ErrorCode; message: string; details?: Record<string, unknown>; stack: string } };

interface Pending {
  resolve: (buffer: Buffer) => void;
  reject: (error: Error) => void;
}

let worker: ExportWorker | undefined;
let started: Promise<void> | undefined;
let unavailable: string | undefined;
/** Whether a worker has ever started here: after that, a lost worker is replaced, not given up on. */
let everReady = false;
let nextId = 1;
let idle: NodeJS.Timeout | undefined;
const pending = new Map<number, Pending>();

/** Rejects what waits for a worker that is gone. */
class WorkerGone extends Error {
  constructor(
    message: string,
    /** Whether it went while a job was being rendered (that job is not tried again on the server's thread). */
    readonly whileRendering = false,
  ) {
    super(message);
  }
}

function startWorker(): Promise<void> {
  if (started) return started;
  // Keeps the process alive while it starts and renders (a command-line export must wait for it), not while it
  // idles (a finished test run or command must not wait for it); see renderInWorker.
  const current = startExportWorker(WORKER_FILE);
  worker = current;
  started = new Promise<void>((resolve, reject) => {
    const gone = (reason: string) => {
      if (worker === current) {
        worker = undefined;
        started = undefined;
      }
      reject(new WorkerGone(reason));
      for (const [id, job] of pending) {
        pending.delete(id);
        job.reject(new WorkerGone(reason, true));
      }
    };
    current.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        everReady = true;
        return resolve();
      }
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      if ('data' in reply) return job.resolve(Buffer.from(reply.data.buffer, reply.data.byteOffset, reply.data.byteLength));
      const { code, message, details, stack } = reply.error;
      if (code) return job.reject(new AppError(code, message, details));
      const error = new Error(message);
      error.stack = stack;
      job.reject(error);
    });
    current.on('error', (error) => gone(error instanceof Error ? error.message : String(error)));
    current.on('exit', (code) => gone(`beendet mit ${code}`));
  });
  return started;
}

function keepWarm(): void {
  if (idle) clearTimeout(idle);
  idle = setTimeout(() => void stopRenderWorker(), IDLE_MS);
  idle.unref();
}

/** Whether the worker could not be started here: documents are rendered on the server's thread (nothing is made in advance). */
export function renderWorkerUnavailable(): boolean {
  return unavailable !== undefined;
}

/** Whether a render is under way or waits (then no download is made in advance: prepare-download.ts). */
export function renderOccupied(): boolean {
  return pending.size > 0;
}

/** Stops the worker (tests, shutdown); the next export starts a new one. */
export async function stopRenderWorker(): Promise<void> {
  if (idle) clearTimeout(idle);
  const current = worker;
  worker = undefined;
  started = undefined;
  if (current) await current.terminate();
}

async function renderInWorker(model: ExportDocument, options: { updateFields?: boolean }, serialized: Uint8Array | undefined): Promise<Buffer> {
  await startWorker();
  const current = worker;
  if (!current) throw new WorkerGone('nicht gestartet');
  const id = nextId++;
  // A render that starts now is not ended by the idle timer of the one before (keepWarm sets it again after).
  if (idle) clearTimeout(idle);
  idle = undefined;
  const result = new Promise<Buffer>((resolve, reject) => pending.set(id, { resolve, reject }));
  current.ref();
  // The model as bytes (v8.serialize): on its way through the export process and into the worker it is copied as
  // bytes and read once, instead of being taken apart and put together as a tree at every step (some 50–100 ms for
  // a long concept).
  current.postMessage({ id, modelBytes: serialized ?? serialize(model), options });
  try {
    return await result;
  } finally {
    if (pending.size === 0) current.unref();
    keepWarm();
  }
}

/**
 * The DOCX bytes of the model, as renderDocx gives them, rendered off the server's thread where possible. `serialized`:
 * the model as v8.serialize wrote it already (download-cache.ts), so it is not written twice.
 */
export async function renderDocxOffThread(model: ExportDocument, options: { updateFields?: boolean } = {}, serialized?: Uint8Array): Promise<Buffer> {
  if (unavailable === undefined) {
    try {
      return await renderInWorker(model, options, serialized);
    } catch (error) {
      if (!(error instanceof WorkerGone)) throw error;
      // A document that ended the worker (e.g. out of memory) is not rendered again on the server's thread.
      if (error.whileRendering) {
        console.error(`DOCX-Export: der Thread des Exports endete beim Erstellen (${error.message})`);
        throw new AppError('internal', 'Das Dokument konnte nicht erstellt werden. Bitte versuchen Sie es erneut.');
      }
      if (!everReady) {
        unavailable = error.message;
        // "ohne Beschleunigung": the browser suite checks the app's log for it (tests/e2e/export.e2e.ts).
        console.warn(`DOCX-Export ohne Beschleunigung: kein eigener Thread (${unavailable}); das Dokument entsteht im Server-Thread.`);
      }
    }
  }
  return renderDocx(model, options);
}
