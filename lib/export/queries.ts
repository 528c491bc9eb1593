import type { Db } from '../../db/client';

/**
 * The head revision's text of every section of a concept in one query (no query
 * per section). Sections never saved (head 0) come back with content null.
 */
export async function listSectionHeads(db: Db, { districtId, conceptId }: { districtId: string; conceptId: string }) {
  return db
    .selectFrom('sections')
    .leftJoin('section_revisions', (join) =>
      join.onRef('section_revisions.section_id', '=', 'sections.id').onRef('section_revisions.number', '=', 'sections.head_revision'),
    )
    .select(['sections.key', 'sections.head_revision', 'section_revisions.content'])
    .where('sections.concept_id', '=', conceptId)
    .where('sections.district_id', '=', districtId)
    .orderBy('sections.position')
    .execute();
}

/** Ids of the facilities a concept covers (its Geltungsbereich). */
export async function listConceptFacilityIds(db: Db, { districtId, conceptId }: { districtId: string; conceptId: string }) {
  const rows = await db
    .selectFrom('concept_facilities')
    .innerJoin('facilities', 'facilities.id', 'concept_facilities.facility_id')
    .select('facilities.id')
    .where('concept_facilities.concept_id', '=', conceptId)
    .where('facilities.district_id', '=', districtId)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Every concept of every district, for the trusted command line only (`npm run
 * export -- --list`); no use case may hand this to a signed-in user.
 */
export async function listAllConceptsForCli(db: Db) {
  return db
    .selectFrom('concepts')
    .innerJoin('districts', 'districts.id', 'concepts.district_id')
    .select(['concepts.id', 'concepts.title', 'concepts.status', 'concepts.district_id', 'districts.name as district_name'])
    .orderBy('districts.name')
    .orderBy('concepts.title')
    .execute();
}
