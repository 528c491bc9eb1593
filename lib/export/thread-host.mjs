// @ts-check
/**
 * A process of its own for the export's worker threads (export-threads.ts starts it): every thread in it runs at a
 * lower priority than the server's.
 *
 * Why a process and not only threads that lower their own priority: V8 does much of a thread's garbage collection on
 * helper threads that the whole process shares, and those keep the process's priority. The page layout makes a lot
 * of garbage, so with the workers in the server's process, those helpers took about a third of a core at the
 * server's priority while a concept was exported, and saves waited for them (bench:load: with exports the slowest
 * saves took two to three times as long as without). Here, the helpers are this process's and as low as the rest.
 *
 * Messages in (from the server, over the IPC channel, structured clone):
 *   { op: 'start', id, file, options }   starts a worker thread (file: absolute path; options: resourceLimits)
 *   { op: 'post', id, data }              passes a message on to it
 *   { op: 'terminate', id }               ends it
 * Messages out: { op: 'ready' } once, then { op: 'online' | 'message' | 'error' | 'exit', id, … } per worker.
 * The process ends when the server's channel closes.
 */
import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { Worker } from 'node:worker_threads';

/** As far below the server as the page layout has always been (toc-page-numbers-worker.mjs). */
const NICENESS = 10;

if (!process.send) throw new Error('thread-host.mjs runs only as a child process with an IPC channel');
const send = process.send.bind(process);

/**
 * Lowers the priority of every thread the process has now. On Linux each thread has its own, and threads started
 * later take that of the thread that starts them (the worker threads: this one's); elsewhere the process has one.
 */
function lowerPriority() {
  /** @type {number[]} */
  let threads;
  try {
    threads = readdirSync('/proc/self/task').map(Number);
  } catch {
    threads = [process.pid];
  }
  for (const thread of threads) {
    try {
      setPriority(thread, Math.max(getPriority(thread), NICENESS));
    } catch {
      // not allowed: the thread keeps its priority (as fast, just not yielding)
    }
  }
}
lowerPriority();

/** @type {Map<number, Worker>} */
const workers = new Map();

process.on('message', (/** @type {any} */ message) => {
  const { op, id } = message;
  if (op === 'start') {
    let worker;
    try {
      worker = new Worker(message.file, message.options ?? {});
    } catch (error) {
      send({ op: 'error', id, message: error instanceof Error ? error.message : String(error), stack: '' });
      send({ op: 'exit', id, code: 1 });
      return;
    }
    workers.set(id, worker);
    worker.on('online', () => send({ op: 'online', id }));
    worker.on('message', (data) => send({ op: 'message', id, data }));
    worker.on('error', (error) => send({ op: 'error', id, message: error?.message ?? String(error), stack: String(error?.stack ?? '') }));
    worker.on('exit', (code) => {
      workers.delete(id);
      send({ op: 'exit', id, code });
    });
  } else if (op === 'post') {
    workers.get(id)?.postMessage(message.data);
  } else if (op === 'terminate') {
    const worker = workers.get(id);
    if (worker) void worker.terminate();
    else send({ op: 'exit', id, code: 1 });
  }
});

// The server is gone (or let this process go): nothing is left to do here.
process.on('disconnect', () => process.exit(0));

send({ op: 'ready' });
