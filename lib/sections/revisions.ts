import { z } from 'zod';
import { getDb } from '../../db/client';
import type { Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { validateRichText } from '../editor/validate-content';
import { AppError } from '../errors';
import { parseInput } from '../shared/action-result';
import { appendRevision } from './append-revision';
import { loadSection } from './load-section';
import { findRevision } from './queries';

const revisionNumber = z.coerce.number({ error: 'Ungültige Version.' }).int('Ungültige Version.').min(1, 'Ungültige Version.');

export const restoreRevisionSchema = z.object({
  sectionId: z.string({ error: 'Diesen Abschnitt gibt es nicht. Bitte laden Sie die Seite neu.' }),
  revision: revisionNumber,
});

/**
 * Restores an older revision by appending it as the newest one; history is never
 * rewritten, so the restore itself can be undone the same way. Members with
 * section.edit. Throws not_found, forbidden, invalid_input.
 */
export async function restoreRevision(actor: Actor, input: unknown) {
  const values = parseInput(restoreRevisionSchema, input);
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const { section, concept } = await loadSection(trx, actor, values.sectionId, 'section.edit', { lock: true });
      const old = await findRevision(trx, { sectionId: section.id, number: values.revision });
      if (!old) throw new AppError('not_found', 'Diese Version gibt es nicht.');
      if (old.number === section.head_revision) {
        throw new AppError('invalid_input', 'Diese Version ist bereits die aktuelle.');
      }
      // Revalidate: a revision stored under an older editor schema must still be editable today.
      const content = validateRichText(old.content);
      const saved = await appendRevision(trx, { section, content, kind: 'restore', authorId: actor.userId, restoredFrom: old.number });
      await insertAuditEntry(trx, {
        actorUserId: actor.userId,
        districtId: section.district_id,
        action: 'section.restore',
        objectType: 'section',
        objectId: section.id,
        details: { conceptId: concept.id, key: section.key, restoredFrom: old.number, revision: saved.number },
      });
      return { revision: saved.number };
    });
}
