import { z } from 'zod';
import { getDb, type Db } from '../../db/client';
import type { Actor } from '../access';
import { buildFieldValues } from '../concepts/field-values';
import { loadConcept } from '../concepts/load-concept';
import { listCoordinatorNames } from '../concepts/queries';
import { listDistrictContacts } from '../contacts/queries';
import { AppError } from '../errors';
import { listDistrictFacilities } from '../facilities/queries';
import { parseInput } from '../shared/action-result';
import { buildExportModel, editionOf } from './build-model';
import { EMPTY_SECTION_MODES, type ExportDocument } from './model';
import { exportFilename } from './filename';
import { listConceptFacilityIds, listSectionHeads } from './queries';
import type { ConceptStatus } from '../../db/schema-concepts';
import type { ContactForTable } from '../contacts/to-tiptap-table';
import type { FacilityForTable } from '../facilities/to-tiptap-table';
import { versionFieldValues } from '../versions/version-field-values';
import { findVersionAnnex, findVersionByNumber, listVersionSections, listVersions, type VersionRow } from '../versions/queries';
import { DOCX_MIME_TYPE } from './render-docx';
import { downloadKey, madeOnce, serializedModel } from './download-cache';
import { makeDocx } from './make-docx';
import { mayPrepareDownload, prepareDownload } from './prepare-download';
import { loadWordThreads } from './load-word-comments';
import { attachWordComments, prepareWordComments } from './word-comments';

/**
 * What to export: the current text (`draft`), or a frozen Fassung by its number. An adopted
 * concept's current text is its adopted Fassung, so `draft` of an adopted concept exports that.
 */
const sourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('draft') }),
  z.object({ kind: z.literal('version'), number: z.coerce.number({ error: 'Ungültige Fassung.' }).int().min(1, 'Ungültige Fassung.') }),
]);
export type ExportSource = z.infer<typeof sourceSchema>;

export const exportConceptSchema = z.object({
  conceptId: z.unknown(),
  source: sourceSchema.default({ kind: 'draft' }),
  // 'omit' is the earlier name of 'renumber': links and scripts from before keep working.
  emptySections: z
    .preprocess(
      (value) => (value === 'omit' ? 'renumber' : value),
      z.enum(EMPTY_SECTION_MODES, {
        error: 'Bitte wählen Sie, was mit leeren Abschnitten geschieht: weglassen und fortlaufend nummerieren, mit „entfällt“ aufnehmen oder als „noch nicht ausgefüllt“ kennzeichnen.',
      }),
    )
    .default('renumber'),
  /** Page numbers in the TOC worked out at export time (seconds of CPU in a worker; see toc-page-numbers.ts). */
  tocPageNumbers: z.boolean().default(true),
  /** The review's comment threads as Word comments on their passages (word-comments.ts). */
  // '1' and '0' as a download link's query says them.
  comments: z
    .preprocess(
      (value) => (value === '1' ? true : value === '0' ? false : value),
      z.boolean({ error: 'Bitte geben Sie mit 1 oder 0 an, ob die Kommentare als Word-Kommentare aufgenommen werden sollen.' }),
    )
    .default(false),
});
export type ExportConceptInput = z.input<typeof exportConceptSchema>;

export interface ExportedDocx {
  filename: string;
  contentType: string;
  buffer: Buffer;
  /** Whether the TOC carries page numbers (false when not asked for, or when the layout failed or timed out). */
  tocPageNumbers: boolean;
}

interface LoadedTexts {
  contents: Map<string, unknown>;
  /** Frozen details, annex and decision of a Fassung; undefined for the current text. */
  frozen?: {
    version: VersionRow;
    facilities: FacilityForTable[];
    contacts: ContactForTable[];
  };
}

async function loadTexts(db: Db, source: ExportSource, ids: { districtId: string; conceptId: string }, status: ConceptStatus): Promise<LoadedTexts> {
  let version: VersionRow | undefined;
  if (source.kind === 'version') {
    version = await findVersionByNumber(db, { ...ids, number: source.number });
    if (!version) throw new AppError('not_found', 'Diese Fassung gibt es nicht.');
  } else if (status === 'adopted' || status === 'superseded') {
    version = (await listVersions(db, ids)).find((v) => v.kind === 'adoption');
  }
  if (!version) {
    const heads = await listSectionHeads(db, ids);
    return { contents: new Map<string, unknown>(heads.map((h) => [h.key, h.content])) };
  }
  const [rows, annex] = await Promise.all([
    listVersionSections(db, { districtId: ids.districtId, versionId: version.id }),
    findVersionAnnex(db, { districtId: ids.districtId, versionId: version.id }),
  ]);
  return {
    contents: new Map<string, unknown>(rows.map((r) => [r.key, r.content])),
    frozen: { version, facilities: annex.facilities as FacilityForTable[], contacts: annex.contacts as ContactForTable[] },
  };
}

/** The export model of a concept (what exportConceptDocx renders) and what its file name is made of. */
export interface LoadedExport {
  model: ExportDocument;
  /** The Fassung's number and date, for the file name; undefined for the current text. */
  frozen?: { number: number; createdAt: Date };
}

/**
 * The concept's export model: permission checked, one consistent snapshot read. Same
 * callers and errors as exportConceptDocx, which renders it; the measuring tools use it alone.
 */
export async function loadExportModel(actor: Actor, values: z.output<typeof exportConceptSchema>, now: Date): Promise<LoadedExport> {
  const db = getDb();
  const { concept, district, template, context } = await loadConcept(db, actor, values.conceptId, 'concept.export');
  const ids = { districtId: district.id, conceptId: concept.id };
  // Repeatable read: sections, facilities and contacts come from one moment, even while others keep saving.
  const data = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const texts = await loadTexts(trx, values.source, ids, concept.status);
      const threads = values.comments ? await loadWordThreads(trx, actor, context, { ...ids, version: texts.frozen?.version, contents: texts.contents }) : null;
      if (texts.frozen) return { contents: texts.contents, frozen: texts.frozen, facilities: texts.frozen.facilities, contacts: texts.frozen.contacts, coordinatorNames: [] as string[], threads };
      const facilityIds = new Set(await listConceptFacilityIds(trx, ids));
      const facilities = (await listDistrictFacilities(trx, { districtId: district.id })).filter((f) => facilityIds.has(f.id));
      const contacts = await listDistrictContacts(trx, { districtId: district.id });
      const coordinatorNames = await listCoordinatorNames(trx, { districtId: district.id });
      return { contents: texts.contents, frozen: undefined, facilities, contacts, coordinatorNames, threads };
    });
  const prepared = data.threads ? prepareWordComments(data.contents, data.threads) : null;
  const frozen = data.frozen?.version;
  // The current text shows the details as they are now; a Fassung shows what was frozen with it.
  const fieldValues = frozen
    ? versionFieldValues(frozen, data.facilities, now, data.contacts)
    : buildFieldValues({ district, concept, coordinatorNames: data.coordinatorNames, facilities: data.facilities, contacts: data.contacts, now });
  const built = buildExportModel({
    concept: frozen ? { ...concept, title: frozen.details.title, responsible: frozen.details.responsible } : concept,
    districtName: frozen ? frozen.details.districtName : district.name,
    template,
    contents: prepared ? prepared.contents : data.contents,
    fieldValues,
    facilities: data.facilities,
    contacts: data.contacts,
    emptySections: values.emptySections,
    ...(frozen ? { edition: editionOf(frozen) } : {}),
    now,
  });
  const model = prepared ? attachWordComments(built, prepared, template) : built;
  return { model, ...(frozen ? { frozen: { number: frozen.number, createdAt: frozen.createdAt } } : {}) };
}

/**
 * The concept as a DOCX (title page, table of contents, sections in template
 * order, annex with facilities and contacts), with `comments` also the review's comment
 * threads as Word comments on their passages. Anyone with concept.export in the
 * concept's district (coordinators, editors, assigned advisors). Reads one
 * consistent snapshot; writes nothing. Throws not_found (unknown concept, another
 * district, unknown version), forbidden, invalid_input; rate_limited when a file is to be made anew and two are being
 * made for the same person already (export-slots.ts); DownloadAbandoned when `signal` says the request gave up before
 * the file was ready.
 */
export async function exportConceptDocx(actor: Actor, input: ExportConceptInput, options: { now?: Date; signal?: AbortSignal } = {}): Promise<ExportedDocx> {
  const values = parseInput(exportConceptSchema, input);
  const now = options.now ?? new Date();
  const { model, frozen } = await loadExportModel(actor, values, now);
  const file = {
    filename: exportFilename({ title: model.meta.title, isFinal: model.meta.isFinal, date: frozen ? frozen.createdAt : now, ...(frozen ? { versionNumber: frozen.number } : {}) }),
    contentType: DOCX_MIME_TYPE,
  };
  // The same model gives the same file: one made a moment ago (or made in advance, or being made) for it is given
  // again (download-cache.ts).
  const { key, make } = downloadOf(model, values.tocPageNumbers);
  const made = await madeOnce(key, make, options.signal, actor.userId);
  return { ...file, buffer: made.buffer, tocPageNumbers: values.tocPageNumbers && made.complete };
}

/**
 * Makes the download the button would start, before it is asked for (prepare-download.ts): asked by the download
 * button when it is shown, pointed at or focused, with the choices it would download with. Anyone with concept.export
 * in the concept's district; reads what exportConceptDocx reads, writes nothing. Throws not_found (unknown concept,
 * another district; an unknown Fassung when the model is read), forbidden, invalid_input, as exportConceptDocx.
 * Resolves once the model is read; the file is made in the background (`made` resolves when it is done; `started` is
 * false when it was kept or being made, another file was being made (then the concept is not read either), or both of
 * the person's slots are taken: export-slots.ts).
 */
export async function prepareConceptExport(actor: Actor, input: ExportConceptInput, options: { now?: Date } = {}): Promise<{ started: boolean; made: Promise<void> }> {
  const values = parseInput(exportConceptSchema, input);
  if (!mayPrepareDownload()) {
    // Nothing is made now (another file is being made): only who may ask is checked, the concept is not read.
    await loadConcept(getDb(), actor, values.conceptId, 'concept.export');
    return { started: false, made: Promise.resolve() };
  }
  const { model } = await loadExportModel(actor, values, options.now ?? new Date());
  const { key, make } = downloadOf(model, values.tocPageNumbers);
  return prepareDownload(key, make, actor.userId);
}

/** The key of a model's download and how its file is made: one way for the download and for making it in advance. */
function downloadOf(model: ExportDocument, tocPageNumbers: boolean) {
  const serialized = serializedModel(model);
  return {
    key: downloadKey(model, { tocPageNumbers }),
    make: (signal: AbortSignal) => makeDocx(model, serialized, tocPageNumbers, signal),
  };
}
