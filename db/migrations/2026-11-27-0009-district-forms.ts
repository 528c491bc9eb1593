import { sql, type Kysely } from 'kysely';

// Frozen once shipped. Text blocks speak German whatever the district's kind:
// - districts.forms: the district's own grammatical forms of its name ({ gender, nom, gen, dat, akk },
//   each with its article), null while the forms derived from name and kind are right;
// - districts.coordination: how the Gewaltschutzkoordination is reached ({ unit, phone, email }),
//   so texts name the office, the number and the address each in its own place;
// - more kinds: Kreis, Städteregion, (kreisangehörige) Stadt, Verbandsgemeinde, Amt.
// Contacts already keep their opening hours (contacts.hours); the nationwide lines get theirs
// where they were prefilled without any, so "rund um die Uhr" is never assumed.

const KINDS_BEFORE = `'Landkreis', 'Region', 'kreisfreie Stadt', 'Gemeinde', 'Samtgemeinde'`;
const KINDS_AFTER = `'Landkreis', 'Kreis', 'Region', 'Städteregion', 'kreisfreie Stadt', 'Stadt', 'Gemeinde', 'Samtgemeinde', 'Verbandsgemeinde', 'Amt'`;

const NATIONWIDE_HOURS: ReadonlyArray<[string, string]> = [
  ['polizei', 'rund um die Uhr'],
  ['notruf', 'rund um die Uhr'],
  ['hilfetelefonFrauen', 'rund um die Uhr'],
  ['hilfetelefonMissbrauch', 'Mo, Mi, Fr 9–14 Uhr; Di, Do 15–20 Uhr'],
  ['hilfetelefonMaenner', 'Mo–Do 8–20 Uhr, Fr 8–15 Uhr'],
  ['nummerGegenKummer', 'Mo–Sa 14–20 Uhr'],
  ['telefonSeelsorge', 'rund um die Uhr'],
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('districts').addColumn('forms', 'jsonb').addColumn('coordination', 'jsonb').execute();
  await sql`alter table districts drop constraint if exists districts_kind_check`.execute(db);
  await sql.raw(`alter table districts add constraint districts_kind_check check (kind in (${KINDS_AFTER}))`).execute(db);
  for (const [key, hours] of NATIONWIDE_HOURS) {
    await sql`update contacts set hours = ${hours} where nationwide_key = ${key} and (hours is null or hours = '')`.execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table districts drop constraint if exists districts_kind_check`.execute(db);
  await sql.raw(`alter table districts add constraint districts_kind_check check (kind in (${KINDS_BEFORE}))`).execute(db);
  await db.schema.alterTable('districts').dropColumn('forms').dropColumn('coordination').execute();
}
