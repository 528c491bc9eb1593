import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import type { Database } from './types';

export type Db = Kysely<Database>;

export interface CreateDbOptions {
  /** Pool size. The embedded server's maxConnections must be at least this. */
  max?: number;
}

export function createDb(connectionString: string, options: CreateDbOptions = {}): Db {
  const pool = new Pool({ connectionString, max: options.max ?? 10, idleTimeoutMillis: 30_000 });
  // An idle client losing its connection (database restarted) must not crash the app.
  pool.on('error', (error) => console.error('[db] Verbindungsfehler im Pool:', error.message));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

const globalForDb = globalThis as unknown as { __skwDb?: Db };

/** The process-wide database handle, configured by DATABASE_URL. */
export function getDb(): Db {
  if (!globalForDb.__skwDb) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error(
        'DATABASE_URL ist nicht gesetzt. Starten Sie die Anwendung mit `npm start` (eingebettete Datenbank) oder setzen Sie DATABASE_URL.',
      );
    }
    globalForDb.__skwDb = createDb(url);
  }
  return globalForDb.__skwDb;
}

/** Closes the process-wide pool (CLI tasks and the launcher after seeding). */
export async function closeDb(): Promise<void> {
  const db = globalForDb.__skwDb;
  globalForDb.__skwDb = undefined;
  await db?.destroy();
}
