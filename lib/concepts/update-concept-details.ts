import { z } from 'zod';
import { getDb } from '../../db/client';
import type { Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { AppError } from '../errors';
import { parseInput } from '../shared/action-result';
import { isForeignKeyViolation } from '../shared/db-errors';
import { idSchema } from '../shared/schemas';
import { conceptDetailsFields } from './create-concept';
import { loadConcept } from './load-concept';
import { updateConceptDetails as updateDetailsRow } from './queries';
import { countDistrictFacilities, insertConceptFacilities, listConceptFacilities, removeConceptFacilities } from './scope-queries';

export const updateConceptDetailsSchema = z.object({
  conceptId: idSchema,
  ...conceptDetailsFields,
  /**
   * What the form showed when it was opened. Only what the user changed against it is applied, so
   * two coordinators editing different details at once both keep their change; the same detail
   * changed differently by both is a conflict.
   */
  shown: z.object({ title: z.string(), responsible: z.string(), facilityIds: z.array(idSchema).max(200).default([]) }),
});

export interface ConceptDetailsResult {
  /** false when the form changed nothing (nothing stored, nothing logged). */
  changed: boolean;
}

const FACILITY_GONE = 'Eine ausgewählte Unterkunft wurde inzwischen gelöscht. Bitte laden Sie die Seite neu und wählen Sie erneut.';

/**
 * Changes a concept's title, responsible body and scope (the facilities it covers). Coordinators
 * of the concept's district, while the concept is not adopted. The concept row is locked, and only
 * the details the user changed against what the form showed are applied (see `shown`). Audited
 * with what changed. Throws not_found (unknown concept, another district), forbidden,
 * invalid_input (bad values, a facility of another district or one deleted meanwhile), conflict
 * (someone else changed the same detail since the form was opened).
 */
export async function updateConceptDetails(actor: Actor, input: unknown): Promise<ConceptDetailsResult> {
  const values = parseInput(updateConceptDetailsSchema, input);
  const wanted = new Set(values.facilityIds);
  const shown = new Set(values.shown.facilityIds);
  const add = [...wanted].filter((id) => !shown.has(id));
  const drop = [...shown].filter((id) => !wanted.has(id));
  try {
    return await getDb()
      .transaction()
      .execute(async (trx) => {
        const { concept } = await loadConcept(trx, actor, values.conceptId, 'concept.manage', { lock: true });
        const districtId = concept.district_id;
        if (add.length > 0 && (await countDistrictFacilities(trx, { districtId, facilityIds: add })) !== add.length) {
          throw new AppError('invalid_input', 'Mindestens eine ausgewählte Unterkunft gehört nicht (mehr) zu dieser Kommune. Bitte laden Sie die Seite neu.');
        }
        const merged = {
          title: mergeText('title', 'Titel', values.shown.title, values.title, concept.title),
          responsible: mergeText('responsible', 'Verantwortliche Stelle', values.shown.responsible, values.responsible, concept.responsible),
        };
        const before = await listConceptFacilities(trx, { districtId, conceptId: concept.id });
        const beforeIds = new Set(before.map((f) => f.id));
        const added = add.filter((id) => !beforeIds.has(id));
        const removed = before.filter((f) => drop.includes(f.id));
        const isChanged = merged.title !== concept.title || merged.responsible !== concept.responsible || added.length > 0 || removed.length > 0;
        if (!isChanged) return { changed: false };

        await updateDetailsRow(trx, { conceptId: concept.id, ...merged });
        await removeConceptFacilities(trx, { conceptId: concept.id, facilityIds: removed.map((f) => f.id) });
        await insertConceptFacilities(trx, { conceptId: concept.id, facilityIds: added });
        const after = await listConceptFacilities(trx, { districtId, conceptId: concept.id });
        await insertAuditEntry(trx, {
          actorUserId: actor.userId,
          districtId,
          action: 'concept.update',
          objectType: 'concept',
          objectId: concept.id,
          details: {
            concept: merged.title,
            ...(concept.title !== merged.title ? { titleFrom: concept.title } : {}),
            ...(concept.responsible !== merged.responsible ? { responsible: { from: concept.responsible, to: merged.responsible } } : {}),
            ...(added.length ? { facilitiesAdded: after.filter((f) => added.includes(f.id)).map((f) => f.name) } : {}),
            ...(removed.length ? { facilitiesRemoved: removed.map((f) => f.name) } : {}),
          },
        });
        return { changed: true };
      });
  } catch (error) {
    // A facility was deleted between the check and the insert: the database refused.
    if (isForeignKeyViolation(error, 'concept_facilities_facility_id_fkey')) throw new AppError('invalid_input', FACILITY_GONE);
    throw error;
  }
}

/** The user's value if they changed it, else the current one; both changed it differently: conflict. */
function mergeText(field: string, label: string, shown: string, mine: string, current: string): string {
  if (mine === shown.trim()) return current;
  if (current !== shown.trim() && current !== mine) {
    throw new AppError(
      'conflict',
      `Jemand anderes hat „${label}“ inzwischen in „${current}“ geändert. Ihre Eingabe „${mine}“ ist noch nicht gespeichert. ` +
        'Bitte laden Sie die Seite neu und tragen Sie sie bei Bedarf erneut ein.',
      { fields: { [field]: `Inzwischen geändert in „${current}“.` } },
    );
  }
  return mine;
}
