import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { NewDistrict } from '../../db/types';

const DISTRICT_COLUMNS = ['id', 'name', 'kind', 'state', 'created_at'] as const;

export async function insertDistrict(db: Db, values: NewDistrict) {
  return db.insertInto('districts').values(values).returning(DISTRICT_COLUMNS).executeTakeFirstOrThrow();
}

export async function findDistrict(db: Db, { districtId }: { districtId: string }) {
  return db.selectFrom('districts').select(DISTRICT_COLUMNS).where('id', '=', districtId).executeTakeFirst();
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
