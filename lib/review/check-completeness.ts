import { getDb, type Db } from '../../db/client';
import type { Actor } from '../access';
import { buildFieldValues, type FieldValueInput } from '../concepts/field-values';
import { loadConcept } from '../concepts/load-concept';
import { listCoordinatorNames } from '../concepts/queries';
import { listConceptFacilities } from '../concepts/scope-queries';
import { listDistrictContacts } from '../contacts/queries';
import type { TiptapDoc } from '../editor/types';
import { listSectionHeads } from '../export/queries';
import { listDistrictFacilities } from '../facilities/queries';
import { listConceptSections } from '../sections/queries';
import { flattenSections, type Template } from '../templates';
import { computeFindings, countFindings } from './completeness';

export { findLeftoverPlaceholders, type Finding } from './completeness';

/**
 * The findings of a concept's current text and data. The caller has loaded the concept with
 * permission (pass its transaction to see the same moment as the change it guards).
 */
export async function loadFindings(
  db: Db,
  loaded: { concept: { id: string; title: string; responsible: string }; district: FieldValueInput['district'] & { id: string }; template: Template },
  now = new Date(),
) {
  const ids = { districtId: loaded.district.id, conceptId: loaded.concept.id };
  const [heads, rows, scope, facilities, contacts, coordinatorNames] = await Promise.all([
    listSectionHeads(db, ids),
    listConceptSections(db, ids),
    listConceptFacilities(db, ids),
    listDistrictFacilities(db, { districtId: loaded.district.id }),
    listDistrictContacts(db, { districtId: loaded.district.id }),
    listCoordinatorNames(db, { districtId: loaded.district.id }),
  ]);
  const inScope = new Set(scope.map((f) => f.id));
  const findings = computeFindings({
    flat: flattenSections(loaded.template),
    contents: new Map(heads.map((h) => [h.key, h.content as unknown as TiptapDoc | null])),
    checklists: new Map(rows.map((r) => [r.key, r.checklist])),
    fieldValues: buildFieldValues({ district: loaded.district, concept: loaded.concept, coordinatorNames, facilities: scope, contacts, now }),
    facilities: facilities.filter((f) => inScope.has(f.id)),
    contacts,
    today: now,
  });
  return { findings, counts: countFindings(findings) };
}

/**
 * The Vollständigkeitsprüfung (shown on the concept page, in the export dialog, before submitting
 * and adopting): required sections without text, leftover „[…]“ placeholders (also data fields
 * without a value), typical requirements not yet ticked, contacts not verified for twelve months,
 * and statements about facilities in scope that their records contradict (places, security
 * hours) — each pointing to where it is fixed. Drafts may be exported and submitted anyway;
 * adoption needs the list empty or a recorded reason (adopt-concept.ts). Anyone who may read
 * the concept. Throws not_found.
 */
export async function checkConceptCompleteness(actor: Actor, conceptId: unknown) {
  const db = getDb();
  const loaded = await loadConcept(db, actor, conceptId);
  const { findings, counts } = await loadFindings(db, loaded);
  return {
    concept: { id: loaded.concept.id, title: loaded.concept.title, status: loaded.concept.status },
    district: { id: loaded.district.id, name: loaded.district.name },
    findings,
    counts,
  };
}
