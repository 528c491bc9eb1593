import { getDb } from '../../db/client';
import { assertCan, type Actor } from '../access';
import { AppError } from '../errors';
import { parseId } from '../shared/schemas';
import { compareCategories } from './categories';
import { ensureNationwideContacts } from './ensure-nationwide-contacts';
import { findContact, listDistrictContacts, type Contact } from './queries';

/**
 * The district's contact directory, by category (see CONTACT_CATEGORY_LABELS)
 * and organisation. On first view the nationwide numbers are prefilled. Members
 * of the district and its assigned advisors ('district.data.read'); anyone else
 * gets not_found.
 */
export async function listContacts(actor: Actor, rawDistrictId: unknown): Promise<Contact[]> {
  const districtId = parseId(rawDistrictId);
  assertCan(actor, 'district.data.read', { districtId });
  const db = getDb();
  await ensureNationwideContacts(db, districtId);
  const contacts = await listDistrictContacts(db, { districtId });
  return contacts.sort(
    (a, b) => compareCategories(a.category, b.category) || a.organisation.localeCompare(b.organisation, 'de'),
  );
}

/** One contact of the district. Same readers as listContacts; another district's contact is not_found. */
export async function getContact(actor: Actor, input: { districtId: unknown; contactId: unknown }): Promise<Contact> {
  const districtId = parseId(input.districtId);
  const contactId = parseId(input.contactId);
  assertCan(actor, 'district.data.read', { districtId });
  const contact = await findContact(getDb(), { districtId, contactId });
  if (!contact) throw new AppError('not_found');
  return contact;
}
