import { sql, type Kysely } from 'kysely';

// Frozen once shipped. Two more categories in the contact directory, so the Ablaufpläne's most frequent
// „Erreichbarkeit“ cells are filled from it like the others (issue 10, item 4): the management of an accommodation
// with its on-call service („Leitung der Unterkunft bzw. Rufbereitschaft“) and the municipality's accommodation
// administration („Unterbringungsverwaltung“).

const BEFORE = [
  'polizei', 'notruf', 'jugendamt', 'frauenhaus', 'frauenberatung', 'biss', 'kinderschutzbund', 'insoweit_erfahrene_fachkraft',
  'menschenhandel', 'lsbti', 'psychosoziales_zentrum', 'sozialpsychiatrischer_dienst', 'gesundheitsamt', 'auslaenderbehoerde',
  'gleichstellung', 'migrationsberatung', 'sprachmittlung', 'beschwerdestelle', 'debug', 'hilfetelefon', 'sonstige',
];
const AFTER = [...BEFORE, 'leitung_unterkunft', 'unterbringung'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function allow(db: Kysely<any>, categories: string[]): Promise<void> {
  // The check of 0003 has Postgres's name for an unnamed column check.
  await sql`alter table contacts drop constraint contacts_category_check`.execute(db);
  await sql`alter table contacts add constraint contacts_category_check check (category in (${sql.join(categories.map((c) => sql.lit(c)))}))`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await allow(db, AFTER);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql`update contacts set category = 'sonstige' where category in ('leitung_unterkunft', 'unterbringung')`.execute(db);
  await allow(db, BEFORE);
}
