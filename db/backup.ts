import { createHash } from 'node:crypto';
import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { sql } from 'kysely';
import type { Db } from './client';
import { appliedMigrations, migrateTo, migrateToLatest } from './migrate';
import { migrations } from './migrations';

/**
 * Backup and restore of the whole database as a logical dump: one gzip file of JSON lines, the same for the
 * embedded database (PGlite) and a Postgres server.
 *
 * Why not pg_dump: the embedded database is Postgres 18, a Debian server often 15, and pg_dump refuses servers
 * newer than itself; a district running the embedded database has no pg_dump at all. A dump through SQL works
 * everywhere the app works, and restores into either kind of database.
 *
 * File: a header line (format, migrations, time, tables), then lines of up to BATCH rows of one table (tables in
 * foreign-key order, each row as Postgres' own row_to_json, so every type comes back exactly), then a trailer with
 * the row counts and a SHA-256 over all lines before it. A file without a matching trailer is refused.
 * The dump reads one snapshot (REPEATABLE READ), so a running app may keep working meanwhile.
 */
export const BACKUP_FORMAT = 'schutzkonzept-werkstatt-sicherung';
const FORMAT_VERSION = 1;
const BATCH = 500;
/** Kysely's own bookkeeping: the restore recreates it by migrating. */
const SKIPPED_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

interface Header {
  format: string;
  version: number;
  createdAt: string;
  migrations: string[];
  tables: string[];
}
interface Trailer {
  end: true;
  counts: Record<string, number>;
  sha256: string;
}

export class BackupError extends Error {
  override name = 'BackupError';
}

interface ForeignKey {
  table: string;
  column: string;
  references: string;
  referencedColumn: string;
}

async function listTables(db: Db): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  return rows.map((r) => r.name).filter((name) => !SKIPPED_TABLES.has(name));
}

async function listForeignKeys(db: Db): Promise<ForeignKey[]> {
  const { rows } = await sql<ForeignKey>`
    select cl.relname as "table", a.attname as "column", rcl.relname as "references", ra.attname as "referencedColumn"
    from pg_constraint c
    join pg_class cl on cl.oid = c.conrelid
    join pg_namespace n on n.oid = cl.relnamespace
    join pg_class rcl on rcl.oid = c.confrelid
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    join pg_attribute ra on ra.attrelid = c.confrelid and ra.attnum = c.confkey[1]
    where c.contype = 'f' and n.nspname = 'public'`.execute(db);
  return rows;
}

/** Tables so that every referenced table comes before the tables referring to it. */
function inDependencyOrder(tables: string[], keys: ForeignKey[]): string[] {
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const key of keys) if (key.table === table && key.references !== table && tables.includes(key.references)) visit(key.references);
    visiting.delete(table);
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}

/** Rows of a table that refers to itself (a Fortschreibung to its predecessor): referenced rows first. */
function parentsFirst(rows: Array<Record<string, unknown>>, selfKeys: ForeignKey[]): Array<Record<string, unknown>> {
  if (selfKeys.length === 0) return rows;
  const byKey = new Map<unknown, Record<string, unknown>>();
  for (const key of selfKeys) for (const row of rows) byKey.set(`${key.referencedColumn}:${String(row[key.referencedColumn])}`, row);
  const done = new Set<Record<string, unknown>>();
  const result: Array<Record<string, unknown>> = [];
  const place = (row: Record<string, unknown>, depth: number) => {
    if (done.has(row) || depth > rows.length) return;
    for (const key of selfKeys) {
      const parent = row[key.column] == null ? undefined : byKey.get(`${key.referencedColumn}:${String(row[key.column])}`);
      if (parent && parent !== row) place(parent, depth + 1);
    }
    done.add(row);
    result.push(row);
  };
  for (const row of rows) place(row, 0);
  return result;
}

/**
 * Writes a backup of every table to `file` (gzip). Returns the row count per table.
 * The caller chooses the database (embedded, running app or DATABASE_URL).
 */
export async function writeBackup(db: Db, file: string, { now = new Date() }: { now?: Date } = {}): Promise<Record<string, number>> {
  const partial = `${file}.unvollstaendig`;
  const counts: Record<string, number> = {};
  await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      await sql`set transaction read only`.execute(trx);
      const keys = await listForeignKeys(trx);
      const tables = inDependencyOrder(await listTables(trx), keys);
      const header: Header = { format: BACKUP_FORMAT, version: FORMAT_VERSION, createdAt: now.toISOString(), migrations: await appliedMigrations(trx), tables };
      const hash = createHash('sha256');
      async function* lines() {
        const emit = (value: unknown) => {
          const line = `${JSON.stringify(value)}\n`;
          hash.update(line);
          return line;
        };
        yield emit(header);
        for (const table of tables) {
          const { rows } = await sql<{ row: Record<string, unknown> }>`select row_to_json(t) as row from ${sql.table(table)} t`.execute(trx);
          const ordered = parentsFirst(
            rows.map((r) => r.row),
            keys.filter((k) => k.table === table && k.references === table),
          );
          counts[table] = ordered.length;
          for (let i = 0; i < ordered.length; i += BATCH) yield emit({ table, rows: ordered.slice(i, i + BATCH) });
        }
        const trailer: Trailer = { end: true, counts, sha256: hash.digest('hex') };
        yield `${JSON.stringify(trailer)}\n`;
      }
      await pipeline(Readable.from(lines()), zlib.createGzip(), fs.createWriteStream(partial, { mode: 0o600 }));
    });
  // Only a complete file gets the name asked for: an interrupted backup never looks like a good one.
  fs.renameSync(partial, file);
  return counts;
}

async function isEmpty(db: Db, tables: string[]): Promise<boolean> {
  for (const table of tables) {
    const { rows } = await sql<{ found: number }>`select 1 as found from ${sql.table(table)} limit 1`.execute(db);
    if (rows.length > 0) return false;
  }
  return true;
}

/**
 * Restores a backup into `db`. The target must be empty (a new database or data folder), unless `replace` is
 * set: then its data is replaced. Everything happens in one transaction: a damaged file, a failed insert or an
 * interruption leaves the target as it was. Backups of an older version are brought up to date afterwards by
 * the usual migrations; backups of a newer version are refused. Returns the row count per table.
 */
export async function restoreBackup(db: Db, file: string, { replace = false }: { replace?: boolean } = {}): Promise<Record<string, number>> {
  if (!fs.existsSync(file)) throw new BackupError(`Die Sicherungsdatei ${file} gibt es nicht.`);
  const input = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const iterator = input[Symbol.asyncIterator]();
  try {
    const first = await iterator.next().catch(() => ({ done: true as const, value: undefined }));
    const header = first.done ? undefined : (safeJson(first.value) as Header | undefined);
    if (header?.format !== BACKUP_FORMAT) throw new BackupError('Diese Datei ist keine Sicherung der Schutzkonzept-Werkstatt.');
    if (header.version > FORMAT_VERSION) throw new BackupError('Diese Sicherung hat ein neueres Format. Bitte aktualisieren Sie zuerst die Werkstatt.');
    const known = Object.keys(migrations).sort();
    const unknown = header.migrations.filter((name) => !known.includes(name));
    if (unknown.length > 0) {
      throw new BackupError(`Die Sicherung stammt von einer neueren Version der Werkstatt (unbekannter Datenbankstand ${unknown.join(', ')}). Bitte aktualisieren Sie zuerst die Werkstatt.`);
    }
    const backupLevel = header.migrations.at(-1);
    const targetMigrations = await appliedMigrations(db);
    if (targetMigrations.length === 0) {
      if (backupLevel) await migrateTo(db, backupLevel);
    } else if (targetMigrations.join() !== header.migrations.join()) {
      throw new BackupError(
        'Die Zieldatenbank hat einen anderen Datenbankstand als die Sicherung. Stellen Sie in eine leere Datenbank ' +
          '(einen neuen Datenordner oder eine neu angelegte Postgres-Datenbank) wieder her.',
      );
    }
    const tables = await listTables(db);
    const missing = header.tables.filter((table) => !tables.includes(table));
    if (missing.length > 0) throw new BackupError(`Die Zieldatenbank kennt die Tabellen ${missing.join(', ')} nicht.`);
    if (!replace && !(await isEmpty(db, tables))) {
      throw new BackupError(
        'Die Zieldatenbank enthält bereits Daten. Stellen Sie in eine leere Datenbank wieder her, oder ersetzen Sie die Daten ' +
          'ausdrücklich mit --ersetzen (alles, was jetzt darin steht, geht dabei verloren).',
      );
    }

    const counts = await db.transaction().execute(async (trx) => {
      if (replace && tables.length > 0) await sql`truncate table ${sql.join(tables.map((t) => sql.table(t)))}`.execute(trx);
      const hash = createHash('sha256').update(`${first.value}\n`);
      const loaded: Record<string, number> = {};
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        const line = next.value;
        const value = safeJson(line) as { table?: string; rows?: unknown[]; end?: boolean } | undefined;
        if (value?.end) {
          const trailer = value as Trailer;
          const isComplete = header.tables.every((table) => (trailer.counts[table] ?? 0) === (loaded[table] ?? 0));
          if (trailer.sha256 !== hash.digest('hex') || !isComplete) break;
          return trailer.counts;
        }
        hash.update(`${line}\n`);
        if (!value?.table || !Array.isArray(value.rows) || !header.tables.includes(value.table)) break;
        // Postgres turns its own JSON back into rows of the table's types (timestamps, jsonb, uuids …).
        await sql`insert into ${sql.table(value.table)} select * from json_populate_recordset(null::${sql.table(value.table)}, ${JSON.stringify(value.rows)}::json)`.execute(trx);
        loaded[value.table] = (loaded[value.table] ?? 0) + value.rows.length;
      }
      throw new BackupError('Die Sicherungsdatei ist unvollständig oder beschädigt; es wurde nichts verändert.');
    });
    await migrateToLatest(db);
    return counts;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'Z_DATA_ERROR' || (error as NodeJS.ErrnoException).code === 'Z_BUF_ERROR') {
      throw new BackupError('Die Sicherungsdatei ist unvollständig oder beschädigt; es wurde nichts verändert.');
    }
    throw error;
  } finally {
    input.close();
  }
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
