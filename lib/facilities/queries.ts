import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { FacilityType } from '../../db/schema-district-data';
import type { FacilityValues } from './schemas';

/** A facility as the app uses it: counts and organisational facts, never residents' personal data. */
export interface Facility {
  id: string;
  districtId: string;
  name: string;
  address: string | null;
  type: FacilityType;
  capacity: number;
  occupancy: number;
  operator: string | null;
  fteSocialWork: number | null;
  fteManagement: number | null;
  fteCaretaker: number | null;
  fteSecurity: number | null;
  staffWomen: number | null;
  staffMen: number | null;
  hasNightCover: boolean;
  nightCover: string | null;
  hasLockableRooms: boolean;
  hasSeparateSanitary: boolean;
  hasLighting: boolean;
  hasChildFriendlySpace: boolean;
  hasWomensRoom: boolean;
  isBarrierFree: boolean;
  note: string | null;
  updatedAt: Date;
  updatedByName: string | null;
}

const COLUMNS = [
  'facilities.id',
  'facilities.district_id',
  'facilities.name',
  'facilities.address',
  'facilities.type',
  'facilities.capacity',
  'facilities.occupancy',
  'facilities.operator',
  'facilities.fte_social_work',
  'facilities.fte_management',
  'facilities.fte_caretaker',
  'facilities.fte_security',
  'facilities.staff_women',
  'facilities.staff_men',
  'facilities.has_night_cover',
  'facilities.night_cover',
  'facilities.has_lockable_rooms',
  'facilities.has_separate_sanitary',
  'facilities.has_lighting',
  'facilities.has_child_friendly_space',
  'facilities.has_womens_room',
  'facilities.is_barrier_free',
  'facilities.note',
  'facilities.updated_at',
  'users.display_name as updated_by_name',
] as const;

function baseQuery(db: Db, districtId: string) {
  return db
    .selectFrom('facilities')
    .leftJoin('users', 'users.id', 'facilities.updated_by')
    .select(COLUMNS)
    .where('facilities.district_id', '=', districtId);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

const fte = (value: string | null) => (value === null ? null : Number(value));

function toFacility(row: Row): Facility {
  return {
    id: row.id,
    districtId: row.district_id,
    name: row.name,
    address: row.address,
    type: row.type,
    capacity: row.capacity,
    occupancy: row.occupancy,
    operator: row.operator,
    fteSocialWork: fte(row.fte_social_work),
    fteManagement: fte(row.fte_management),
    fteCaretaker: fte(row.fte_caretaker),
    fteSecurity: fte(row.fte_security),
    staffWomen: row.staff_women,
    staffMen: row.staff_men,
    hasNightCover: row.has_night_cover,
    nightCover: row.night_cover,
    hasLockableRooms: row.has_lockable_rooms,
    hasSeparateSanitary: row.has_separate_sanitary,
    hasLighting: row.has_lighting,
    hasChildFriendlySpace: row.has_child_friendly_space,
    hasWomensRoom: row.has_womens_room,
    isBarrierFree: row.is_barrier_free,
    note: row.note,
    updatedAt: row.updated_at,
    updatedByName: row.updated_by_name,
  };
}

export async function listDistrictFacilities(db: Db, { districtId }: { districtId: string }): Promise<Facility[]> {
  const rows = await baseQuery(db, districtId).orderBy('facilities.name').execute();
  return rows.map(toFacility);
}

/** Scoped by district: another district's facility id finds nothing. */
export async function findFacility(db: Db, { districtId, facilityId }: { districtId: string; facilityId: string }) {
  const row = await baseQuery(db, districtId).where('facilities.id', '=', facilityId).executeTakeFirst();
  return row && toFacility(row);
}

/** Locks the row so concurrent edits of one facility apply one after the other. */
export async function lockFacility(db: Db, { districtId, facilityId }: { districtId: string; facilityId: string }) {
  return db
    .selectFrom('facilities')
    .select(['id', 'name'])
    .where('district_id', '=', districtId)
    .where('id', '=', facilityId)
    .forUpdate()
    .executeTakeFirst();
}

function toColumns(values: FacilityValues) {
  return {
    name: values.name,
    address: values.address,
    type: values.type,
    capacity: values.capacity,
    occupancy: values.occupancy,
    operator: values.operator,
    fte_social_work: values.fteSocialWork,
    fte_management: values.fteManagement,
    fte_caretaker: values.fteCaretaker,
    fte_security: values.fteSecurity,
    staff_women: values.staffWomen,
    staff_men: values.staffMen,
    has_night_cover: values.hasNightCover,
    night_cover: values.nightCover,
    has_lockable_rooms: values.hasLockableRooms,
    has_separate_sanitary: values.hasSeparateSanitary,
    has_lighting: values.hasLighting,
    has_child_friendly_space: values.hasChildFriendlySpace,
    has_womens_room: values.hasWomensRoom,
    is_barrier_free: values.isBarrierFree,
    note: values.note,
  };
}

export async function insertFacility(
  db: Db,
  { districtId, userId, values }: { districtId: string; userId: string | null; values: FacilityValues },
) {
  const row = await db
    .insertInto('facilities')
    .values({ ...toColumns(values), district_id: districtId, updated_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateFacility(
  db: Db,
  { districtId, facilityId, userId, values }: { districtId: string; facilityId: string; userId: string; values: FacilityValues },
) {
  await db
    .updateTable('facilities')
    .set({ ...toColumns(values), updated_by: userId, updated_at: sql<Date>`now()` })
    .where('district_id', '=', districtId)
    .where('id', '=', facilityId)
    .execute();
}

/** Returns the deleted facility's name, or undefined if it is not in this district. */
export async function deleteFacilityRecord(db: Db, { districtId, facilityId }: { districtId: string; facilityId: string }) {
  const row = await db
    .deleteFrom('facilities')
    .where('district_id', '=', districtId)
    .where('id', '=', facilityId)
    .returning('name')
    .executeTakeFirst();
  return row?.name;
}

/** Another facility of the district with this name (case-insensitive), if any. */
export async function findFacilityIdByName(db: Db, { districtId, name, exceptId }: { districtId: string; name: string; exceptId?: string }) {
  let query = db
    .selectFrom('facilities')
    .select('id')
    .where('district_id', '=', districtId)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', eb.fn('lower', [eb.val(name)])));
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst())?.id;
}
