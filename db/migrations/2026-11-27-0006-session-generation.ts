import { sql, type Kysely } from 'kysely';

// Frozen once shipped. Ending all sessions of an account (password change, deactivation, password
// reset) used to compare the sign-in second with a timestamp: a session signed in during the same
// second as the change stayed valid. Now every account counts its session generation; a session
// carries the generation it was signed in with, and every such change moves the counter on.
// Sessions issued before this migration carry no generation and end, so everybody signs in once more.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('session_generation', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('users').dropColumn('sessions_valid_after').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('sessions_valid_after', 'timestamptz', (c) => c.notNull().defaultTo(sql`date_trunc('second', now())`))
    .execute();
  await db.schema.alterTable('users').dropColumn('session_generation').execute();
}
