import { getDb } from '../../db/client';
import { decideConcept, districtRelation, type Actor } from '../access';
import { buildFieldValues } from '../concepts/field-values';
import { formatDate } from '../shared/date-format';
import { listCoordinatorNames } from '../concepts/queries';
import { listConceptFacilities } from '../concepts/scope-queries';
import { listDistrictContacts } from '../contacts/queries';
import { loadConcept } from '../concepts/load-concept';
import { AppError } from '../errors';
import type { TiptapDoc } from '../editor/types';
import { listLatestVerdicts } from '../review/queries';
import { flattenSections, legalReferencesFor } from '../templates';
import { findLatestVersion } from '../versions/queries';
import { changedSinceLatestVersion } from '../versions/read-versions';
import { findRevision, findSectionByKey } from './queries';

export const EMPTY_DOC: TiptapDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

/**
 * Everything the section page needs: the template's guidance, the current text
 * and its revision number (the base for the next save), the checklist, the
 * neighbours for previous/next, the current values of the data fields (shown
 * live in the text) and today's date for `{{today}}` in text blocks.
 * the advisor's latest verdict on the section. Anyone who may read the concept;
 * `canEdit` says whether saving is allowed now, `readOnlyReason` why not.
 */
export async function getSectionForEditing(actor: Actor, conceptId: unknown, sectionKey: unknown) {
  const db = getDb();
  const { concept, district, template, can, context } = await loadConcept(db, actor, conceptId);
  const flat = flattenSections(template);
  const index = flat.findIndex((f) => f.key === sectionKey);
  const current = flat[index];
  if (!current) throw new AppError('not_found');
  const section = await findSectionByKey(db, { conceptId: concept.id, key: current.key });
  if (!section) throw new AppError('not_found');
  const ids = { districtId: district.id, conceptId: concept.id };
  const [head, facilities, coordinatorNames, verdicts, latestVersion, contacts] = await Promise.all([
    section.head_revision > 0 ? findRevision(db, { sectionId: section.id, number: section.head_revision }) : undefined,
    listConceptFacilities(db, ids),
    listCoordinatorNames(db, { districtId: district.id }),
    listLatestVerdicts(db, ids),
    findLatestVersion(db, ids),
    listDistrictContacts(db, { districtId: district.id }),
  ]);
  const verdict = verdicts.find((v) => v.sectionId === section.id);
  const changedSince = latestVersion ? await changedSinceLatestVersion(db, ids, [latestVersion]) : undefined;
  const edit = decideConcept(actor, 'section.edit', context);
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
    fieldValues: buildFieldValues({ district, concept, coordinatorNames, facilities, contacts, now: new Date() }),
    today: formatDate(new Date()),
    previous: neighbour(flat[index - 1]),
    next: neighbour(flat[index + 1]),
    canEdit: can['section.edit'],
    /** Why a district member cannot edit now (state of the concept), shown above the text. */
    readOnlyReason: districtRelation(actor, district.id) !== 'advisor' && edit.decision === 'forbidden' ? (edit.message ?? null) : null,
    verdict: verdict ? { value: verdict.verdict, note: verdict.note, versionNumber: verdict.versionNumber, authorName: verdict.authorName } : null,
    /** The Fassung under review (verdicts go there) while the concept is submitted. */
    /** The latest Fassung and whether this section's text changed since (the diff is one click away). */
    sinceVersion: changedSince ? { versionNumber: changedSince.versionNumber, isChanged: changedSince.changed.has(section.key) } : null,
    reviewVersionNumber: concept.status === 'submitted' && latestVersion?.kind === 'submission' ? latestVersion.number : null,
    can,
  };
}
