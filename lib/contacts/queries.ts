import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { ContactCategory } from '../../db/schema-district-data';
import type { ContactValues } from './schemas';

/** One entry of the district's contact directory (organisations and services, no residents). */
export interface Contact {
  id: string;
  districtId: string;
  category: ContactCategory;
  organisation: string;
  phone: string | null;
  hours: string | null;
  languages: string | null;
  address: string | null;
  note: string | null;
  /** 'YYYY-MM-DD' or null (never verified). */
  lastVerifiedOn: string | null;
  isNationwide: boolean;
  updatedAt: Date;
  updatedByName: string | null;
}

function baseQuery(db: Db, districtId: string) {
  return db
    .selectFrom('contacts')
    .leftJoin('users', 'users.id', 'contacts.updated_by')
    .select([
      'contacts.id',
      'contacts.district_id as districtId',
      'contacts.category',
      'contacts.organisation',
      'contacts.phone',
      'contacts.hours',
      'contacts.languages',
      'contacts.address',
      'contacts.note',
      sql<string | null>`to_char(contacts.last_verified_on, 'YYYY-MM-DD')`.as('lastVerifiedOn'),
      'contacts.is_nationwide as isNationwide',
      'contacts.updated_at as updatedAt',
      'users.display_name as updatedByName',
    ])
    .where('contacts.district_id', '=', districtId);
}

/** Sorted by organisation; the use case orders the categories. */
export async function listDistrictContacts(db: Db, { districtId }: { districtId: string }): Promise<Contact[]> {
  return baseQuery(db, districtId).orderBy('contacts.organisation').execute();
}

/** Scoped by district: another district's contact id finds nothing. */
export async function findContact(db: Db, { districtId, contactId }: { districtId: string; contactId: string }): Promise<Contact | undefined> {
  return baseQuery(db, districtId).where('contacts.id', '=', contactId).executeTakeFirst();
}

export async function lockContact(db: Db, { districtId, contactId }: { districtId: string; contactId: string }) {
  return db
    .selectFrom('contacts')
    .select(['id', 'organisation'])
    .where('district_id', '=', districtId)
    .where('id', '=', contactId)
    .forUpdate()
    .executeTakeFirst();
}

function toColumns(values: ContactValues) {
  return {
    category: values.category,
    organisation: values.organisation,
    phone: values.phone,
    hours: values.hours,
    languages: values.languages,
    address: values.address,
    note: values.note,
    last_verified_on: values.lastVerifiedOn,
    is_nationwide: values.isNationwide,
  };
}

export async function insertContact(db: Db, { districtId, userId, values }: { districtId: string; userId: string | null; values: ContactValues }) {
  const row = await db
    .insertInto('contacts')
    .values({ ...toColumns(values), district_id: districtId, updated_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateContact(
  db: Db,
  { districtId, contactId, userId, values }: { districtId: string; contactId: string; userId: string; values: ContactValues },
) {
  await db
    .updateTable('contacts')
    .set({ ...toColumns(values), updated_by: userId, updated_at: sql<Date>`now()` })
    .where('district_id', '=', districtId)
    .where('id', '=', contactId)
    .execute();
}

export async function setContactVerifiedOn(
  db: Db,
  { districtId, contactId, userId, date }: { districtId: string; contactId: string; userId: string; date: string },
) {
  await db
    .updateTable('contacts')
    .set({ last_verified_on: date, updated_by: userId, updated_at: sql<Date>`now()` })
    .where('district_id', '=', districtId)
    .where('id', '=', contactId)
    .execute();
}

/** Returns the deleted contact's organisation, or undefined if it is not in this district. */
export async function deleteContactRecord(db: Db, { districtId, contactId }: { districtId: string; contactId: string }) {
  const row = await db
    .deleteFrom('contacts')
    .where('district_id', '=', districtId)
    .where('id', '=', contactId)
    .returning('organisation')
    .executeTakeFirst();
  return row?.organisation;
}

export async function hasNationwideContact(db: Db, { districtId }: { districtId: string }): Promise<boolean> {
  const row = await db
    .selectFrom('contacts')
    .select('id')
    .where('district_id', '=', districtId)
    .where('is_nationwide', '=', true)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Inserts prefilled nationwide numbers; a number the district already has (same
 * key) is skipped by the unique index, so concurrent prefills insert each once.
 * Returns the ids actually inserted.
 */
export async function insertNationwideContacts(
  db: Db,
  { districtId, contacts }: { districtId: string; contacts: ReadonlyArray<ContactValues & { key: string }> },
): Promise<string[]> {
  if (contacts.length === 0) return [];
  const rows = await db
    .insertInto('contacts')
    .values(contacts.map(({ key, ...values }) => ({ ...toColumns(values), district_id: districtId, nationwide_key: key })))
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
