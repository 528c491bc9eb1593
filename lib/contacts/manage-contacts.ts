import { getDb, type Db } from '../../db/client';
import { assertCan, type Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { AppError } from '../errors';
import { parseInput } from '../shared/action-result';
import { berlinIsoDay } from '../shared/date-format';
import {
  deleteContactRecord,
  findContact,
  insertContact,
  lockContact,
  setContactVerifiedOn,
  updateContact,
  type Contact,
} from './queries';
import { contactRefSchema, contactSchema, type ContactValues } from './schemas';

/**
 * Creates a contact (no id) or updates one (id). Coordinators of the district
 * ('district.data.edit'). The change and its audit entry commit together.
 * Throws not_found (other district, or a contact id of another district),
 * forbidden (editors, advisors), invalid_input (German messages per field).
 */
export async function saveContact(actor: Actor, input: unknown): Promise<Contact> {
  const { districtId, id, ...values } = parseInput(contactSchema, input);
  assertCan(actor, 'district.data.edit', { districtId });
  return getDb()
    .transaction()
    .execute(async (trx) => {
      let contactId = id;
      if (contactId) {
        if (!(await lockContact(trx, { districtId, contactId }))) throw new AppError('not_found');
        const before = (await findContact(trx, { districtId, contactId }))!;
        await updateContact(trx, { districtId, contactId, userId: actor.userId, values });
        await audit(trx, actor, districtId, 'contact.update', contactId, {
          organisation: values.organisation,
          changed: changedFields(before, values),
        });
      } else {
        contactId = await insertContact(trx, { districtId, userId: actor.userId, values });
        await audit(trx, actor, districtId, 'contact.create', contactId, { organisation: values.organisation });
      }
      return (await findContact(trx, { districtId, contactId }))!;
    });
}

/**
 * Records that the coordination checked a contact today (clears the "needs
 * checking" flag for twelve months). Coordinators of the district. Throws
 * not_found, forbidden.
 */
export async function markContactVerified(actor: Actor, input: unknown): Promise<Contact> {
  const { districtId, contactId } = parseInput(contactRefSchema, input);
  assertCan(actor, 'district.data.edit', { districtId });
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const contact = await lockContact(trx, { districtId, contactId });
      if (!contact) throw new AppError('not_found');
      const date = berlinIsoDay();
      await setContactVerifiedOn(trx, { districtId, contactId, userId: actor.userId, date });
      await audit(trx, actor, districtId, 'contact.verify', contactId, { organisation: contact.organisation, date });
      return (await findContact(trx, { districtId, contactId }))!;
    });
}

/** Deletes a contact. Coordinators of the district. Throws not_found, forbidden. */
export async function deleteContact(actor: Actor, input: unknown): Promise<void> {
  const { districtId, contactId } = parseInput(contactRefSchema, input);
  assertCan(actor, 'district.data.edit', { districtId });
  await getDb()
    .transaction()
    .execute(async (trx) => {
      const organisation = await deleteContactRecord(trx, { districtId, contactId });
      if (organisation === undefined) throw new AppError('not_found');
      await audit(trx, actor, districtId, 'contact.delete', contactId, { organisation });
    });
}

/** Which fields changed: the audit trail answers "who changed what" without copying the whole record. */
function changedFields(before: Contact, values: ContactValues): string[] {
  return (Object.keys(values) as (keyof ContactValues)[]).filter((key) => before[key] !== values[key]);
}

function audit(trx: Db, actor: Actor, districtId: string, action: string, contactId: string, details: Record<string, unknown>) {
  return insertAuditEntry(trx, { actorUserId: actor.userId, districtId, action, objectType: 'contact', objectId: contactId, details });
}
