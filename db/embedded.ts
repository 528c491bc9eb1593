import fs from 'node:fs';
import path from 'node:path';

/**
 * The embedded Postgres: PGlite served over the Postgres wire protocol, so the
 * app talks `pg` + Kysely to it exactly as it would to a real server.
 *
 * Only one process may open a PGlite data folder; a second one would corrupt it.
 * The launcher therefore holds `<dataDir>/launcher.lock` (pid and URL) while it
 * runs. Other tools (seed, export CLI) read the lock to connect to the running
 * launcher instead of opening the folder themselves.
 */

export interface LauncherLock {
  pid: number;
  url: string | null;
  startedAt: string;
}

export class DataFolderLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly holder: LauncherLock,
  ) {
    super(
      `Der Datenordner wird bereits von einem anderen Prozess verwendet (PID ${holder.pid}, gestartet ${holder.startedAt}).\n` +
        `Beenden Sie zuerst die laufende Instanz (Strg+C im anderen Terminal) oder wählen Sie mit PORT einen anderen Port\n` +
        `und mit SKW_DATA_DIR einen anderen Datenordner. Sperrdatei: ${lockFile}`,
    );
    this.name = 'DataFolderLockedError';
  }
}

export function lockFilePath(dataDir: string): string {
  return path.join(dataDir, 'launcher.lock');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock of a running launcher, or undefined when none holds the folder (stale locks are ignored). */
export function findRunningLauncher(dataDir: string): LauncherLock | undefined {
  const file = lockFilePath(dataDir);
  try {
    const lock = JSON.parse(fs.readFileSync(file, 'utf8')) as LauncherLock;
    return isAlive(lock.pid) ? lock : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the data folder for this process. Throws DataFolderLockedError when a live process holds it. */
export function acquireDataFolder(dataDir: string): { update(url: string): void; release(): void } {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockFilePath(dataDir);
  const lock: LauncherLock = { pid: process.pid, url: null, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(lock), { flag: 'wx' });
      return {
        update(url: string) {
          lock.url = url;
          fs.writeFileSync(file, JSON.stringify(lock));
        },
        release() {
          try {
            const current = JSON.parse(fs.readFileSync(file, 'utf8')) as LauncherLock;
            if (current.pid === process.pid) fs.unlinkSync(file);
          } catch {
            // already gone
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = findRunningLauncher(dataDir);
      if (holder) throw new DataFolderLockedError(file, holder);
      // A crashed launcher left its lock behind: the process is gone, so the folder is free.
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Sperrdatei ${file} konnte nicht angelegt werden.`);
}

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite on `dataDir` (or in memory when dataDir is undefined) behind a
 * wire-protocol server on a free loopback port. maxConnections must cover every
 * pool that connects (app, scripts); extra clients are refused by the server.
 */
export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  port?: number;
  maxConnections?: number;
}): Promise<EmbeddedPostgres> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const pg = await PGlite.create(options.dataDir ?? 'memory://');
  pinExtendedProtocolBatches(pg as unknown as PinnablePGlite);
  const server = new PGLiteSocketServer({
    db: pg,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? 40,
  });
  await server.start();
  const url = `postgres://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  return {
    url,
    async stop() {
      await server.stop();
      await pg.close();
    },
  };
}

/*
 * pglite-socket 0.2.17 multiplexes all connections onto PGlite's single session,
 * message by message, and keeps one connection's messages together only inside a
 * transaction. An extended-protocol query (Parse/Bind/Describe/Execute/Sync, which
 * `pg` sends for every parameterised query) is not a transaction, so two pool
 * connections querying at once interleave: B's Parse replaces the unnamed statement
 * between A's Parse and A's Bind, and A fails or, worse, reads B's rows. The app
 * runs queries in parallel (Promise.all), so this must hold in production too.
 *
 * The server's queue already pins the current connection while isInTransaction()
 * is true; we also report "in transaction" from the first message of an
 * extended-protocol batch until its Sync, so each batch runs as one unit.
 * (Upstream: electric-sql/pglite issue 1046.) Remove when pglite-socket pins batches.
 */
interface PinnablePGlite {
  isInTransaction(): boolean;
  execProtocolRawStream(message: Uint8Array, options?: unknown): Promise<unknown>;
}

const BATCH_MESSAGES = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));
const BATCH_END = new Set(['S', 'Q', 'X'].map((c) => c.charCodeAt(0)));

function pinExtendedProtocolBatches(pg: PinnablePGlite): void {
  let isBatchOpen = false;
  const isInTransaction = pg.isInTransaction.bind(pg);
  const execProtocolRawStream = pg.execProtocolRawStream.bind(pg);
  pg.isInTransaction = () => isInTransaction() || isBatchOpen;
  pg.execProtocolRawStream = async (message, options) => {
    const type = message[0];
    try {
      return await execProtocolRawStream(message, options);
    } finally {
      if (type !== undefined && BATCH_MESSAGES.has(type)) isBatchOpen = true;
      else if (type !== undefined && BATCH_END.has(type)) isBatchOpen = false;
    }
  };
}
