import { z } from 'zod';
import { getDb } from '../../db/client';
import { VERDICTS } from '../../db/schema-review';
import type { Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { AppError } from '../errors';
import { loadSection } from '../sections/load-section';
import { parseInput } from '../shared/action-result';
import { idSchema, plainText } from '../shared/schemas';
import { findLatestVersion } from '../versions/queries';
import { VERDICT_LABELS } from './labels';
import { noticeVerdict, sectionLabel } from './notices';
import { upsertVerdict } from './queries';

export const giveVerdictSchema = z.object({
  sectionId: idSchema,
  verdict: z.enum(VERDICTS, { error: 'Bitte wählen Sie eine Bewertung.' }),
  note: plainText({ multiline: true }).max(4000, 'Die Anmerkung darf höchstens 4000 Zeichen lang sein.').default(''),
});

/**
 * The advisor's verdict on one section of the submitted Fassung: erfüllt / nachbessern / offen /
 * entfällt, with a note (required for „nachbessern“: the district must know what to improve).
 * Giving it again on the same Fassung replaces it (the audit keeps each). Assigned advisors of a
 * shared concept while it is Eingereicht. Throws not_found, forbidden, invalid_input.
 */
export async function giveVerdict(actor: Actor, input: unknown) {
  const values = parseInput(giveVerdictSchema, input);
  if (values.verdict === 'nachbessern' && values.note.length < 3) {
    throw new AppError('invalid_input', 'Bitte schreiben Sie dazu, was nachgebessert werden soll.', {
      fields: { note: 'Bitte schreiben Sie dazu, was nachgebessert werden soll.' },
    });
  }
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const { section, concept } = await loadSection(trx, actor, values.sectionId, 'review.verdict');
      const version = await findLatestVersion(trx, { districtId: section.district_id, conceptId: concept.id });
      if (!version || version.kind !== 'submission') throw new AppError('invalid_input', 'Zu diesem Konzept gibt es keine eingereichte Fassung.');
      await upsertVerdict(trx, {
        versionId: version.id,
        sectionId: section.id,
        districtId: section.district_id,
        verdict: values.verdict,
        note: values.note,
        authorId: actor.userId,
      });
      await insertAuditEntry(trx, {
        actorUserId: actor.userId,
        districtId: section.district_id,
        action: 'review.verdict',
        objectType: 'section',
        objectId: section.id,
        conceptId: concept.id,
        details: { concept: concept.title, key: section.key, version: version.number, verdict: values.verdict },
      });
      await noticeVerdict(trx, actor, {
        concept,
        section,
        sectionLabel: sectionLabel(concept, section.key),
        verdictLabel: VERDICT_LABELS[values.verdict],
        versionNumber: version.number,
      });
      return { verdict: values.verdict, versionNumber: version.number, concept, section };
    });
}
