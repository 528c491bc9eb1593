import { z } from 'zod';
import { getDb } from '../../db/client';
import { BUNDESLAENDER, DISTRICT_KINDS } from '../../db/types';
import { assertPlatform, type Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { AppError } from '../errors';
import { parseInput } from '../shared/action-result';
import { isUniqueViolation } from '../shared/db-errors';
import { plainText } from '../shared/schemas';
import { findDistrictByName, insertDistrict } from './queries';

export const createDistrictSchema = z.object({
  name: plainText()
    .min(3, 'Bitte geben Sie den Namen der Kommune ein (mindestens drei Zeichen).')
    .max(120, 'Der Name darf höchstens 120 Zeichen lang sein.'),
  kind: z.enum(DISTRICT_KINDS, { error: 'Bitte wählen Sie die Art der Gebietskörperschaft.' }),
  state: z.enum(BUNDESLAENDER, { error: 'Bitte wählen Sie ein Bundesland.' }),
});

/**
 * Creates a district (Kommune). Platform administrators only.
 * Throws forbidden, invalid_input (also for a name already taken).
 */
export async function createDistrict(actor: Actor, input: unknown) {
  assertPlatform(actor, 'district.manage');
  const values = parseInput(createDistrictSchema, input);
  const nameTaken = () =>
    new AppError('invalid_input', 'Eine Kommune mit diesem Namen gibt es bereits.', {
      fields: { name: 'Dieser Name ist bereits vergeben.' },
    });
  return getDb()
    .transaction()
    .execute(async (trx) => {
      if (await findDistrictByName(trx, { name: values.name })) throw nameTaken();
      const district = await insertDistrict(trx, values);
      await insertAuditEntry(trx, {
        actorUserId: actor.userId,
        districtId: district.id,
        action: 'district.create',
        objectType: 'district',
        objectId: district.id,
        details: { name: district.name },
      });
      return district;
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error, 'districts_name_unique') ? nameTaken() : error;
    });
}
