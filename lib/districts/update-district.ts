import { z } from 'zod';
import { getDb } from '../../db/client';
import { assertPlatform, type Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { AppError } from '../errors';
import { parseInput } from '../shared/action-result';
import { isUniqueViolation } from '../shared/db-errors';
import { idSchema } from '../shared/schemas';
import { createDistrictSchema } from './create-district';
import { findDistrictByName, findDistrictForUpdate, updateDistrictActive, updateDistrictValues } from './queries';

export const updateDistrictSchema = createDistrictSchema.extend({ districtId: idSchema });

const nameTaken = () =>
  new AppError('invalid_input', 'Eine Kommune mit diesem Namen gibt es bereits.', {
    fields: { name: 'Dieser Name ist bereits vergeben.' },
  });

/**
 * Renames a district or corrects its kind or Bundesland (also while deactivated). Platform
 * administrators only. Nothing changed: nothing stored or logged. Throws forbidden, not_found,
 * invalid_input (also for a name another district has).
 */
export async function updateDistrict(actor: Actor, input: unknown) {
  assertPlatform(actor, 'district.manage');
  const values = parseInput(updateDistrictSchema, input);
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const district = await findDistrictForUpdate(trx, values);
      if (!district) throw new AppError('not_found');
      const other = await findDistrictByName(trx, { name: values.name });
      if (other && other.id !== district.id) throw nameTaken();
      const changed = (['name', 'kind', 'state'] as const).filter((key) => district[key] !== values[key]);
      if (changed.length === 0) return { id: district.id, name: district.name, changed };
      await updateDistrictValues(trx, values);
      await insertAuditEntry(trx, {
        actorUserId: actor.userId,
        districtId: district.id,
        action: 'district.update',
        objectType: 'district',
        objectId: district.id,
        details: {
          name: values.name,
          ...(district.name !== values.name ? { nameFrom: district.name } : {}),
          changed,
        },
      });
      return { id: district.id, name: values.name, changed };
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error, 'districts_name_unique') ? nameTaken() : error;
    });
}

export const setDistrictActiveSchema = z.object({
  districtId: idSchema,
  isActive: z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean({ error: 'Ungültiger Status.' })),
});

/**
 * Deactivates or reactivates a district. Deactivating keeps every record (concepts, data,
 * members, audit) but from the next request on nobody works in it: members and advisors no
 * longer get it in their actor, and its pages answer not found, also to administrators.
 * Platform administrators only. Throws forbidden, not_found, invalid_input.
 */
export async function setDistrictActive(actor: Actor, input: unknown) {
  assertPlatform(actor, 'district.manage');
  const values = parseInput(setDistrictActiveSchema, input);
  await getDb()
    .transaction()
    .execute(async (trx) => {
      const district = await findDistrictForUpdate(trx, values);
      if (!district) throw new AppError('not_found');
      if (district.is_active === values.isActive) return;
      await updateDistrictActive(trx, values);
      await insertAuditEntry(trx, {
        actorUserId: actor.userId,
        districtId: district.id,
        action: values.isActive ? 'district.reactivate' : 'district.deactivate',
        objectType: 'district',
        objectId: district.id,
        details: { name: district.name },
      });
    });
}
