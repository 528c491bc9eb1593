import { getDb } from '../../db/client';
import type { Actor } from '../access';
import { buildFieldValues, formatFieldDate } from '../concepts/field-values';
import { listConceptFacilities, listCoordinatorNames } from '../concepts/queries';
import { loadConcept } from '../concepts/load-concept';
import { AppError } from '../errors';
import type { TiptapDoc } from '../editor/types';
import { flattenSections, legalReferencesFor } from '../templates';
import { findRevision, findSectionByKey } from './queries';

export const EMPTY_DOC: TiptapDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

/**
 * Everything the section page needs: the template's guidance, the current text
 * and its revision number (the base for the next save), the checklist, the
 * neighbours for previous/next, the current values of the data fields (shown
 * live in the text) and today's date for `{{today}}` in text blocks.
 * Anyone with concept.read; `canEdit` says whether saving is allowed.
 */
export async function getSectionForEditing(actor: Actor, conceptId: unknown, sectionKey: unknown) {
  const db = getDb();
  const { concept, district, template, can } = await loadConcept(db, actor, conceptId);
  const flat = flattenSections(template);
  const index = flat.findIndex((f) => f.key === sectionKey);
  const current = flat[index];
  if (!current) throw new AppError('not_found');
  const section = await findSectionByKey(db, { conceptId: concept.id, key: current.key });
  if (!section) throw new AppError('not_found');
  const [head, facilities, coordinatorNames] = await Promise.all([
    section.head_revision > 0 ? findRevision(db, { sectionId: section.id, number: section.head_revision }) : undefined,
    listConceptFacilities(db, { districtId: district.id, conceptId: concept.id }),
    listCoordinatorNames(db, { districtId: district.id }),
  ]);
  const neighbour = (f: (typeof flat)[number] | undefined) => (f ? { key: f.key, number: f.number, title: f.title } : null);
  return {
    concept: { id: concept.id, title: concept.title, status: concept.status },
    district: { id: district.id, name: district.name },
    section: {
      id: section.id,
      key: section.key,
      number: current.number,
      title: current.title,
      status: section.status,
      headRevision: section.head_revision,
      content: (head?.content as unknown as TiptapDoc | undefined) ?? EMPTY_DOC,
      savedAt: head?.created_at ?? null,
      savedBy: head?.author_name ?? null,
      checklist: current.section.checklist.map((item) => ({ ...item, isDone: Boolean(section.checklist[item.key]) })),
    },
    guidance: {
      purpose: current.section.purpose,
      guidance: current.section.guidance,
      questions: current.section.questions,
      textBlocks: current.section.textBlocks,
      standards: current.section.standards,
      annexes: current.section.annexes,
      isRequired: current.section.required,
      legalReferences: legalReferencesFor(template, current.section),
    },
    fieldValues: buildFieldValues({ district, concept, coordinatorNames, facilities, now: new Date() }),
    today: formatFieldDate(new Date()),
    previous: neighbour(flat[index - 1]),
    next: neighbour(flat[index + 1]),
    canEdit: can['section.edit'],
    can,
  };
}
