/**
 * Worker threads for the export (the DOCX renderer and the page layout), started in a low-priority process of their
 * own (thread-host.mjs) instead of the server's, so that neither they nor V8's garbage collection for them compete
 * with saves and page views at the server's priority. To the code that uses them they look like worker threads:
 * messages in and out (structured clone, so only plain data and typed arrays), 'error' and 'exit', ref and unref,
 * terminate.
 *
 * When the process cannot be started, the threads run in the server's process as before (with their own lower
 * priority), and the log says so once; an export never fails for want of it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** What the export's code uses of a worker thread. */
export interface ExportWorker {
  postMessage(message: unknown, transfer?: readonly ArrayBuffer[]): void;
  on<T>(event: 'message', listener: (message: T) => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  on(event: 'exit', listener: (code: number) => void): this;
  off<T>(event: 'message' | 'error' | 'exit', listener: (argument: T) => void): this;
  ref(): void;
  unref(): void;
  terminate(): Promise<number>;
}

export interface ExportWorkerOptions {
  resourceLimits?: ResourceLimits;
}

/** Loaded from the source tree, as the workers are (Next bundles this module into .next/). */
const HOST_FILE = path.join(process.cwd(), 'lib', 'export', 'thread-host.mjs');

type HostReply =
  | { op: 'ready' }
  | { op: 'online'; id: number }
  | { op: 'message'; id: number; data: unknown }
  | { op: 'error'; id: number; message: string; stack: string }
  | { op: 'exit'; id: number; code: number };

/** Why the threads run in the server's process; set once the host process failed to start. */
let hostUnavailable: string | undefined;
let host: Host | undefined;

class Host {
  readonly child: ChildProcess;
  readonly workers = new Map<number, HostedWorker>();
  ready = false;
  private gone = false;
  private nextId = 1;

  constructor() {
    // Node itself with the file and no node options (not a profiler hook of the server's, say): the host runs plain
    // JavaScript only. spawn with an IPC channel is what fork does; Next's build takes fork's file for a module to
    // bundle (vercel/next.js#97952) and fails.
    this.child = spawn(process.execPath, [HOST_FILE], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (reply: HostReply) => this.receive(reply));
    this.child.on('error', (error) => this.lost(error.message));
    this.child.on('exit', (code, signal) => this.lost(`beendet mit ${signal ?? code}`));
    this.updateRef();
  }

  add(worker: HostedWorker, file: string, options: ExportWorkerOptions): number {
    const id = this.nextId++;
    this.workers.set(id, worker);
    this.send({ op: 'start', id, file, options });
    this.updateRef();
    return id;
  }

  send(message: unknown): void {
    if (this.gone || !this.child.connected) return;
    this.child.send(message as never, (error) => {
      if (error) this.lost(error.message);
    });
  }

  /**
   * Keeps the server's process alive only while one of its workers is ref'd (an export is being made) or being
   * ended (whoever awaits terminate() must get its answer, as from a thread).
   */
  updateRef(): void {
    const wanted = [...this.workers.values()].some((worker) => worker.keepsAlive);
    const channel = this.child.channel as { ref?: () => void; unref?: () => void } | null | undefined;
    if (wanted) {
      this.child.ref();
      channel?.ref?.();
    } else {
      this.child.unref();
      channel?.unref?.();
    }
  }

  private receive(reply: HostReply): void {
    if (reply.op === 'ready') {
      this.ready = true;
      return;
    }
    const worker = this.workers.get(reply.id);
    if (!worker) return;
    if (reply.op === 'exit') {
      this.workers.delete(reply.id);
      worker.exited(reply.code);
      this.updateRef();
      this.closeIfEmpty();
      return;
    }
    if (reply.op === 'online') worker.online();
    else if (reply.op === 'message') worker.emit('message', reply.data);
    else {
      const error = new Error(reply.message);
      if (reply.stack) error.stack = reply.stack;
      worker.emit('error', error);
    }
  }

  /** The process ended or could not be reached: its workers are gone (or, if it never started, run here instead). */
  private lost(reason: string): void {
    if (this.gone) return;
    this.gone = true;
    if (host === this) host = undefined;
    if (!this.ready) {
      hostUnavailable = reason;
      console.warn(`[export] Eigener Prozess für die Export-Threads nicht gestartet (${reason}); sie laufen im Server-Prozess.`);
    }
    for (const worker of this.workers.values()) worker.hostLost(reason, !this.ready);
    this.workers.clear();
    if (this.child.exitCode === null) this.child.kill();
  }

  /** Without workers the process has nothing to do: it ends, and the next export starts a new one. */
  private closeIfEmpty(): void {
    if (this.workers.size > 0) return;
    this.gone = true;
    if (host === this) host = undefined;
    if (this.child.connected) this.child.disconnect();
  }
}

/** A worker thread in the host process, as seen from here. */
class HostedWorker extends EventEmitter implements ExportWorker {
  isRefd = true;
  private id = 0;
  get keepsAlive(): boolean {
    return this.isRefd || this.exitWaiters.length > 0;
  }
  private local: Worker | undefined;
  private isOnline = false;
  /** Messages sent before the thread was up: kept in case it has to start here instead. */
  private early: unknown[] = [];
  private hasExited = false;
  private exitWaiters: Array<(code: number) => void> = [];

  constructor(
    private host: Host,
    private readonly file: string,
    private readonly options: ExportWorkerOptions,
  ) {
    super();
    this.id = host.add(this, file, options);
  }

  postMessage(message: unknown, transfer?: readonly ArrayBuffer[]): void {
    if (this.local) return this.local.postMessage(message, transfer as ArrayBuffer[] | undefined);
    if (this.hasExited) return;
    if (!this.isOnline) this.early.push(message);
    this.host.send({ op: 'post', id: this.id, data: message });
  }

  ref(): void {
    this.isRefd = true;
    if (this.local) this.local.ref();
    else this.host.updateRef();
  }

  unref(): void {
    this.isRefd = false;
    if (this.local) this.local.unref();
    else this.host.updateRef();
  }

  terminate(): Promise<number> {
    if (this.local) return this.local.terminate();
    if (this.hasExited) return Promise.resolve(1);
    return new Promise((resolve) => {
      this.exitWaiters.push(resolve);
      this.host.updateRef();
      this.host.send({ op: 'terminate', id: this.id });
    });
  }

  online(): void {
    this.isOnline = true;
    this.early = [];
  }

  exited(code: number): void {
    if (this.hasExited) return;
    this.hasExited = true;
    for (const resolve of this.exitWaiters.splice(0)) resolve(code);
    this.emit('exit', code);
  }

  /** The host went away: before it ever started, this thread starts here instead; otherwise it is gone. */
  hostLost(reason: string, neverStarted: boolean): void {
    if (this.hasExited) return;
    if (neverStarted && !this.isOnline) {
      this.local = startLocal(this.file, this.options);
      this.local.on('message', (message) => this.emit('message', message));
      this.local.on('error', (error) => this.emit('error', error));
      this.local.on('exit', (code) => this.exited(code));
      if (!this.isRefd) this.local.unref();
      for (const message of this.early.splice(0)) this.local.postMessage(message);
      for (const resolve of this.exitWaiters.splice(0)) void this.local.terminate().then(resolve);
      return;
    }
    this.emit('error', new Error(`Prozess der Export-Threads beendet (${reason})`));
    this.exited(1);
  }
}

function startLocal(file: string, options: ExportWorkerOptions): Worker {
  return new Worker(file, options);
}

/** The process id of the export threads' process while it runs (tests check its priorities). */
export function exportThreadsProcessId(): number | undefined {
  return host?.ready ? host.child.pid : undefined;
}

/**
 * A worker thread for the export, in the host process when it can be started, otherwise in this one. Like a new
 * Worker, it keeps this process alive until unref'd.
 */
export function startExportWorker(file: string, options: ExportWorkerOptions = {}): ExportWorker {
  if (hostUnavailable !== undefined) return startLocal(file, options);
  host ??= new Host();
  return new HostedWorker(host, file, options);
}
