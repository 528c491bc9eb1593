import type { Db } from '../../db/client';
import type { RevisionKind, SectionStatus } from '../../db/schema-concepts';
import { contentHash } from '../editor/content-hash';
import { EDITOR_SCHEMA_VERSION } from '../editor/extensions';
import { countCharacters } from '../editor/text';
import type { TiptapDoc } from '../editor/types';
import { moveCommentAnchors } from '../comments/move-anchors';
import type { AuditEntry } from '../audit/queries';
import { insertHeadRevision } from './queries';

/**
 * Appends revision head+1 and moves the head. The caller must hold the section
 * row lock (findSectionForUpdate) inside its transaction and must have validated
 * the content. Revisions are never updated or deleted. Comment anchors of the section move
 * onto the new revision in the same transaction.
 */
export async function appendRevision(
  trx: Db,
  input: {
    section: { id: string; district_id: string; head_revision: number; status: SectionStatus };
    content: TiptapDoc;
    kind: RevisionKind;
    authorId: string | null;
    restoredFrom?: number;
    status?: SectionStatus;
    /** contentHash(content), when the caller has computed it already. */
    contentHash?: string;
    /** Whether range comments exist, when the caller has read it under the row lock (false: no anchors to move). */
    hasRangeThreads?: boolean;
    /** The audit entry of the change, written in the same statement as the revision. */
    audit?: AuditEntry;
  },
) {
  const number = input.section.head_revision + 1;
  // The starter text of a template does not count as work on the section; a person's save does.
  const status =
    input.status ?? (input.kind !== 'template' && input.section.status === 'empty' ? 'in_progress' : input.section.status);
  const revision = await insertHeadRevision(trx, {
    sectionId: input.section.id,
    districtId: input.section.district_id,
    number,
    content: input.content,
    contentHash: input.contentHash ?? contentHash(input.content),
    textChars: countCharacters(input.content),
    kind: input.kind,
    restoredFrom: input.restoredFrom ?? null,
    schemaVersion: EDITOR_SCHEMA_VERSION,
    authorId: input.authorId,
    status,
    audit: input.audit,
  });
  if (input.hasRangeThreads !== false) {
    await moveCommentAnchors(trx, { sectionId: input.section.id, newRevision: number, newContent: input.content });
  }
  return { number, createdAt: revision.created_at, status };
}
