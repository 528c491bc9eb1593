import { z } from 'zod';
import { getDb } from '../../db/client';
import { SECTION_STATUSES, type ChecklistState } from '../../db/schema-concepts';
import type { Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { AppError } from '../errors';
import { parseInput } from '../shared/action-result';
import { findSection as findTemplateSection, getTemplate } from '../templates';
import { loadSection } from './load-section';
import { updateSectionMeta } from './queries';

const UNKNOWN_SECTION = 'Diesen Abschnitt gibt es nicht. Bitte laden Sie die Seite neu.';
const UNKNOWN_ITEM = 'Diesen Prüfpunkt gibt es in diesem Abschnitt nicht.';

export const setSectionStatusSchema = z.object({
  sectionId: z.string({ error: UNKNOWN_SECTION }),
  status: z.enum(SECTION_STATUSES, { error: 'Unbekannter Bearbeitungsstand.' }),
});

/** Sets a section's status (leer / in Arbeit / fertig). Members with section.edit. Audited. */
export async function setSectionStatus(actor: Actor, input: unknown) {
  const values = parseInput(setSectionStatusSchema, input);
  await getDb()
    .transaction()
    .execute(async (trx) => {
      const { section } = await loadSection(trx, actor, values.sectionId, 'section.edit', { lock: true });
      if (section.status === values.status) return;
      await updateSectionMeta(trx, { sectionId: section.id, status: values.status, updatedBy: actor.userId });
      await insertAuditEntry(trx, {
        actorUserId: actor.userId,
        districtId: section.district_id,
        action: 'section.status',
        objectType: 'section',
        objectId: section.id,
        details: { key: section.key, from: section.status, to: values.status },
      });
    });
  return { status: values.status };
}

export const setChecklistItemSchema = z.object({
  sectionId: z.string({ error: UNKNOWN_SECTION }),
  itemKey: z.string({ error: UNKNOWN_ITEM }).min(1, UNKNOWN_ITEM).max(100, UNKNOWN_ITEM),
  isDone: z.boolean({ error: 'Bitte geben Sie an, ob der Prüfpunkt erledigt ist.' }),
});

/**
 * Ticks or unticks one checklist requirement of a section; the key must exist in
 * the pinned template. Members with section.edit. Audited.
 */
export async function setChecklistItem(actor: Actor, input: unknown) {
  const values = parseInput(setChecklistItemSchema, input);
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const { section, concept } = await loadSection(trx, actor, values.sectionId, 'section.edit', { lock: true });
      const templateSection = findTemplateSection(getTemplate(concept.template_id, concept.template_version), section.key);
      if (!templateSection?.checklist.some((item) => item.key === values.itemKey)) {
        throw new AppError('invalid_input', UNKNOWN_ITEM);
      }
      const checklist: ChecklistState = { ...section.checklist };
      if (values.isDone) checklist[values.itemKey] = { by: actor.userId, at: new Date().toISOString() };
      else delete checklist[values.itemKey];
      await updateSectionMeta(trx, { sectionId: section.id, checklist, updatedBy: actor.userId });
      await insertAuditEntry(trx, {
        actorUserId: actor.userId,
        districtId: section.district_id,
        action: values.isDone ? 'section.checklist_tick' : 'section.checklist_untick',
        objectType: 'section',
        objectId: section.id,
        details: { key: section.key, item: values.itemKey },
      });
      return { checklist };
    });
}
