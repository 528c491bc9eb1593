import { z } from 'zod';
import { getDb, type Db } from '../../db/client';
import { assertCan, type Actor } from '../access';
import { buildFieldValues } from '../concepts/field-values';
import { loadConcept } from '../concepts/get-concept-overview';
import { listCoordinatorNames } from '../concepts/queries';
import { listDistrictContacts } from '../contacts/queries';
import { AppError } from '../errors';
import { listDistrictFacilities } from '../facilities/queries';
import { parseInput } from '../shared/action-result';
import { buildExportModel } from './build-model';
import { exportFilename } from './filename';
import { listConceptFacilityIds, listSectionHeads } from './queries';
import { DOCX_MIME_TYPE, renderDocx } from './render-docx';
import { fillTocPageNumbers } from './toc-page-numbers';

/**
 * What to export. Only the current draft exists today; frozen named versions
 * will be a second kind that loads its section texts from the version instead of
 * the heads (see loadSectionTexts), with everything after that unchanged.
 */
const sourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('draft') }),
  z.object({ kind: z.literal('version'), versionId: z.string().min(1) }),
]);
export type ExportSource = z.infer<typeof sourceSchema>;

export const exportConceptSchema = z.object({
  conceptId: z.unknown(),
  source: sourceSchema.default({ kind: 'draft' }),
  emptySections: z.enum(['omit', 'mark'], { error: 'Bitte wählen Sie, ob leere Abschnitte weggelassen oder gekennzeichnet werden.' }).default('omit'),
  /** Page numbers in the TOC worked out at export time (seconds of CPU in a worker; see toc-page-numbers.ts). */
  tocPageNumbers: z.boolean().default(true),
});
export type ExportConceptInput = z.input<typeof exportConceptSchema>;

export interface ExportedDocx {
  filename: string;
  contentType: string;
  buffer: Buffer;
  /** Whether the TOC carries page numbers (false when not asked for, or when the layout failed or timed out). */
  tocPageNumbers: boolean;
}

async function loadSectionTexts(db: Db, source: ExportSource, ids: { districtId: string; conceptId: string }) {
  switch (source.kind) {
    case 'draft': {
      const heads = await listSectionHeads(db, ids);
      return { contents: new Map<string, unknown>(heads.map((h) => [h.key, h.content])), versionLabel: undefined };
    }
    case 'version':
      throw new AppError('not_found', 'Diese Fassung gibt es nicht: Benannte Fassungen werden noch nicht unterstützt. Exportieren Sie den aktuellen Stand.');
  }
}

/**
 * The concept as a DOCX (title page, table of contents, sections in template
 * order, annex with facilities and contacts). Anyone with concept.export in the
 * concept's district (coordinators, editors, assigned advisors). Reads one
 * consistent snapshot; writes nothing. Throws not_found (unknown concept, another
 * district, unknown version), forbidden, invalid_input.
 */
export async function exportConceptDocx(actor: Actor, input: ExportConceptInput, options: { now?: Date; signal?: AbortSignal } = {}): Promise<ExportedDocx> {
  const values = parseInput(exportConceptSchema, input);
  const now = options.now ?? new Date();
  const db = getDb();
  const { concept, district, template } = await loadConcept(db, actor, values.conceptId);
  assertCan(actor, 'concept.export', { districtId: district.id });
  const ids = { districtId: district.id, conceptId: concept.id };
  // Repeatable read: sections, facilities and contacts come from one moment, even while others keep saving.
  const data = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const texts = await loadSectionTexts(trx, values.source, ids);
      const facilityIds = new Set(await listConceptFacilityIds(trx, ids));
      const facilities = (await listDistrictFacilities(trx, { districtId: district.id })).filter((f) => facilityIds.has(f.id));
      const contacts = await listDistrictContacts(trx, { districtId: district.id });
      const coordinatorNames = await listCoordinatorNames(trx, { districtId: district.id });
      return { ...texts, facilities, contacts, coordinatorNames };
    });
  // The draft shows the details as they are now (a frozen Fassung will pass its own `edition`).
  const fieldValues = buildFieldValues({ district, concept, coordinatorNames: data.coordinatorNames, facilities: data.facilities, now });
  const model = buildExportModel({
    concept,
    districtName: district.name,
    template,
    contents: data.contents,
    fieldValues,
    facilities: data.facilities,
    contacts: data.contacts,
    emptySections: values.emptySections,
    versionLabel: data.versionLabel,
    now,
  });
  const docx = await renderDocx(model);
  const paged = values.tocPageNumbers ? await fillTocPageNumbers(docx, { signal: options.signal }) : { buffer: docx, filled: false };
  return {
    filename: exportFilename({ title: concept.title, isFinal: model.meta.isFinal, date: now }),
    contentType: DOCX_MIME_TYPE,
    buffer: paged.buffer,
    tocPageNumbers: paged.filled,
  };
}
