import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { ChecklistState, SectionStatus } from '../../db/schema-concepts';
import type { FrozenDetails, VersionKind, VersionOutcome } from '../../db/schema-review';

const VERSION_COLUMNS = [
  'concept_versions.id',
  'concept_versions.concept_id as conceptId',
  'concept_versions.district_id as districtId',
  'concept_versions.number',
  'concept_versions.kind',
  'concept_versions.note',
  'concept_versions.details',
  'concept_versions.decided_by as decidedBy',
  sql<string | null>`to_char(concept_versions.decided_on, 'YYYY-MM-DD')`.as('decidedOn'),
  'concept_versions.resolution_number as resolutionNumber',
  'concept_versions.without_advisor_reason as withoutAdvisorReason',
  sql<string | null>`to_char(concept_versions.next_review_on, 'YYYY-MM-DD')`.as('nextReviewOn'),
  'concept_versions.open_findings as openFindings',
  'concept_versions.open_findings_reason as openFindingsReason',
  'concept_versions.outcome',
  'concept_versions.outcome_note as outcomeNote',
  'concept_versions.outcome_at as outcomeAt',
  'concept_versions.created_at as createdAt',
  'creator.display_name as createdByName',
  'reviewer.display_name as outcomeByName',
] as const;

export interface VersionRow {
  id: string;
  conceptId: string;
  districtId: string;
  number: number;
  kind: VersionKind;
  note: string | null;
  details: FrozenDetails;
  decidedBy: string | null;
  decidedOn: string | null;
  resolutionNumber: string | null;
  withoutAdvisorReason: string | null;
  nextReviewOn: string | null;
  openFindings: number | null;
  openFindingsReason: string | null;
  outcome: VersionOutcome | null;
  outcomeNote: string | null;
  outcomeAt: Date | null;
  createdAt: Date;
  createdByName: string | null;
  outcomeByName: string | null;
}

function versionQuery(db: Db) {
  return db
    .selectFrom('concept_versions')
    .leftJoin('users as creator', 'creator.id', 'concept_versions.created_by')
    .leftJoin('users as reviewer', 'reviewer.id', 'concept_versions.outcome_by')
    .select(VERSION_COLUMNS);
}

/** Fassungen of a concept, newest first. */
export async function listVersions(db: Db, { districtId, conceptId }: { districtId: string; conceptId: string }): Promise<VersionRow[]> {
  return versionQuery(db)
    .where('concept_versions.concept_id', '=', conceptId)
    .where('concept_versions.district_id', '=', districtId)
    .orderBy('concept_versions.number', 'desc')
    .execute();
}

export async function findVersionByNumber(
  db: Db,
  { districtId, conceptId, number }: { districtId: string; conceptId: string; number: number },
): Promise<VersionRow | undefined> {
  return versionQuery(db)
    .where('concept_versions.concept_id', '=', conceptId)
    .where('concept_versions.district_id', '=', districtId)
    .where('concept_versions.number', '=', number)
    .executeTakeFirst();
}

export async function findVersionById(db: Db, { districtId, versionId }: { districtId: string; versionId: string }): Promise<VersionRow | undefined> {
  return versionQuery(db)
    .where('concept_versions.id', '=', versionId)
    .where('concept_versions.district_id', '=', districtId)
    .executeTakeFirst();
}

export async function findLatestVersion(db: Db, { districtId, conceptId }: { districtId: string; conceptId: string }): Promise<VersionRow | undefined> {
  return versionQuery(db)
    .where('concept_versions.concept_id', '=', conceptId)
    .where('concept_versions.district_id', '=', districtId)
    .orderBy('concept_versions.number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function nextVersionNumber(db: Db, { conceptId }: { conceptId: string }): Promise<number> {
  const row = await db
    .selectFrom('concept_versions')
    .select(sql<number>`coalesce(max(number), 0) + 1`.as('next'))
    .where('concept_id', '=', conceptId)
    .executeTakeFirstOrThrow();
  return Number(row.next);
}

/** What a new Fassung records; the adoption facts only for an adoption. */
export type NewVersion = Pick<VersionRow, 'conceptId' | 'districtId' | 'number' | 'kind' | 'note' | 'details'> &
  Partial<
    Pick<VersionRow, 'decidedBy' | 'decidedOn' | 'resolutionNumber' | 'withoutAdvisorReason' | 'nextReviewOn' | 'openFindings' | 'openFindingsReason'>
  > & {
    annex: { facilities: unknown[]; contacts: unknown[] };
    createdBy: string;
  };

export async function insertVersion(db: Db, values: NewVersion) {
  return db
    .insertInto('concept_versions')
    .values({
      concept_id: values.conceptId,
      district_id: values.districtId,
      number: values.number,
      kind: values.kind,
      note: values.note,
      details: JSON.stringify(values.details),
      annex: JSON.stringify(values.annex),
      decided_by: values.decidedBy ?? null,
      decided_on: values.decidedOn ?? null,
      resolution_number: values.resolutionNumber ?? null,
      without_advisor_reason: values.withoutAdvisorReason ?? null,
      next_review_on: values.nextReviewOn ?? null,
      open_findings: values.openFindings ?? null,
      open_findings_reason: values.openFindingsReason ?? null,
      created_by: values.createdBy,
    })
    .returning(['id', 'number', 'created_at as createdAt'])
    .executeTakeFirstOrThrow();
}

/** Records what came of a submitted Fassung (only once: an outcome is never overwritten). */
export async function setVersionOutcome(
  db: Db,
  { versionId, outcome, note, userId }: { versionId: string; outcome: VersionOutcome; note: string | null; userId: string },
) {
  await db
    .updateTable('concept_versions')
    .set({ outcome, outcome_note: note, outcome_by: userId, outcome_at: sql<Date>`now()` })
    .where('id', '=', versionId)
    .where('outcome', 'is', null)
    .execute();
}

/** Freezes the current head of every section of the concept into the Fassung. */
export async function insertVersionSectionsFromHeads(db: Db, { versionId, conceptId, districtId }: { versionId: string; conceptId: string; districtId: string }) {
  await db
    .insertInto('concept_version_sections')
    .columns(['version_id', 'section_id', 'district_id', 'key', 'revision_number', 'status', 'checklist'])
    .expression((eb) =>
      eb
        .selectFrom('sections')
        .select([
          sql<string>`${versionId}::uuid`.as('version_id'),
          'sections.id',
          'sections.district_id',
          'sections.key',
          'sections.head_revision',
          'sections.status',
          'sections.checklist',
        ])
        .where('sections.concept_id', '=', conceptId)
        .where('sections.district_id', '=', districtId),
    )
    .execute();
}

export interface VersionSectionRow {
  sectionId: string;
  key: string;
  revisionNumber: number;
  status: SectionStatus;
  checklist: ChecklistState;
  content: unknown;
}

/** The sections of a Fassung with the text of the frozen revision (null: no text then). */
export async function listVersionSections(db: Db, { districtId, versionId }: { districtId: string; versionId: string }): Promise<VersionSectionRow[]> {
  return db
    .selectFrom('concept_version_sections as vs')
    .leftJoin('section_revisions as r', (join) =>
      join.onRef('r.section_id', '=', 'vs.section_id').onRef('r.number', '=', 'vs.revision_number'),
    )
    .select([
      'vs.section_id as sectionId',
      'vs.key',
      'vs.revision_number as revisionNumber',
      'vs.status',
      'vs.checklist',
      'r.content',
    ])
    .where('vs.version_id', '=', versionId)
    .where('vs.district_id', '=', districtId)
    .execute();
}

/** Which revision of each section a Fassung froze, by section key. */
export async function listVersionRevisionNumbers(db: Db, { districtId, versionId }: { districtId: string; versionId: string }) {
  const rows = await db
    .selectFrom('concept_version_sections')
    .select(['key', 'revision_number as revisionNumber'])
    .where('version_id', '=', versionId)
    .where('district_id', '=', districtId)
    .execute();
  return new Map(rows.map((r) => [r.key, r.revisionNumber]));
}

/** Revision number and content hash of every section as a Fassung froze it. */
export async function listVersionSectionHashes(db: Db, { districtId, versionId }: { districtId: string; versionId: string }) {
  return db
    .selectFrom('concept_version_sections as vs')
    .leftJoin('section_revisions as r', (join) => join.onRef('r.section_id', '=', 'vs.section_id').onRef('r.number', '=', 'vs.revision_number'))
    .select(['vs.key', 'vs.revision_number as revisionNumber', 'r.content_hash as hash'])
    .where('vs.version_id', '=', versionId)
    .where('vs.district_id', '=', districtId)
    .execute();
}

/** Head revision number and content hash of every section of a concept now. */
export async function listSectionHeadHashes(db: Db, { districtId, conceptId }: { districtId: string; conceptId: string }) {
  return db
    .selectFrom('sections')
    .leftJoin('section_revisions as r', (join) => join.onRef('r.section_id', '=', 'sections.id').onRef('r.number', '=', 'sections.head_revision'))
    .select(['sections.key', 'sections.head_revision as revisionNumber', 'r.content_hash as hash'])
    .where('sections.concept_id', '=', conceptId)
    .where('sections.district_id', '=', districtId)
    .execute();
}

/** The facility and contact rows a Fassung froze for its annex. */
export async function findVersionAnnex(db: Db, { districtId, versionId }: { districtId: string; versionId: string }) {
  const row = await db
    .selectFrom('concept_versions')
    .select('annex')
    .where('id', '=', versionId)
    .where('district_id', '=', districtId)
    .executeTakeFirst();
  return row?.annex ?? { facilities: [], contacts: [] };
}
