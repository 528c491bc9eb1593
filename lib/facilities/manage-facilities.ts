import { getDb, type Db } from '../../db/client';
import { assertCan, type Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { AppError } from '../errors';
import { listConceptsCoveringFacility } from '../concepts/scope-queries';
import { parseInput } from '../shared/action-result';
import { isForeignKeyViolation } from '../shared/db-errors';
import {
  deleteFacilityRecord,
  findFacility,
  findFacilityIdByName,
  insertFacility,
  lockFacility,
  updateFacility,
  type Facility,
} from './queries';
import { facilityRefSchema, facilitySchema, type FacilityValues } from './schemas';

const DUPLICATE_NAME = 'In dieser Kommune gibt es bereits eine Unterkunft mit diesem Namen.';

/**
 * Creates a facility (no id) or updates one (id). Coordinators of the district
 * ('district.data.edit'). The change and its audit entry commit together.
 * Throws not_found (other district, or a facility id of another district),
 * forbidden (editors, advisors), invalid_input (German messages per field,
 * including a duplicate name).
 */
export async function saveFacility(actor: Actor, input: unknown): Promise<Facility> {
  const { districtId, id, ...values } = parseInput(facilitySchema, input);
  assertCan(actor, 'district.data.edit', { districtId });
  try {
    return await getDb()
      .transaction()
      .execute(async (trx) => {
        let facilityId = id;
        if (facilityId) {
          if (!(await lockFacility(trx, { districtId, facilityId }))) throw new AppError('not_found');
          const before = (await findFacility(trx, { districtId, facilityId }))!;
          await assertUniqueName(trx, districtId, values.name, facilityId);
          await updateFacility(trx, { districtId, facilityId, userId: actor.userId, values });
          await audit(trx, actor, districtId, 'facility.update', facilityId, { name: values.name, changed: changedFields(before, values) });
        } else {
          await assertUniqueName(trx, districtId, values.name);
          facilityId = await insertFacility(trx, { districtId, userId: actor.userId, values });
          await audit(trx, actor, districtId, 'facility.create', facilityId, { name: values.name });
        }
        return (await findFacility(trx, { districtId, facilityId }))!;
      });
  } catch (error) {
    // Two coordinators creating the same name at once: the unique index decides.
    if (isUniqueViolation(error)) throw duplicateName();
    throw error;
  }
}

/**
 * Deletes a facility. Coordinators of the district. A facility that a concept covers stays: it
 * must first be taken out of the concept's scope („Eckdaten“), so it never drops out of a concept
 * unnoticed. Throws not_found (other district or unknown facility), forbidden, invalid_input
 * (still in a concept's scope, naming the concepts).
 */
export async function deleteFacility(actor: Actor, input: unknown): Promise<void> {
  const { districtId, facilityId } = parseInput(facilityRefSchema, input);
  assertCan(actor, 'district.data.edit', { districtId });
  try {
    await getDb()
      .transaction()
      .execute(async (trx) => {
        const covering = await listConceptsCoveringFacility(trx, { districtId, facilityId });
        if (covering.length > 0) throw stillInScope(covering.map((c) => c.title));
        const name = await deleteFacilityRecord(trx, { districtId, facilityId });
        if (name === undefined) throw new AppError('not_found');
        await audit(trx, actor, districtId, 'facility.delete', facilityId, { name });
      });
  } catch (error) {
    // A concept took the facility into its scope between the check and the delete: the database refused.
    if (isForeignKeyViolation(error, 'concept_facilities_facility_id_fkey')) {
      const covering = await listConceptsCoveringFacility(getDb(), { districtId, facilityId });
      if (covering.length > 0) throw stillInScope(covering.map((c) => c.title));
      throw new AppError('conflict', 'Die Unterkunft wurde gerade einem Konzept zugeordnet oder wieder herausgenommen. Bitte versuchen Sie es erneut.');
    }
    throw error;
  }
}

function stillInScope(titles: string[]) {
  const list = titles.map((t) => `„${t}“`).join(', ');
  return new AppError(
    'invalid_input',
    `Diese Unterkunft gehört zum Geltungsbereich ${titles.length === 1 ? 'des Konzepts' : 'der Konzepte'} ${list}. ` +
      'Nehmen Sie sie dort zuerst heraus (auf der Konzeptseite unter „Eckdaten bearbeiten“); danach können Sie sie löschen.',
  );
}

async function assertUniqueName(trx: Db, districtId: string, name: string, exceptId?: string) {
  if (await findFacilityIdByName(trx, { districtId, name, exceptId })) throw duplicateName();
}

function duplicateName() {
  return new AppError('invalid_input', DUPLICATE_NAME, { fields: { name: DUPLICATE_NAME } });
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/** Which fields changed: the audit trail answers "who changed what" without copying the whole record. */
function changedFields(before: Facility, values: FacilityValues): string[] {
  return (Object.keys(values) as (keyof FacilityValues)[]).filter((key) => before[key] !== values[key]);
}

function audit(trx: Db, actor: Actor, districtId: string, action: string, facilityId: string, details: Record<string, unknown>) {
  return insertAuditEntry(trx, { actorUserId: actor.userId, districtId, action, objectType: 'facility', objectId: facilityId, details });
}
