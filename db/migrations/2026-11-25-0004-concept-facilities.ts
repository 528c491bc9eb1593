import type { Kysely } from 'kysely';

// Frozen once shipped. Which accommodations a concept covers (its Geltungsbereich).

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('concept_facilities')
    .addColumn('concept_id', 'uuid', (c) => c.notNull().references('concepts.id').onDelete('cascade'))
    .addColumn('facility_id', 'uuid', (c) => c.notNull().references('facilities.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('concept_facilities_pk', ['concept_id', 'facility_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('concept_facilities').ifExists().execute();
}
