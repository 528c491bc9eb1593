import { sql, type Kysely } from 'kysely';

// Frozen once shipped. SQL here must run on Postgres 15 (Debian) and on PGlite (Postgres 18).
// - districts.is_active: a deactivated district keeps all its data, but nobody works in it.
// - notifications: per-user messages in the app (no e-mail). `kind` has no check on purpose:
//   new kinds come with features, and an unknown kind must never block the feature's transaction.
// - member_invitations: adding a person by e-mail invites them; the membership exists only once the
//   account holder accepts, so a coordinator learns nothing about accounts of other districts.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('districts')
    .addColumn('is_active', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('district_id', 'uuid', (c) => c.references('districts.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('actor_user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('read_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['user_id', 'read_at', 'created_at'])
    .execute();

  await db.schema
    .createTable('member_invitations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('district_id', 'uuid', (c) => c.notNull().references('districts.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // As typed by the inviting person: the district never sees the name an existing account carries.
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('coordinator', 'editor')`))
    .addColumn('invited_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('open').check(sql`status in ('open', 'accepted', 'declined', 'withdrawn')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('responded_at', 'timestamptz')
    .execute();
  // One open invitation per person and district; two coordinators inviting at once get one.
  await sql`create unique index member_invitations_open_unique on member_invitations (district_id, user_id) where status = 'open'`.execute(
    db,
  );
  await db.schema.createIndex('member_invitations_user_idx').on('member_invitations').columns(['user_id', 'status']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('member_invitations').ifExists().execute();
  await db.schema.dropTable('notifications').ifExists().execute();
  await db.schema.alterTable('districts').dropColumn('is_active').execute();
}
