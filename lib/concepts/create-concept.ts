import { z } from 'zod';
import { getDb } from '../../db/client';
import { assertCan, type Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { findDistrict } from '../districts/queries';
import type { TiptapDoc } from '../editor/types';
import { validateRichText } from '../editor/validate-content';
import { AppError } from '../errors';
import { appendRevision } from '../sections/append-revision';
import { parseInput } from '../shared/action-result';
import { idSchema, plainText } from '../shared/schemas';
import { blocksToTiptap, flattenSections, getTemplate, listTemplates } from '../templates';
import { formatDate } from '../shared/date-format';
import { insertConcept, insertSections } from './queries';
import { countDistrictFacilities, insertConceptFacilities } from './scope-queries';

/** Title, responsible body and scope: asked when a concept is created, changeable later (update-concept-details.ts). */
export const conceptDetailsFields = {
  title: plainText().min(5, 'Bitte geben Sie einen Titel mit mindestens fünf Zeichen ein.').max(200, 'Der Titel darf höchstens 200 Zeichen lang sein.'),
  responsible: plainText()
    .min(3, 'Bitte nennen Sie die verantwortliche Stelle oder Person.')
    .max(200, 'Die Angabe darf höchstens 200 Zeichen lang sein.'),
  facilityIds: z.array(idSchema).max(200).default([]),
};

export const createConceptSchema = z.object({
  districtId: idSchema,
  templateId: z.string().min(1, 'Bitte wählen Sie eine Vorlage.'),
  ...conceptDetailsFields,
});

/**
 * Creates a concept from the latest version of a template (the version is pinned)
 * with one section per template section; starter content becomes revision 1.
 * Coordinators of the district. Throws not_found, forbidden, invalid_input.
 */
export async function createConcept(actor: Actor, input: unknown) {
  return insertNewConcept(actor, parseInput(createConceptSchema, input));
}

/** Sections taken over from a Word document (lib/import/import-docx.ts): content by section key. */
export interface ImportedContents {
  fileName: string;
  contents: ReadonlyMap<string, TiptapDoc>;
  summary: Record<string, unknown>;
}

/**
 * createConcept after its input is parsed; with `imported`, those sections get the imported text as
 * their first revision (kind „import“, by the actor) instead of the template's starter text.
 * Checks the actor itself.
 */
export async function insertNewConcept(actor: Actor, values: z.infer<typeof createConceptSchema>, imported?: ImportedContents) {
  assertCan(actor, 'concept.create', { districtId: values.districtId });
  if (!listTemplates().some((t) => t.id === values.templateId)) {
    throw new AppError('invalid_input', 'Diese Vorlage gibt es nicht.', { fields: { templateId: 'Unbekannte Vorlage.' } });
  }
  const template = getTemplate(values.templateId);
  const facilityIds = [...new Set(values.facilityIds)];

  return getDb()
    .transaction()
    .execute(async (trx) => {
      const district = await findDistrict(trx, { districtId: values.districtId });
      if (!district) throw new AppError('not_found');
      if ((await countDistrictFacilities(trx, { districtId: district.id, facilityIds })) !== facilityIds.length) {
        throw new AppError('invalid_input', 'Mindestens eine ausgewählte Unterkunft gehört nicht zu dieser Kommune.');
      }
      const concept = await insertConcept(trx, {
        districtId: district.id,
        title: values.title,
        templateId: template.id,
        templateVersion: template.version,
        responsible: values.responsible,
        createdBy: actor.userId,
        ...(imported ? { importFileName: imported.fileName, importSummary: imported.summary } : {}),
      });
      await insertConceptFacilities(trx, { conceptId: concept.id, facilityIds });
      const flat = flattenSections(template);
      const sections = await insertSections(
        trx,
        flat.map((f, position) => ({ conceptId: concept.id, districtId: district.id, key: f.key, position })),
      );
      // Facts from the details become live data fields, not copied text; only „today“ is written in.
      const today = formatDate(new Date());
      for (const row of sections) {
        const importedContent = imported?.contents.get(row.key);
        if (importedContent) {
          await appendRevision(trx, {
            section: { id: row.id, district_id: district.id, head_revision: 0, status: 'empty' },
            content: validateRichText(importedContent),
            kind: 'import',
            authorId: actor.userId,
          });
          continue;
        }
        const starter = flat.find((f) => f.key === row.key)?.section.starter;
        if (!starter?.length) continue;
        await appendRevision(trx, {
          section: { id: row.id, district_id: district.id, head_revision: 0, status: 'empty' },
          content: validateRichText(blocksToTiptap(starter, { today })),
          kind: 'template',
          authorId: null,
        });
      }
      await insertAuditEntry(trx, {
        actorUserId: actor.userId,
        districtId: district.id,
        action: 'concept.create',
        objectType: 'concept',
        objectId: concept.id,
        details: {
          title: concept.title,
          template: `${template.id}@${template.version}`,
          ...(imported ? { importedFrom: imported.fileName, importedSections: imported.contents.size } : {}),
        },
      });
      return concept;
    });
}
