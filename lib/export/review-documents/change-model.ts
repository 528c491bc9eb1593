/**
 * What Synopse and redline are made of: two texts of a concept — Fassung n (the old one) and Fassung m or
 * the current text (the new one) — merged section by section into one export model whose sections carry
 * the changes as marks (tracked-doc.ts). The model is the normal export's model of the new text (cover,
 * numbering without gaps, data fields with the new text's values, annex), so the redline looks like the
 * normal export. Data fields count as unchanged when only their value differs (as in the web comparison).
 */
import { z } from 'zod';
import { getDb, type Db } from '../../../db/client';
import type { Actor } from '../../access';
import { buildFieldValues, type FieldValues } from '../../concepts/field-values';
import { loadConcept } from '../../concepts/load-concept';
import { listCoordinatorNames } from '../../concepts/queries';
import type { ContactForTable } from '../../contacts/to-tiptap-table';
import { listDistrictContacts } from '../../contacts/queries';
import { isEmptyDoc } from '../../editor/text';
import type { TiptapDoc } from '../../editor/types';
import { AppError } from '../../errors';
import type { FacilityForTable } from '../../facilities/to-tiptap-table';
import { listDistrictFacilities } from '../../facilities/queries';
import { versionFieldValues } from '../../versions/version-field-values';
import { findVersionAnnex, findVersionByNumber, listVersionSections, type VersionRow } from '../../versions/queries';
import { formatDate } from '../../shared/date-format';
import { buildExportModel, editionOf } from '../build-model';
import type { ExportDocument } from '../model';
import { listConceptFacilityIds, listSectionHeads } from '../queries';
import { listSectionHeadAuthors } from './queries';
import { projectDoc } from './sides';
import { mergeDocs } from './tracked-doc';

const fassungNumber = (message: string) =>
  z.coerce.number({ error: message }).int(message).min(1, message).max(100_000, message);

export const changeDocumentSchema = z.object({
  conceptId: z.unknown(),
  /** The old text: a Fassung's number. */
  from: fassungNumber('Bitte geben Sie als bisherige Fassung eine Fassungsnummer an (1, 2, …).'),
  /** The new text: a Fassung's number, or 'aktuell' for the current text (the default, as on the comparison page). */
  to: z.union([z.literal('aktuell'), fassungNumber('Bitte geben Sie als neue Fassung eine Fassungsnummer oder „aktuell“ an.')]).default('aktuell'),
});
export type ChangeDocumentInput = z.input<typeof changeDocumentSchema>;

/** Who made the changes in a section and when (tracked changes carry both). */
export interface ChangeAuthor {
  author: string;
  date: Date;
}

export interface ComparedText {
  /** „Fassung 2 vom 12.03.2026“ or „aktueller Text, Stand 27.11.2026“. */
  label: string;
  /** The Fassung's number; null for the current text. */
  number: number | null;
  /** The Fassung's date, or the moment of the export for the current text. */
  date: Date;
  isFinal: boolean;
}

export interface ChangeModel {
  /** The new text's export model, its sections' content merged with the old text's (tracked-doc.ts marks). */
  model: ExportDocument;
  from: ComparedText;
  to: ComparedText;
  /** Author and date of the changes in a section (by key); the same for all sections of a Fassung. */
  authorOf: (sectionKey: string | null) => ChangeAuthor;
}

interface LoadedText {
  contents: Map<string, unknown>;
  fieldValues: FieldValues;
  facilities: FacilityForTable[];
  contacts: ContactForTable[];
  version?: VersionRow;
}

async function loadFassung(db: Db, ids: { districtId: string; conceptId: string }, number: number, now: Date): Promise<LoadedText> {
  const version = await findVersionByNumber(db, { ...ids, number });
  if (!version) throw new AppError('not_found', `Fassung ${number} gibt es nicht.`);
  const [rows, annex] = await Promise.all([
    listVersionSections(db, { districtId: ids.districtId, versionId: version.id }),
    findVersionAnnex(db, { districtId: ids.districtId, versionId: version.id }),
  ]);
  const facilities = annex.facilities as FacilityForTable[];
  return {
    contents: new Map<string, unknown>(rows.map((r) => [r.key, r.content])),
    fieldValues: versionFieldValues(version, facilities, now),
    facilities,
    contacts: annex.contacts as ContactForTable[],
    version,
  };
}

const EMPTY: TiptapDoc = { type: 'doc', content: [] };
const asDoc = (content: unknown): TiptapDoc => (typeof content === 'object' && content !== null ? (content as TiptapDoc) : EMPTY);

function describe(text: LoadedText, now: Date): ComparedText {
  const v = text.version;
  if (!v) return { label: `aktueller Text, Stand ${formatDate(now)}`, number: null, date: now, isFinal: false };
  return { label: `Fassung ${v.number} vom ${formatDate(v.createdAt)}`, number: v.number, date: v.createdAt, isFinal: v.kind === 'adoption' };
}

/**
 * Both texts loaded and merged. Anyone with concept.export (the district's coordinators and editors, its
 * assigned advisors for a shared concept). One consistent snapshot; writes nothing. Throws not_found (unknown
 * concept or Fassung, another district, an unshared concept for advisors), forbidden, invalid_input.
 */
export async function loadChangeModel(actor: Actor, input: ChangeDocumentInput, now: Date): Promise<ChangeModel> {
  const db = getDb();
  // Permission first: someone who may not see the concept learns nothing, not even what is wrong with the input.
  const { concept, district, template } = await loadConcept(db, actor, input.conceptId, 'concept.export');
  // Download links and the command line show one message, not a form's field list: the first problem, in German.
  const parsed = changeDocumentSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', parsed.error.issues[0]?.message ?? 'Bitte prüfen Sie die Angaben.');
  const values = parsed.data;
  const ids = { districtId: district.id, conceptId: concept.id };
  if (values.to === values.from) throw new AppError('invalid_input', 'Bitte wählen Sie zwei verschiedene Fassungen.');
  const data = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const old = await loadFassung(trx, ids, values.from, now);
      if (values.to !== 'aktuell') return { old, neu: await loadFassung(trx, ids, values.to, now), authors: [] };
      const heads = await listSectionHeads(trx, ids);
      const facilityIds = new Set(await listConceptFacilityIds(trx, ids));
      const facilities = (await listDistrictFacilities(trx, { districtId: district.id })).filter((f) => facilityIds.has(f.id));
      const contacts = await listDistrictContacts(trx, { districtId: district.id });
      const coordinatorNames = await listCoordinatorNames(trx, { districtId: district.id });
      const authors = await listSectionHeadAuthors(trx, ids);
      const neu: LoadedText = {
        contents: new Map<string, unknown>(heads.map((h) => [h.key, h.content])),
        fieldValues: buildFieldValues({ district, concept, coordinatorNames, facilities, now }),
        facilities,
        contacts,
      };
      return { old, neu, authors };
    });
  const { old, neu } = data;
  const merged = new Map<string, unknown>();
  for (const key of new Set([...old.contents.keys(), ...neu.contents.keys()])) {
    merged.set(key, mergeDocs(asDoc(old.contents.get(key)), asDoc(neu.contents.get(key))));
  }
  const frozen = neu.version;
  const model = buildExportModel({
    concept: frozen ? { ...concept, title: frozen.details.title, responsible: frozen.details.responsible } : concept,
    districtName: frozen ? frozen.details.districtName : district.name,
    template,
    contents: merged,
    fieldValues: neu.fieldValues,
    facilities: neu.facilities,
    contacts: neu.contacts,
    emptySections: 'renumber',
    ...(frozen ? { edition: editionOf(frozen) } : {}),
    now,
  });
  // A section with text in one Fassung only comes or goes with its heading (the redline tracks that too).
  model.sections = model.sections.map((section) => {
    if (!section.content) return section;
    if (isEmptyDoc(projectDoc(section.content, 'old'))) return { ...section, revision: 'inserted' };
    if (isEmptyDoc(projectDoc(section.content, 'new'))) return { ...section, revision: 'deleted' };
    return section;
  });
  // The annex's tables (facilities, contacts) with their changes too: the old text's tables merged into the new.
  const oldAnnexes = buildExportModel({
    concept,
    districtName: district.name,
    template,
    contents: new Map(),
    fieldValues: old.fieldValues,
    facilities: old.facilities,
    contacts: old.contacts,
    emptySections: 'renumber',
    now,
  }).annexes;
  model.annexes = model.annexes.map((annex, i) => ({
    ...annex,
    tables: annex.tables.map((entry, j) => {
      const before = oldAnnexes[i]?.tables[j]?.table;
      const merged = before ? mergeDocs({ type: 'doc', content: [before] }, { type: 'doc', content: [entry.table] }).content : [];
      // Tables of other columns cannot be merged row by row; then the new table stands as it is.
      return merged.length === 1 ? { ...entry, table: merged[0]! } : entry;
    }),
  }));
  const fallback: ChangeAuthor = frozen
    ? { author: frozen.createdByName ?? district.name, date: frozen.createdAt }
    : { author: district.name, date: now };
  const byKey = new Map(data.authors.map((a) => [a.key, { author: a.authorName ?? district.name, date: new Date(a.savedAt) }]));
  return {
    model,
    from: describe(old, now),
    to: describe(neu, now),
    authorOf: (key) => (key === null ? fallback : (byKey.get(key) ?? fallback)),
  };
}
