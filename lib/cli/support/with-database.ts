import { closeDb, createDb, type Db } from '../../../db/client';
import { DataFolderLockedError, acquireDataFolder, findRunningLauncher, startEmbeddedPostgres } from '../../../db/embedded';
import { migrateToLatest } from '../../../db/migrate';
import { dataDir, pgDataDir } from './paths';

/**
 * Runs a command-line task against the right database: DATABASE_URL when set;
 * otherwise the running launcher's embedded server (the data folder allows one
 * process, so we connect to it rather than open the folder); otherwise the
 * embedded database opened here for the duration of the task.
 */
export async function withDatabase<T>(task: (db: Db, info: { url: string; kind: string }) => Promise<T>): Promise<T> {
  let url = process.env.DATABASE_URL;
  let kind = 'DATABASE_URL';
  let cleanup = async () => {};
  if (!url) {
    const running = findRunningLauncher(dataDir());
    if (running?.url) {
      url = running.url;
      kind = `laufende Instanz (PID ${running.pid})`;
    } else {
      ({ url, kind, close: cleanup } = await openEmbeddedDatabase(40));
    }
  }
  // Use cases called by a task use the process-wide pool; point it at the same database.
  process.env.DATABASE_URL = url;
  const db = createDb(url, { max: 2 });
  try {
    await migrateToLatest(db);
    return await task(db, { url, kind });
  } finally {
    await db.destroy();
    await closeDb();
    await cleanup();
  }
}

/**
 * Opens the embedded database of the data folder for this process alone; `close` stops it and
 * frees the folder. When another process holds the folder, says so and exits.
 */
export async function openEmbeddedDatabase(maxConnections: number): Promise<{ url: string; kind: string; close: () => Promise<void> }> {
  let lock;
  try {
    lock = acquireDataFolder(dataDir());
  } catch (error) {
    if (error instanceof DataFolderLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const embedded = await startEmbeddedPostgres({ dataDir: pgDataDir(), maxConnections });
  lock.update(embedded.url);
  return {
    url: embedded.url,
    kind: `eingebettete Datenbank (${dataDir()})`,
    close: async () => {
      await embedded.stop();
      lock.release();
    },
  };
}
