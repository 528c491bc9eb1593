import { getDb } from '../../db/client';
import type { Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { formatDate } from '../shared/date-format';
import { loadConcept } from '../concepts/load-concept';
import { findSuccessor, insertConcept, insertSections } from '../concepts/queries';
import { copyConceptFacilities } from '../concepts/scope-queries';
import { validateRichText } from '../editor/validate-content';
import { isEmptyDoc } from '../editor/text';
import type { TiptapDoc } from '../editor/types';
import { AppError } from '../errors';
import { appendRevision } from '../sections/append-revision';
import { listConceptSections, updateSectionMeta } from '../sections/queries';
import { parseInput } from '../shared/action-result';
import { blocksToTiptap, flattenSections, getTemplate } from '../templates';
import { listVersionSections, listVersions } from '../versions/queries';
import { conceptStepSchema } from './schemas';

/**
 * „Fortschreibung beginnen“: starts the next edition of an adopted concept as a new draft on the
 * template's current version. Every section of the adopted Fassung is carried over as the first
 * revision of the new section (kind carryover), with its status and ticked requirements; sections
 * new in the template start from their starter text. Both editions are linked; the adopted one
 * stays read-only and downloadable and becomes „abgelöst“ when the new edition is adopted.
 * Comments and verdicts stay with the edition they were given on. Coordinators of the district,
 * once per adopted concept. Throws not_found, forbidden (role, state), invalid_input (already begun).
 */
export async function startFortschreibung(actor: Actor, input: unknown) {
  const values = parseInput(conceptStepSchema, input);
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const { concept, district } = await loadConcept(trx, actor, values.conceptId, 'concept.continue', { lock: true });
      const existing = await findSuccessor(trx, { districtId: district.id, conceptId: concept.id });
      if (existing) {
        throw new AppError('invalid_input', `Die Fortschreibung dieses Konzepts wurde bereits begonnen („${existing.title}“).`, {
          conceptId: existing.id,
        });
      }
      const adopted = (await listVersions(trx, { districtId: district.id, conceptId: concept.id })).find((v) => v.kind === 'adoption');
      if (!adopted) throw new AppError('invalid_input', 'Zu diesem Konzept gibt es keine beschlossene Fassung.');
      const [frozen, oldSections] = await Promise.all([
        listVersionSections(trx, { districtId: district.id, versionId: adopted.id }),
        listConceptSections(trx, { districtId: district.id, conceptId: concept.id }),
      ]);
      const frozenByKey = new Map(frozen.map((s) => [s.key, s]));
      const oldByKey = new Map(oldSections.map((s) => [s.key, s]));

      const template = getTemplate(concept.template_id);
      const next = await insertConcept(trx, {
        districtId: district.id,
        title: concept.title,
        templateId: template.id,
        templateVersion: template.version,
        responsible: concept.responsible,
        createdBy: actor.userId,
        previousConceptId: concept.id,
        edition: concept.edition + 1,
        isShared: concept.is_shared,
      });
      await copyConceptFacilities(trx, { fromConceptId: concept.id, toConceptId: next.id });
      const flat = flattenSections(template);
      const rows = await insertSections(
        trx,
        flat.map((f, position) => ({ conceptId: next.id, districtId: district.id, key: f.key, position })),
      );
      const today = formatDate(new Date());
      let carried = 0;
      for (const row of rows) {
        const flatSection = flat.find((f) => f.key === row.key)!;
        const old = frozenByKey.get(row.key);
        const oldContent = old?.content as TiptapDoc | null | undefined;
        const section = { id: row.id, district_id: district.id, head_revision: 0, status: 'empty' as const };
        if (oldContent && !isEmptyDoc(oldContent)) {
          await appendRevision(trx, { section, content: validateRichText(oldContent), kind: 'carryover', authorId: actor.userId, status: old!.status });
          carried++;
        } else if (flatSection.section.starter?.length) {
          await appendRevision(trx, { section, content: validateRichText(blocksToTiptap(flatSection.section.starter, { today })), kind: 'template', authorId: null });
        }
        // Ticked requirements that still exist in the template carry over with the text they describe.
        const itemKeys = new Set(flatSection.section.checklist.map((i) => i.key));
        const oldChecklist = oldByKey.get(row.key)?.checklist ?? {};
        const checklist = Object.fromEntries(Object.entries(oldChecklist).filter(([key]) => itemKeys.has(key)));
        if (Object.keys(checklist).length > 0) await updateSectionMeta(trx, { sectionId: row.id, checklist, updatedBy: actor.userId });
      }
      for (const [conceptId, detail] of [
        [next.id, { from: concept.title, edition: concept.edition + 1, adoptedVersion: adopted.number }],
        [concept.id, { successor: next.id, edition: concept.edition + 1 }],
      ] as const) {
        await insertAuditEntry(trx, {
          actorUserId: actor.userId,
          districtId: district.id,
          action: 'concept.fortschreibung',
          objectType: 'concept',
          objectId: conceptId,
          conceptId,
          details: { concept: concept.title, ...detail },
        });
      }
      return { conceptId: next.id, edition: concept.edition + 1, carriedSections: carried };
    });
}
