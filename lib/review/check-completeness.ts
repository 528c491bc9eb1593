import { getDb } from '../../db/client';
import type { Actor } from '../access';
import { loadConcept } from '../concepts/load-concept';
import { buildFieldValues } from '../concepts/field-values';
import { listConceptFacilities, listCoordinatorNames } from '../concepts/queries';
import { resolveDataFields } from '../editor/data-fields';
import { docToPlainText, isEmptyDoc } from '../editor/text';
import type { TiptapDoc } from '../editor/types';
import { listSectionHeads } from '../export/queries';
import { listConceptSections } from '../sections/queries';
import { flattenSections } from '../templates';

export type Finding =
  | { kind: 'empty_required'; sectionKey: string; sectionNumber: string; sectionTitle: string }
  | { kind: 'placeholder'; sectionKey: string; sectionNumber: string; sectionTitle: string; placeholders: string[] }
  | { kind: 'unticked'; sectionKey: string; sectionNumber: string; sectionTitle: string; items: Array<{ key: string; text: string; level: string }> };

/** „[Name der Kommune]“, „[…]“, „[Datum]“: bracketed gaps a template or a colleague left to fill in. */
const PLACEHOLDER = /\[(?:…|\.\.\.|[^[\]\n]{1,80})\]/g;

/** Placeholders left in a text, each once, in order of appearance. */
export function findLeftoverPlaceholders(text: string): string[] {
  return [...new Set(text.match(PLACEHOLDER) ?? [])];
}

/**
 * The check before submitting (and, with more checks to come, before adopting): required
 * sections without text, leftover „[…]“ placeholders and requirements not yet ticked, each
 * pointing to the section where it is fixed. Findings do not block: the coordinator may submit
 * anyway. Anyone who may read the concept. Throws not_found.
 */
export async function checkConceptCompleteness(actor: Actor, conceptId: unknown) {
  const db = getDb();
  const { concept, district, template } = await loadConcept(db, actor, conceptId);
  const ids = { districtId: district.id, conceptId: concept.id };
  const [heads, rows, facilities, coordinatorNames] = await Promise.all([
    listSectionHeads(db, ids),
    listConceptSections(db, ids),
    listConceptFacilities(db, ids),
    listCoordinatorNames(db, { districtId: district.id }),
  ]);
  // A data field without a value prints as its hint („[verantwortliche Stelle]“): that is a gap too.
  const fieldValues = buildFieldValues({ district, concept, coordinatorNames, facilities, now: new Date() });
  const contentByKey = new Map(heads.map((h) => [h.key, h.content as unknown as TiptapDoc | null]));
  const checklistByKey = new Map(rows.map((r) => [r.key, r.checklist]));
  const findings: Finding[] = [];
  for (const flat of flattenSections(template)) {
    const where = { sectionKey: flat.key, sectionNumber: flat.number, sectionTitle: flat.title };
    const content = contentByKey.get(flat.key);
    const isEmpty = !content || isEmptyDoc(content);
    if (isEmpty && flat.section.required) findings.push({ kind: 'empty_required', ...where });
    if (!isEmpty) {
      const placeholders = findLeftoverPlaceholders(docToPlainText(resolveDataFields(content!, fieldValues)));
      if (placeholders.length > 0) findings.push({ kind: 'placeholder', ...where, placeholders });
    }
    const ticked = checklistByKey.get(flat.key) ?? {};
    const open = flat.section.checklist.filter((item) => !ticked[item.key]);
    if (open.length > 0) findings.push({ kind: 'unticked', ...where, items: open.map((i) => ({ key: i.key, text: i.text, level: i.level })) });
  }
  return {
    concept: { id: concept.id, title: concept.title, status: concept.status },
    district: { id: district.id, name: district.name },
    findings,
    counts: {
      emptyRequired: findings.filter((f) => f.kind === 'empty_required').length,
      placeholders: findings.filter((f) => f.kind === 'placeholder').reduce((n, f) => n + (f.kind === 'placeholder' ? f.placeholders.length : 0), 0),
      unticked: findings.filter((f) => f.kind === 'unticked').reduce((n, f) => n + (f.kind === 'unticked' ? f.items.length : 0), 0),
    },
  };
}
