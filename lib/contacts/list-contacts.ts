import { getDb } from '../../db/client';
import { canInDistrict, type Actor } from '../access';
import { loadDistrict, type DistrictHeader } from '../districts/load-district';
import { AppError } from '../errors';
import { parseId } from '../shared/schemas';
import { compareCategories } from './categories';
import { ensureNationwideContacts } from './ensure-nationwide-contacts';
import { findContact, listDistrictContacts, type Contact } from './queries';

/** The district's contact directory page. */
export interface ContactDirectory {
  district: DistrictHeader;
  /** By category (see CONTACT_CATEGORY_LABELS) and organisation. */
  contacts: Contact[];
  /** Whether the actor may add, change, verify and delete entries (the coordination). */
  canEdit: boolean;
}

/** The page of one contact (its form). */
export interface ContactPage {
  district: DistrictHeader;
  contact: Contact;
}

/**
 * The district's contact directory, by category and organisation. On first view the
 * nationwide numbers are prefilled. Members of the district and its assigned advisors
 * ('district.data.read'); anyone else gets not_found.
 */
export async function getContactDirectory(actor: Actor, districtId: unknown): Promise<ContactDirectory> {
  const db = getDb();
  const district = await loadDistrict(db, actor, districtId, 'district.data.read');
  await ensureNationwideContacts(db, district.id);
  const contacts = await listDistrictContacts(db, { districtId: district.id });
  return {
    district,
    contacts: contacts.sort((a, b) => compareCategories(a.category, b.category) || a.organisation.localeCompare(b.organisation, 'de')),
    canEdit: canInDistrict(actor, 'district.data.edit', district.id),
  };
}

/** One contact of the district. Same readers as the directory; another district's contact is not_found. */
export async function getContact(actor: Actor, input: { districtId: unknown; contactId: unknown }): Promise<ContactPage> {
  const db = getDb();
  const contactId = parseId(input.contactId);
  const district = await loadDistrict(db, actor, input.districtId, 'district.data.read');
  const contact = await findContact(db, { districtId: district.id, contactId });
  if (!contact) throw new AppError('not_found');
  return { district, contact };
}
