import type { Db } from '../../db/client';
import type { CommentAuthorRole } from '../../db/schema-review';
import type { Actor } from '../access';
import { insertAuditEntry } from '../audit/queries';
import { listDistrictAdvisors, listDistrictMembers, type ConceptRow } from '../concepts/queries';
import { AppError } from '../errors';
import { loadSection } from '../sections/load-section';
import { findComment, findThreadForUpdate, type ThreadRow } from './queries';

/**
 * The building blocks the comment use cases share: who may be mentioned, loading a thread or a
 * comment with the permission check, the audit entry. They trust the calling use case for the
 * action they are given.
 */

/** People who may be mentioned: the district's active members and, for a shared concept, its advisors. */
export async function listMentionable(db: Db, concept: Pick<ConceptRow, 'district_id' | 'is_shared'>) {
  const [members, advisors] = await Promise.all([
    listDistrictMembers(db, { districtId: concept.district_id }),
    concept.is_shared ? listDistrictAdvisors(db, { districtId: concept.district_id }) : Promise.resolve([]),
  ]);
  return [
    ...members.map((m) => ({ id: m.id, name: m.display_name, role: m.role as CommentAuthorRole })),
    ...advisors.map((a) => ({ id: a.id, name: a.display_name, role: 'advisor' as const })),
  ];
}

/** The mentioned people without repeats; anyone who may not be mentioned on the concept: invalid_input. */
export async function checkMentions(db: Db, concept: Pick<ConceptRow, 'district_id' | 'is_shared'>, mentions: readonly string[]): Promise<string[]> {
  const unique = [...new Set(mentions)];
  if (unique.length === 0) return [];
  const allowed = new Set((await listMentionable(db, concept)).map((p) => p.id));
  if (!unique.every((id) => allowed.has(id))) {
    throw new AppError('invalid_input', 'Erwähnen können Sie nur Mitglieder der Kommune und die zugeordnete Beratung.', {
      fields: { mentions: 'Diese Person kann hier nicht erwähnt werden.' },
    });
  }
  return unique;
}

/** The audit entry of a comment event: names the concept, the section and the thread's number (never a comment's text). */
export async function auditThread(
  trx: Db,
  actor: Actor,
  action: string,
  { thread, section, concept }: { thread: { id: string; number: number }; section: { key: string; district_id: string }; concept: { id: string; title: string } },
  extra: Record<string, unknown> = {},
) {
  await insertAuditEntry(trx, {
    actorUserId: actor.userId,
    districtId: section.district_id,
    action,
    objectType: 'comment_thread',
    objectId: thread.id,
    conceptId: concept.id,
    details: { concept: concept.title, key: section.key, thread: thread.number, ...extra },
  });
}

/** Loads a thread (locked) with its section and checks the action on the concept; other districts: not_found. */
export async function loadThread(trx: Db, actor: Actor, threadId: string, action: Parameters<typeof loadSection>[3]) {
  const thread = await findThreadForUpdate(trx, { threadId });
  if (!thread) throw new AppError('not_found');
  const { section, concept } = await loadSection(trx, actor, thread.sectionId, action);
  return { thread, section, concept };
}

/** A comment with its thread (locked), section and concept, checked for `action` like loadThread. */
export async function loadComment(trx: Db, actor: Actor, commentId: string, action: Parameters<typeof loadSection>[3]) {
  const comment = await findComment(trx, { commentId });
  if (!comment) throw new AppError('not_found');
  return { comment, ...(await loadThread(trx, actor, comment.threadId, action)) };
}

/** What reopening a thread needs: clearing a recorded disposition is the district's decision, like recording it. */
export function reopenAction(thread: Pick<ThreadRow, 'disposition'>): 'review.disposition' | 'review.resolve' {
  return thread.disposition ? 'review.disposition' : 'review.resolve';
}
