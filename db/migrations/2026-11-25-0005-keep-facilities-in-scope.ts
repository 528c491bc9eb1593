import { sql, type Kysely } from 'kysely';

// Frozen once shipped. A facility that a concept covers can no longer be deleted behind the concept's
// back (it used to drop out of the concept's scope silently): the use case refuses with a German message,
// and the database refuses too.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table concept_facilities drop constraint concept_facilities_facility_id_fkey`.execute(db);
  await sql`alter table concept_facilities add constraint concept_facilities_facility_id_fkey
    foreign key (facility_id) references facilities (id)`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table concept_facilities drop constraint concept_facilities_facility_id_fkey`.execute(db);
  await sql`alter table concept_facilities add constraint concept_facilities_facility_id_fkey
    foreign key (facility_id) references facilities (id) on delete cascade`.execute(db);
}
