/**
 * Prints, for every table of the database the CLI would use (DATABASE_URL or the embedded one under
 * SKW_DATA_DIR), the SHA-256 of each row, sorted: two databases with the same output hold the same data.
 * Used by the backup drill (tests/integration/backup-restore.test.ts); run with tsx.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { canonicalJson } from '../../lib/editor/canonical-json';
import { withDatabase } from '../../lib/cli/support/with-database';

withDatabase(async (db) => {
  const result: Record<string, string[]> = {};
  await db.connection().execute(async (connection) => {
    // Timestamps as UTC text on both sides, whatever the server's time zone.
    await sql`set time zone 'UTC'`.execute(connection);
    const { rows: tables } = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'kysely_%' order by table_name`.execute(connection);
    for (const { name } of tables) {
      const { rows } = await sql<{ row: unknown }>`select row_to_json(t) as row from ${sql.table(name)} t`.execute(connection);
      result[name] = rows.map((r) => createHash('sha256').update(canonicalJson(r.row)).digest('hex')).sort();
    }
  });
  process.stdout.write(JSON.stringify(result));
}).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
