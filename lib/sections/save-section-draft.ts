import { z } from 'zod';
import { getDb } from '../../db/client';
import type { Actor } from '../access';
import { contentHash } from '../editor/content-hash';
import { validateRichText } from '../editor/validate-content';
import { AppError } from '../errors';
import { parseInput } from '../shared/action-result';
import { appendRevision } from './append-revision';
import { loadSection } from './load-section';
import { findHeadForSave, findRevision } from './queries';

export const saveSectionDraftSchema = z.object({
  sectionId: z.string({ error: 'Diesen Abschnitt gibt es nicht. Bitte laden Sie die Seite neu.' }),
  baseRevision: z.number({ error: 'Die Ausgangsversion fehlt.' }).int().min(0),
  content: z.unknown(),
});

export interface SavedRevision {
  revision: number;
  savedAt: Date;
  isUnchanged: boolean;
  status: string;
}

/**
 * Saves a section's text as a new immutable revision. Members with section.edit
 * (coordinators, editors) of the section's district.
 * - Permission first (another district's section is not_found, whatever was sent), then the rich
 *   text is validated against the editor schema; invalid input stores nothing.
 * - If someone saved since `baseRevision`, throws `conflict` with the current head
 *   (`details.head`: number, content, author, time) so the UI can show both texts.
 * - Saving the head's text again adds no revision (and is no conflict, whatever the base).
 * Throws not_found (also for other districts), forbidden, invalid_input, conflict.
 */
export async function saveSectionDraft(actor: Actor, input: unknown): Promise<SavedRevision> {
  const values = parseInput(saveSectionDraftSchema, input);
  return getDb()
    .transaction()
    .execute(async (trx) => {
      const { section, concept } = await loadSection(trx, actor, values.sectionId, 'section.edit', { lock: true });
      const content = validateRichText(values.content);
      const hash = contentHash(content);
      // Only the head's hash: its text and author are read when the save conflicts.
      const head = section.head_revision > 0 ? await findHeadForSave(trx, { sectionId: section.id, number: section.head_revision }) : undefined;
      // The same text as the head is never a conflict, whatever the base: e.g. a save sent
      // with keepalive while the page closed landed after the page was opened again.
      if (head && head.content_hash === hash) {
        return { revision: head.number, savedAt: head.created_at, isUnchanged: true, status: section.status };
      }
      if (values.baseRevision !== section.head_revision) {
        const current = head ? await findRevision(trx, { sectionId: section.id, number: head.number }) : undefined;
        throw new AppError('conflict', 'Jemand anderes hat diesen Abschnitt inzwischen gespeichert.', {
          head: {
            number: section.head_revision,
            content: current?.content ?? { type: 'doc', content: [{ type: 'paragraph' }] },
            authorName: current?.author_name ?? null,
            savedAt: current?.created_at ?? null,
          },
        });
      }
      const saved = await appendRevision(trx, {
        section,
        content,
        contentHash: hash,
        kind: 'edit',
        authorId: actor.userId,
        hasRangeThreads: head ? Boolean(head.has_range_threads) : undefined,
        audit: {
          actorUserId: actor.userId,
          districtId: section.district_id,
          action: 'section.save',
          objectType: 'section',
          objectId: section.id,
          details: { conceptId: concept.id, key: section.key, revision: section.head_revision + 1 },
        },
      });
      return { revision: saved.number, savedAt: saved.createdAt, isUnchanged: false, status: saved.status };
    });
}
