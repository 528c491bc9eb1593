import { z } from 'zod';
import { getDb, type Db } from '../../db/client';
import type { Actor } from '../access';
import type { FieldContact } from '../concepts/field-values';
import { loadConcept } from '../concepts/load-concept';
import { diffDocs, summariseDiff, type BlockDiff } from '../diff/word-diff';
import { isEmptyDoc } from '../editor/text';
import type { TiptapDoc } from '../editor/types';
import { AppError } from '../errors';
import { listSectionHeads } from '../export/queries';
import { flattenSections } from '../templates';
import { versionFieldValues } from './version-field-values';
import { findVersionAnnex, findVersionByNumber, listSectionHeadHashes, listVersionSectionHashes, listVersionSections, listVersions, type VersionRow } from './queries';

const versionNumberSchema = z.coerce.number().int().min(1).max(100_000);

export const VERSION_KIND_LABELS = { submission: 'Eingereicht', adoption: 'Beschlossen' } as const;
export const VERSION_OUTCOME_LABELS = {
  changes_requested: 'Überarbeitung erbeten',
  approved: 'Fachlich befürwortet',
  withdrawn: 'Zurückgezogen',
} as const;

export interface VersionSummary {
  id: string;
  number: number;
  kind: VersionRow['kind'];
  note: string | null;
  createdAt: Date;
  createdByName: string | null;
  title: string;
  decidedBy: string | null;
  decidedOn: string | null;
  resolutionNumber: string | null;
  withoutAdvisorReason: string | null;
  nextReviewOn: string | null;
  outcome: VersionRow['outcome'];
  outcomeNote: string | null;
  outcomeAt: Date | null;
  outcomeByName: string | null;
}

function summary(v: VersionRow): VersionSummary {
  return {
    id: v.id,
    number: v.number,
    kind: v.kind,
    note: v.note,
    createdAt: v.createdAt,
    createdByName: v.createdByName,
    title: v.details.title,
    decidedBy: v.decidedBy,
    decidedOn: v.decidedOn,
    resolutionNumber: v.resolutionNumber,
    withoutAdvisorReason: v.withoutAdvisorReason,
    nextReviewOn: v.nextReviewOn,
    outcome: v.outcome,
    outcomeNote: v.outcomeNote,
    outcomeAt: v.outcomeAt,
    outcomeByName: v.outcomeByName,
  };
}

/** The Fassungen of a concept, newest first. Anyone who may read the concept. Throws not_found. */
export async function listConceptVersions(actor: Actor, conceptId: unknown) {
  const db = getDb();
  const { concept, district } = await loadConcept(db, actor, conceptId);
  const versions = await listVersions(db, { districtId: district.id, conceptId: concept.id });
  return { concept: { id: concept.id, title: concept.title, status: concept.status }, district: { id: district.id, name: district.name }, versions: versions.map(summary) };
}

/** A Fassung by number within a concept the actor may read; not_found otherwise. */
export async function loadVersion(db: Db, actor: Actor, conceptId: unknown, rawNumber: unknown) {
  const loaded = await loadConcept(db, actor, conceptId);
  const parsed = versionNumberSchema.safeParse(rawNumber);
  const version = parsed.success
    ? await findVersionByNumber(db, { districtId: loaded.district.id, conceptId: loaded.concept.id, number: parsed.data })
    : undefined;
  if (!version) throw new AppError('not_found', 'Diese Fassung gibt es nicht.');
  return { ...loaded, version };
}

const EMPTY: TiptapDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

function asDoc(content: unknown): TiptapDoc {
  return typeof content === 'object' && content !== null ? (content as TiptapDoc) : EMPTY;
}

/**
 * One Fassung read-only: its sections in template order with the frozen text, the frozen details
 * and annex data. Anyone who may read the concept. Throws not_found.
 */
export async function getVersion(actor: Actor, conceptId: unknown, number: unknown) {
  const db = getDb();
  const { concept, district, template, version } = await loadVersion(db, actor, conceptId, number);
  const [rows, annex] = await Promise.all([
    listVersionSections(db, { districtId: district.id, versionId: version.id }),
    findVersionAnnex(db, { districtId: district.id, versionId: version.id }),
  ]);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const sections = flattenSections(template).map((flat) => {
    const row = byKey.get(flat.key);
    const content = asDoc(row?.content);
    return {
      key: flat.key,
      number: flat.number,
      title: flat.title,
      depth: flat.depth,
      revisionNumber: row?.revisionNumber ?? 0,
      content,
      isEmpty: isEmptyDoc(content),
    };
  });
  return {
    concept: { id: concept.id, title: concept.title, status: concept.status },
    district: { id: district.id, name: district.name },
    version: { ...summary(version), details: version.details },
    sections,
    fieldValues: versionFieldValues(version, annex.facilities as Array<{ name: string; capacity: number | null }>, new Date(), annex.contacts as FieldContact[]),
  };
}

export interface SectionComparison {
  key: string;
  number: string;
  title: string;
  isChanged: boolean;
  fromRevision: number;
  toRevision: number;
  blocks: BlockDiff[];
  insertedWords: number;
  deletedWords: number;
}

/** Per section of the template: the two texts' revisions and, where they differ, the word diff. */
function compareSectionTexts(
  flat: ReturnType<typeof flattenSections>,
  from: ReadonlyMap<string, { revision: number; content: unknown }>,
  to: ReadonlyMap<string, { revision: number; content: unknown }>,
): SectionComparison[] {
  const sections = flat.map((f) => {
    const a = from.get(f.key) ?? { revision: 0, content: null };
    const b = to.get(f.key) ?? { revision: 0, content: null };
    // Same revision number means the same immutable text; different numbers may still hold the same text (a restore).
    const blocks = a.revision === b.revision ? [] : diffDocs(asDoc(a.content), asDoc(b.content));
    const counts = summariseDiff(blocks);
    const isChanged = blocks.some((block) => block.status !== 'equal');
    return {
      key: f.key,
      number: f.number,
      title: f.title,
      isChanged,
      fromRevision: a.revision,
      toRevision: b.revision,
      blocks: isChanged ? blocks : [],
      insertedWords: counts.insertedWords,
      deletedWords: counts.deletedWords,
    };
  });
  // Changed sections first (what the reader came for), each group in template order.
  return [...sections.filter((s) => s.isChanged), ...sections.filter((s) => !s.isChanged)];
}

async function versionTexts(db: Db, districtId: string, versionId: string) {
  const rows = await listVersionSections(db, { districtId, versionId });
  return new Map(rows.map((r) => [r.key, { revision: r.revisionNumber, content: r.content }]));
}

/**
 * Compares two Fassungen of a concept (from → to), or a Fassung with the current text when `to`
 * is 'aktuell': sections that changed come first, each with its word diff. Anyone who may read
 * the concept. Throws not_found (unknown Fassung, other district, unshared for advisors).
 */
export async function compareVersions(actor: Actor, conceptId: unknown, rawFrom: unknown, rawTo: unknown) {
  const db = getDb();
  const { concept, district, template, version: from } = await loadVersion(db, actor, conceptId, rawFrom);
  const fromTexts = await versionTexts(db, district.id, from.id);
  let to: VersionSummary | null = null;
  let toTexts: Map<string, { revision: number; content: unknown }>;
  if (rawTo === 'aktuell') {
    const heads = await listSectionHeads(db, { districtId: district.id, conceptId: concept.id });
    toTexts = new Map(heads.map((h) => [h.key, { revision: h.head_revision, content: h.content }]));
  } else {
    const parsed = versionNumberSchema.safeParse(rawTo);
    const found = parsed.success ? await findVersionByNumber(db, { districtId: district.id, conceptId: concept.id, number: parsed.data }) : undefined;
    if (!found) throw new AppError('not_found', 'Diese Fassung gibt es nicht.');
    to = summary(found);
    toTexts = await versionTexts(db, district.id, found.id);
  }
  const sections = compareSectionTexts(flattenSections(template), fromTexts, toTexts);
  return {
    concept: { id: concept.id, title: concept.title, status: concept.status },
    district: { id: district.id, name: district.name },
    from: summary(from),
    to,
    sections,
    changedCount: sections.filter((s) => s.isChanged).length,
  };
}

/**
 * Section keys whose current text differs from the latest Fassung (for „geändert seit Fassung n“).
 * No Fassung yet: undefined. Caller has loaded the concept with permission.
 */
export async function changedSinceLatestVersion(db: Db, ids: { districtId: string; conceptId: string }, versions: readonly VersionRow[]) {
  const latest = versions[0];
  if (!latest) return undefined;
  const [frozen, heads] = await Promise.all([
    listVersionSectionHashes(db, { districtId: ids.districtId, versionId: latest.id }),
    listSectionHeadHashes(db, ids),
  ]);
  const frozenByKey = new Map(frozen.map((f) => [f.key, f]));
  const changed = new Set<string>();
  for (const head of heads) {
    const then = frozenByKey.get(head.key);
    if (!then) continue;
    if (then.revisionNumber !== head.revisionNumber && then.hash !== head.hash) changed.add(head.key);
  }
  return { versionNumber: latest.number, changed };
}
