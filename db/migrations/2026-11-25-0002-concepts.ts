import { sql, type Kysely } from 'kysely';

// Frozen once shipped. Concepts, their sections (one per template section) and the
// immutable revision history of every section.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('concepts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('district_id', 'uuid', (c) => c.notNull().references('districts.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('template_id', 'text', (c) => c.notNull())
    .addColumn('template_version', 'text', (c) => c.notNull())
    .addColumn('responsible', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('draft').check(sql`status in ('draft', 'in_review', 'adopted', 'archived')`),
    )
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('concepts_district_idx').on('concepts').column('district_id').execute();

  await db.schema
    .createTable('sections')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('concept_id', 'uuid', (c) => c.notNull().references('concepts.id').onDelete('cascade'))
    .addColumn('district_id', 'uuid', (c) => c.notNull().references('districts.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('empty').check(sql`status in ('empty', 'in_progress', 'done')`),
    )
    // Ticked checklist items: { "<itemKey>": { "by": "<userId>", "at": "<iso>" } }.
    .addColumn('checklist', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('head_revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('sections_concept_key_unique', ['concept_id', 'key'])
    .execute();

  await db.schema
    .createTable('section_revisions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('section_id', 'uuid', (c) => c.notNull().references('sections.id').onDelete('cascade'))
    .addColumn('district_id', 'uuid', (c) => c.notNull().references('districts.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('text_chars', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('template', 'edit', 'restore', 'seed')`))
    .addColumn('restored_from', 'integer')
    .addColumn('schema_version', 'text', (c) => c.notNull())
    .addColumn('author_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // The backstop against lost updates: two saves can never both become revision n.
    .addUniqueConstraint('section_revisions_number_unique', ['section_id', 'number'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['section_revisions', 'sections', 'concepts']) await db.schema.dropTable(table).ifExists().execute();
}
