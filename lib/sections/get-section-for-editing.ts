import { getDb } from '../../db/client';
import type { SectionStatus } from '../../db/schema-concepts';
import { decideConcept, districtRelation, type Actor } from '../access';
import { loadSectionComments, type SectionComments } from '../comments/list-comments';
import { buildFieldValues, type FieldValues } from '../concepts/field-values';
import { loadConcept } from '../concepts/load-concept';
import { listCoordinatorNames } from '../concepts/queries';
import { listConceptFacilities } from '../concepts/scope-queries';
import { ensureNationwideContacts } from '../contacts/ensure-nationwide-contacts';
import { listDistrictContacts } from '../contacts/queries';
import type { TiptapDoc } from '../editor/types';
import { AppError } from '../errors';
import { listDistrictFacilities } from '../facilities/queries';
import type { Verdict } from '../../db/schema-review';
import { listLatestVerdicts } from '../review/queries';
import { formatDate } from '../shared/date-format';
import { flattenSections, legalReferencesFor, type LegalReference, type Section } from '../templates';
import { findLatestVersion } from '../versions/queries';
import { changedSinceLatestVersion } from '../versions/read-versions';
import { buildInsertableDataTables, type InsertableDataTables } from './insertable-data-tables';
import { findRevision, findSectionByKey } from './queries';

export const EMPTY_DOC: TiptapDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

type ChecklistItem = Section['checklist'][number];
interface Neighbour {
  key: string;
  number: string;
  title: string;
}

/** The section page: the text to edit, the help beside it, the comments and what the actor may do. */
export interface SectionForEditing {
  concept: { id: string; title: string };
  section: {
    id: string;
    key: string;
    number: string;
    title: string;
    status: SectionStatus;
    /** The base for the next save. */
    headRevision: number;
    content: TiptapDoc;
    savedAt: Date | null;
    savedBy: string | null;
    checklist: Array<ChecklistItem & { isDone: boolean }>;
  };
  guidance: {
    purpose: string;
    guidance: Section['guidance'];
    questions: Section['questions'];
    textBlocks: Section['textBlocks'];
    standards: Section['standards'];
    annexes: Section['annexes'];
    isRequired: boolean;
    legalReferences: LegalReference[];
  };
  /** Current values of the data fields, shown live in the text. */
  fieldValues: FieldValues;
  /** Today in German notation, for `{{today}}` in text blocks. */
  today: string;
  previous: Neighbour | null;
  next: Neighbour | null;
  canEdit: boolean;
  canGiveVerdict: boolean;
  /** Why a district member cannot edit now (state of the concept), shown above the text. */
  readOnlyReason: string | null;
  /** The advisor's latest verdict on the section. */
  verdict: { value: Verdict; note: string; versionNumber: number; authorName: string | null } | null;
  /** The latest Fassung and whether this section's text changed since (the diff is one click away). */
  sinceVersion: { versionNumber: number; isChanged: boolean } | null;
  /** The Fassung under review (verdicts go there) while the concept is submitted. */
  reviewVersionNumber: number | null;
  comments: SectionComments;
  /** The district's records as insertable tables; null for those who cannot edit the text. */
  dataTables: InsertableDataTables | null;
}

/**
 * The section page in one use case: the template's guidance, the current text and its revision
 * number (the base for the next save), the checklist, the neighbours for previous/next, the
 * current values of the data fields (the Eckdaten, the coordinators, the facilities in scope and
 * the local contacts fill them), today's date, the advisor's latest verdict, the comment threads
 * and — for those who may edit — the district's records as insertable tables. Anyone who may read
 * the concept; `canEdit` says whether saving is allowed now, `readOnlyReason` why not. The first
 * editable view adds the nationwide numbers to the district's contact directory, as the contacts
 * page does. Throws not_found (other district, unshared for advisors, unknown section).
 */
export async function getSectionForEditing(actor: Actor, conceptId: unknown, sectionKey: unknown): Promise<SectionForEditing> {
  const db = getDb();
  const loaded = await loadConcept(db, actor, conceptId);
  const { concept, district, template, can, context } = loaded;
  const flat = flattenSections(template);
  const index = flat.findIndex((f) => f.key === sectionKey);
  const current = flat[index];
  if (!current) throw new AppError('not_found');
  const section = await findSectionByKey(db, { conceptId: concept.id, key: current.key });
  if (!section) throw new AppError('not_found');
  const canEdit = can['section.edit'];
  if (canEdit) await ensureNationwideContacts(db, district.id);
  const ids = { districtId: district.id, conceptId: concept.id };
  const [head, scope, coordinatorNames, verdicts, latestVersion, contacts, comments, districtFacilities] = await Promise.all([
    section.head_revision > 0 ? findRevision(db, { sectionId: section.id, number: section.head_revision }) : undefined,
    listConceptFacilities(db, ids),
    listCoordinatorNames(db, { districtId: district.id }),
    listLatestVerdicts(db, ids),
    findLatestVersion(db, ids),
    listDistrictContacts(db, { districtId: district.id }),
    loadSectionComments(db, actor, loaded, section),
    canEdit ? listDistrictFacilities(db, { districtId: district.id }) : [],
  ]);
  const verdict = verdicts.find((v) => v.sectionId === section.id);
  const changedSince = latestVersion ? await changedSinceLatestVersion(db, ids, [latestVersion]) : undefined;
  const edit = decideConcept(actor, 'section.edit', context);
  const neighbour = (f: (typeof flat)[number] | undefined): Neighbour | null => (f ? { key: f.key, number: f.number, title: f.title } : null);
  return {
    concept: { id: concept.id, title: concept.title },
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
    fieldValues: buildFieldValues({ district, concept, coordinatorNames, facilities: scope, contacts, now: new Date() }),
    today: formatDate(new Date()),
    previous: neighbour(flat[index - 1]),
    next: neighbour(flat[index + 1]),
    canEdit,
    canGiveVerdict: can['review.verdict'],
    readOnlyReason: districtRelation(actor, district.id) !== 'advisor' && edit.decision === 'forbidden' ? (edit.message ?? null) : null,
    verdict: verdict ? { value: verdict.verdict, note: verdict.note, versionNumber: verdict.versionNumber, authorName: verdict.authorName } : null,
    sinceVersion: changedSince ? { versionNumber: changedSince.versionNumber, isChanged: changedSince.changed.has(section.key) } : null,
    reviewVersionNumber: concept.status === 'submitted' && latestVersion?.kind === 'submission' ? latestVersion.number : null,
    comments,
    dataTables: canEdit ? buildInsertableDataTables({ scope, facilities: districtFacilities, contacts }) : null,
  };
}
