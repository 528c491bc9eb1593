import type { Db } from '../../db/client';

/** Returns true when a new assignment was created (false when it already existed). */
export async function insertAssignment(db: Db, { userId, districtId }: { userId: string; districtId: string }) {
  const rows = await db
    .insertInto('advisor_assignments')
    .values({ user_id: userId, district_id: districtId })
    .onConflict((oc) => oc.columns(['user_id', 'district_id']).doNothing())
    .returning('user_id')
    .execute();
  return rows.length > 0;
}

export async function deleteAssignment(db: Db, { userId, districtId }: { userId: string; districtId: string }) {
  const rows = await db
    .deleteFrom('advisor_assignments')
    .where('user_id', '=', userId)
    .where('district_id', '=', districtId)
    .returning('user_id')
    .execute();
  return rows.length > 0;
}
