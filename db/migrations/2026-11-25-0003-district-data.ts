import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one instead.
// SQL here must run on Postgres 15 (Debian) and on PGlite (Postgres 18).
// District data as records: accommodations (counts only, never residents' personal
// data) and the contact directory. The value lists are repeated here on purpose:
// migrations never import app code.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('facilities')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('district_id', 'uuid', (c) => c.notNull().references('districts.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('type', 'text', (c) =>
      c
        .notNull()
        .check(sql`type in ('Gemeinschaftsunterkunft', 'Notunterkunft', 'Wohnverbund', 'dezentrale Unterbringung')`),
    )
    .addColumn('capacity', 'integer', (c) => c.notNull().check(sql`capacity >= 0`))
    .addColumn('occupancy', 'integer', (c) => c.notNull().check(sql`occupancy >= 0`))
    .addColumn('operator', 'text')
    .addColumn('fte_social_work', sql`numeric(4,1)`, (c) => c.check(sql`fte_social_work >= 0`))
    .addColumn('fte_management', sql`numeric(4,1)`, (c) => c.check(sql`fte_management >= 0`))
    .addColumn('fte_caretaker', sql`numeric(4,1)`, (c) => c.check(sql`fte_caretaker >= 0`))
    .addColumn('fte_security', sql`numeric(4,1)`, (c) => c.check(sql`fte_security >= 0`))
    .addColumn('staff_women', 'integer', (c) => c.check(sql`staff_women >= 0`))
    .addColumn('staff_men', 'integer', (c) => c.check(sql`staff_men >= 0`))
    .addColumn('has_night_cover', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('night_cover', 'text')
    .addColumn('has_lockable_rooms', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('has_separate_sanitary', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('has_lighting', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('has_child_friendly_space', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('has_womens_room', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('is_barrier_free', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  // Two records with the same name would be indistinguishable in the concept's tables.
  await sql`create unique index facilities_district_name_unique on facilities (district_id, lower(name))`.execute(db);

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('district_id', 'uuid', (c) => c.notNull().references('districts.id').onDelete('cascade'))
    .addColumn('category', 'text', (c) =>
      c.notNull().check(
        sql`category in ('polizei', 'notruf', 'jugendamt', 'frauenhaus', 'frauenberatung', 'biss', 'kinderschutzbund',
          'insoweit_erfahrene_fachkraft', 'menschenhandel', 'lsbti', 'psychosoziales_zentrum', 'sozialpsychiatrischer_dienst',
          'gesundheitsamt', 'auslaenderbehoerde', 'gleichstellung', 'migrationsberatung', 'sprachmittlung', 'beschwerdestelle',
          'debug', 'hilfetelefon', 'sonstige')`,
      ),
    )
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('hours', 'text')
    .addColumn('languages', 'text')
    .addColumn('address', 'text')
    .addColumn('note', 'text')
    .addColumn('last_verified_on', 'date')
    .addColumn('is_nationwide', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('nationwide_key', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('contacts_district_idx').on('contacts').columns(['district_id', 'category']).execute();
  // Makes the prefill of nationwide numbers race-safe: concurrent first views insert each number once.
  await sql`create unique index contacts_nationwide_key_unique on contacts (district_id, nationwide_key)
    where nationwide_key is not null`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['contacts', 'facilities']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
