import { z } from 'zod';
import { getDb } from '../../db/client';
import { assertCan, type Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { AppError } from '../errors';
import { parseInput } from '../shared/action-result';
import { idSchema } from '../shared/schemas';
import { conceptDetailsFields } from './create-concept';
import {
  countDistrictFacilities,
  findConceptForUpdate,
  insertConceptFacilities,
  listConceptFacilities,
  removeConceptFacilities,
  updateConceptDetails as updateDetailsRow,
} from './queries';

export const updateConceptDetailsSchema = z.object({ conceptId: idSchema, ...conceptDetailsFields });

/**
 * Changes a concept's title, responsible body and scope (the facilities it covers). Coordinators
 * of the concept's district. The concept row is locked, so two coordinators saving at once apply
 * one after the other. Audited with what changed (facilities by name). Throws not_found (unknown
 * concept, another district), forbidden, invalid_input (a facility of another district).
 */
export async function updateConceptDetails(actor: Actor, input: unknown): Promise<void> {
  const values = parseInput(updateConceptDetailsSchema, input);
  const wanted = [...new Set(values.facilityIds)];
  await getDb()
    .transaction()
    .execute(async (trx) => {
      const concept = await findConceptForUpdate(trx, { conceptId: values.conceptId });
      if (!concept) throw new AppError('not_found');
      assertCan(actor, 'concept.manage', { districtId: concept.district_id });
      const districtId = concept.district_id;
      if ((await countDistrictFacilities(trx, { districtId, facilityIds: wanted })) !== wanted.length) {
        throw new AppError('invalid_input', 'Mindestens eine ausgewählte Unterkunft gehört nicht zu dieser Kommune.');
      }
      const before = await listConceptFacilities(trx, { districtId, conceptId: concept.id });
      const beforeIds = new Set(before.map((f) => f.id));
      const added = wanted.filter((id) => !beforeIds.has(id));
      const removed = before.filter((f) => !wanted.includes(f.id));
      await updateDetailsRow(trx, { conceptId: concept.id, title: values.title, responsible: values.responsible });
      await removeConceptFacilities(trx, { conceptId: concept.id, facilityIds: removed.map((f) => f.id) });
      await insertConceptFacilities(trx, { conceptId: concept.id, facilityIds: added });
      const after = await listConceptFacilities(trx, { districtId, conceptId: concept.id });
      const names = (ids: Set<string>) => after.filter((f) => ids.has(f.id)).map((f) => f.name);
      await insertAuditEntry(trx, {
        actorUserId: actor.userId,
        districtId,
        action: 'concept.update',
        objectType: 'concept',
        objectId: concept.id,
        details: {
          ...(concept.title !== values.title ? { title: { from: concept.title, to: values.title } } : {}),
          ...(concept.responsible !== values.responsible ? { responsible: { from: concept.responsible, to: values.responsible } } : {}),
          ...(added.length ? { facilitiesAdded: names(new Set(added)) } : {}),
          ...(removed.length ? { facilitiesRemoved: removed.map((f) => f.name) } : {}),
        },
      });
    });
}
