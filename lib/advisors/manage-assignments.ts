import { z } from 'zod';
import { getDb } from '../../db/client';
import { assertPlatform, type Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { findDistrict } from '../districts/queries';
import { AppError } from '../errors';
import { parseInput } from '../shared/action-result';
import { idSchema } from '../shared/schemas';
import { findUserById } from '../users/queries';
import { deleteAssignment, insertAssignment } from './queries';

export const assignmentSchema = z.object({
  userId: idSchema,
  districtId: idSchema,
});

/**
 * Assigns a DeBUG advisor to a district: from the next request on, the advisor
 * sees that district. Platform administrators only. Throws forbidden, not_found, invalid_input.
 */
export async function assignAdvisor(actor: Actor, input: unknown) {
  assertPlatform(actor, 'assignment.manage');
  const values = parseInput(assignmentSchema, input);
  await getDb()
    .transaction()
    .execute(async (trx) => {
      const [user, district] = [await findUserById(trx, values), await findDistrict(trx, values)];
      if (!user || !district) throw new AppError('not_found');
      if (!district.is_active) {
        throw new AppError('invalid_input', `Die Kommune „${district.name}“ ist deaktiviert. Aktivieren Sie sie zuerst wieder.`);
      }
      if (user.platform_role !== 'advisor') {
        throw new AppError('invalid_input', 'Nur Beratungskonten (DeBUG) können Kommunen zugeordnet werden.');
      }
      const isNew = await insertAssignment(trx, values);
      if (!isNew) return;
      await insertAuditEntry(trx, {
        actorUserId: actor.userId,
        districtId: values.districtId,
        action: 'advisor.assign',
        objectType: 'advisor_assignment',
        objectId: values.userId,
      });
    });
}

/** Ends an advisor's access to a district on their next request. Platform administrators only. */
export async function unassignAdvisor(actor: Actor, input: unknown) {
  assertPlatform(actor, 'assignment.manage');
  const values = parseInput(assignmentSchema, input);
  await getDb()
    .transaction()
    .execute(async (trx) => {
      const removed = await deleteAssignment(trx, values);
      if (!removed) throw new AppError('not_found');
      await insertAuditEntry(trx, {
        actorUserId: actor.userId,
        districtId: values.districtId,
        action: 'advisor.unassign',
        objectType: 'advisor_assignment',
        objectId: values.userId,
      });
    });
}
