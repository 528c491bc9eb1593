import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { Bundesland, CoordinationRecord, DistrictFormsRecord, DistrictKind, NewDistrict } from '../../db/types';

const DISTRICT_COLUMNS = ['id', 'name', 'kind', 'state', 'is_active', 'forms', 'coordination', 'created_at'] as const;

export async function insertDistrict(db: Db, values: NewDistrict) {
  return db.insertInto('districts').values(values).returning(DISTRICT_COLUMNS).executeTakeFirstOrThrow();
}

/** Active or not: callers decide (a deactivated district is not_found for everyone working in it). */
export async function findDistrict(db: Db, { districtId }: { districtId: string }) {
  return db.selectFrom('districts').select(DISTRICT_COLUMNS).where('id', '=', districtId).executeTakeFirst();
}

/** Locks the district row for a change of its name or state. */
export async function findDistrictForUpdate(db: Db, { districtId }: { districtId: string }) {
  return db.selectFrom('districts').select(DISTRICT_COLUMNS).where('id', '=', districtId).forUpdate().executeTakeFirst();
}

export async function updateDistrictValues(
  db: Db,
  { districtId, name, kind, state }: { districtId: string; name: string; kind: DistrictKind; state: Bundesland },
) {
  await db.updateTable('districts').set({ name, kind, state }).where('id', '=', districtId).execute();
}

export async function updateDistrictActive(db: Db, { districtId, isActive }: { districtId: string; isActive: boolean }) {
  await db.updateTable('districts').set({ is_active: isActive }).where('id', '=', districtId).execute();
}

/** How many concepts a district has (a number only: administrators never read concept contents). */
export async function countDistrictConcepts(db: Db, { districtId }: { districtId: string }) {
  const row = await db
    .selectFrom('concepts')
    .select(sql<string>`count(*)`.as('n'))
    .where('district_id', '=', districtId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Deactivated districts the user is a member of or assigned to (they are left out of the user's actor). */
export async function listInactiveDistrictsOfUser(db: Db, { userId }: { userId: string }) {
  return db
    .selectFrom('districts')
    .select(['districts.id', 'districts.name'])
    .where('districts.is_active', '=', false)
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('memberships')
            .select('memberships.user_id')
            .whereRef('memberships.district_id', '=', 'districts.id')
            .where('memberships.user_id', '=', userId),
        ),
        eb.exists(
          eb
            .selectFrom('advisor_assignments')
            .select('advisor_assignments.user_id')
            .whereRef('advisor_assignments.district_id', '=', 'districts.id')
            .where('advisor_assignments.user_id', '=', userId),
        ),
      ]),
    )
    .orderBy('districts.name')
    .execute();
}

export async function findDistrictByName(db: Db, { name }: { name: string }) {
  return db
    .selectFrom('districts')
    .select(DISTRICT_COLUMNS)
    .where(sql<string>`lower(name)`, '=', name.toLowerCase())
    .executeTakeFirst();
}

export async function listDistricts(db: Db, { districtIds }: { districtIds?: string[] } = {}) {
  if (districtIds && districtIds.length === 0) return [];
  let query = db
    .selectFrom('districts')
    .select([
      ...DISTRICT_COLUMNS,
      (eb) =>
        eb
          .selectFrom('memberships')
          .select(sql<string>`count(*)`.as('n'))
          .whereRef('memberships.district_id', '=', 'districts.id')
          .as('member_count'),
      (eb) =>
        eb
          .selectFrom('advisor_assignments')
          .innerJoin('users', 'users.id', 'advisor_assignments.user_id')
          .select(sql<string>`string_agg(users.display_name, ', ' order by users.display_name)`.as('names'))
          .whereRef('advisor_assignments.district_id', '=', 'districts.id')
          .as('advisor_names'),
    ])
    .orderBy('name');
  if (districtIds) query = query.where('id', 'in', districtIds);
  return query.execute();
}

/** The district's own grammatical forms (null: derived) and how its Gewaltschutzkoordination is reached. */
export async function updateDistrictTextData(
  db: Db,
  { districtId, forms, coordination }: { districtId: string; forms: Partial<DistrictFormsRecord> | null; coordination: CoordinationRecord | null },
) {
  await db
    .updateTable('districts')
    .set({ forms: forms ? JSON.stringify(forms) : null, coordination: coordination ? JSON.stringify(coordination) : null })
    .where('id', '=', districtId)
    .execute();
}
