import { sql } from 'kysely';
import type { Db } from '../../db/client';

/* The Geltungsbereich: which of the district's facilities a concept covers. */

export async function insertConceptFacilities(db: Db, { conceptId, facilityIds }: { conceptId: string; facilityIds: string[] }) {
  if (facilityIds.length === 0) return;
  await db
    .insertInto('concept_facilities')
    .values(facilityIds.map((facility_id) => ({ concept_id: conceptId, facility_id })))
    .execute();
}

export async function listConceptFacilities(db: Db, { districtId, conceptId }: { districtId: string; conceptId: string }) {
  return db
    .selectFrom('concept_facilities')
    .innerJoin('facilities', 'facilities.id', 'concept_facilities.facility_id')
    .select(['facilities.id', 'facilities.name', 'facilities.capacity'])
    .where('concept_facilities.concept_id', '=', conceptId)
    .where('facilities.district_id', '=', districtId)
    .orderBy('facilities.name')
    .execute();
}

export async function countDistrictFacilities(db: Db, { districtId, facilityIds }: { districtId: string; facilityIds: string[] }) {
  if (facilityIds.length === 0) return 0;
  const row = await db
    .selectFrom('facilities')
    .select(sql<string>`count(*)`.as('n'))
    .where('district_id', '=', districtId)
    .where('id', 'in', facilityIds)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function removeConceptFacilities(db: Db, { conceptId, facilityIds }: { conceptId: string; facilityIds: string[] }) {
  if (facilityIds.length === 0) return;
  await db.deleteFrom('concept_facilities').where('concept_id', '=', conceptId).where('facility_id', 'in', facilityIds).execute();
}

/** Concepts whose scope includes the facility, for telling why it cannot be deleted. */
export async function listConceptsCoveringFacility(db: Db, { districtId, facilityId }: { districtId: string; facilityId: string }) {
  return db
    .selectFrom('concept_facilities')
    .innerJoin('concepts', 'concepts.id', 'concept_facilities.concept_id')
    .select(['concepts.id', 'concepts.title'])
    .where('concept_facilities.facility_id', '=', facilityId)
    .where('concepts.district_id', '=', districtId)
    .orderBy('concepts.title')
    .execute();
}

export async function copyConceptFacilities(db: Db, { fromConceptId, toConceptId }: { fromConceptId: string; toConceptId: string }) {
  await db
    .insertInto('concept_facilities')
    .columns(['concept_id', 'facility_id'])
    .expression((eb) =>
      eb.selectFrom('concept_facilities').select([sql<string>`${toConceptId}::uuid`.as('concept_id'), 'facility_id']).where('concept_id', '=', fromConceptId),
    )
    .execute();
}
