/**
 * The queries a concept's access check starts with: the concept (or the concept of a section), its district and
 * whether the district has an active advisor, each in one round trip and built and compiled once
 * (db/compiled-once.ts), since every page, use case and autosave asks them.
 */
import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/client';
import type { Database } from '../../db/types';
import { compiledOnce } from '../../db/compiled-once';
import { SINGLE_CONCEPT_COLUMNS } from './queries';

/**
 * Whether a district has an active DeBUG advisor assigned: what the access rules call `hasAdvisor` (a district without
 * one shares nothing). `districtColumn` names the district of the row the query reads (a concept or a section).
 */
export function districtHasAdvisor<TB extends keyof Database>(
  eb: ExpressionBuilder<Database, TB>,
  districtColumn: TB extends 'concepts' | 'sections' ? `${TB}.district_id` : never,
) {
  // Typed as the concepts' builder for the subquery; the column is checked against the caller's tables above.
  const outer = eb as unknown as ExpressionBuilder<Database, 'concepts'>;
  return outer
    .exists(
      outer
        .selectFrom('advisor_assignments')
        .innerJoin('users', 'users.id', 'advisor_assignments.user_id')
        .select('users.id')
        .whereRef('advisor_assignments.district_id', '=', districtColumn as 'concepts.district_id')
        .where('users.is_active', '=', true)
        .where('users.platform_role', '=', 'advisor'),
    )
    .as('district_has_advisor');
}

/**
 * The concept a section belongs to, share-locked (only the concept row: `FOR SHARE OF concepts`), with whether its
 * district has an active advisor: what a change to a section checks its access with, in one round trip (built and
 * compiled once, db/compiled-once.ts: every autosave asks it). Saves take the share lock so that a submission or an
 * adoption (which lock the row for update) waits for saves already under way and later saves see the new state.
 * Share locks do not block each other, so parallel saves stay parallel.
 */
const conceptOfSectionForShare = compiledOnce((db, { sectionId }: { sectionId: string }) =>
  db
    .selectFrom('sections')
    .innerJoin('concepts', 'concepts.id', 'sections.concept_id')
    .select((eb) => [...SINGLE_CONCEPT_COLUMNS, districtHasAdvisor(eb, 'concepts.district_id')])
    .where('sections.id', '=', sectionId)
    .forShare('concepts'),
);

export async function findConceptOfSectionForShare(db: Db, params: { sectionId: string }) {
  return (await conceptOfSectionForShare(db, params))[0];
}

/** The district's columns as findDistrict reads them, prefixed `district_`. */
const DISTRICT_OF_CONCEPT = [
  'districts.id as district_row_id',
  'districts.name as district_name',
  'districts.kind as district_kind',
  'districts.state as district_state',
  'districts.is_active as district_is_active',
  'districts.forms as district_forms',
  'districts.coordination as district_coordination',
  'districts.created_at as district_created_at',
] as const;

/**
 * A concept with its district and whether the district has an active advisor, in one round trip: what every page
 * and use case of a concept starts with (loadConcept). Built and compiled once (db/compiled-once.ts); with `lock`
 * the concept row (only it) stays locked for update until the transaction ends.
 */
const conceptForAccess = compiledOnce((db, { conceptId }: { conceptId: string }) =>
  db
    .selectFrom('concepts')
    .innerJoin('districts', 'districts.id', 'concepts.district_id')
    .select((eb) => [...SINGLE_CONCEPT_COLUMNS, ...DISTRICT_OF_CONCEPT, districtHasAdvisor(eb, 'concepts.district_id')])
    .where('concepts.id', '=', conceptId),
);
const conceptForAccessLocked = compiledOnce((db, { conceptId }: { conceptId: string }) =>
  db
    .selectFrom('concepts')
    .innerJoin('districts', 'districts.id', 'concepts.district_id')
    .select((eb) => [...SINGLE_CONCEPT_COLUMNS, ...DISTRICT_OF_CONCEPT, districtHasAdvisor(eb, 'concepts.district_id')])
    .where('concepts.id', '=', conceptId)
    .forUpdate('concepts'),
);

export async function findConceptForAccess(db: Db, { conceptId, lock = false }: { conceptId: string; lock?: boolean }) {
  const [row] = await (lock ? conceptForAccessLocked : conceptForAccess)(db, { conceptId });
  if (!row) return undefined;
  const {
    district_row_id: id,
    district_name: name,
    district_kind: kind,
    district_state: state,
    district_is_active: is_active,
    district_forms: forms,
    district_coordination: coordination,
    district_created_at: created_at,
    district_has_advisor: hasAdvisor,
    ...concept
  } = row;
  return { concept, district: { id, name, kind, state, is_active, forms, coordination, created_at }, hasAdvisor: Boolean(hasAdvisor) };
}
