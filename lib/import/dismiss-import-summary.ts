import { getDb } from '../../db/client';
import type { Actor } from '../access';
import { clearImportSummary } from '../concepts/queries';
import { loadConcept } from '../concepts/load-concept';

/**
 * Hides the summary of a Word import on the concept page (issue 14, item 3). Coordinators of the
 * concept's district while the concept is editable (concept.manage); another district: not_found.
 * The file name stays for the history. Idempotent.
 */
export async function dismissImportSummary(actor: Actor, conceptId: unknown): Promise<void> {
  await getDb()
    .transaction()
    .execute(async (trx) => {
      const { concept } = await loadConcept(trx, actor, conceptId, 'concept.manage', { lock: true });
      await clearImportSummary(trx, { conceptId: concept.id });
    });
}
