/** Consecutive autosaves of one author closer than this belong to one working session. */
export const SESSION_GAP_MS = 15 * 60 * 1000;

export interface RevisionSummary {
  number: number;
  kind: string;
  authorId: string | null;
  authorName: string | null;
  createdAt: Date;
  textChars: number;
  restoredFrom: number | null;
}

export interface RevisionGroup<R extends RevisionSummary = RevisionSummary> {
  authorName: string | null;
  kind: string;
  first: R;
  last: R;
  revisions: R[];
}

/**
 * Groups a newest-first revision list into working sessions: same author, plain
 * edits, each save within SESSION_GAP_MS of the next. Restores and template or
 * seed revisions always stand alone, so they stay visible in the history.
 */
export function groupRevisions<R extends RevisionSummary>(revisions: readonly R[]): RevisionGroup<R>[] {
  const groups: RevisionGroup<R>[] = [];
  for (const revision of revisions) {
    const current = groups[groups.length - 1];
    const canJoin =
      current !== undefined &&
      revision.kind === 'edit' &&
      current.kind === 'edit' &&
      revision.authorId === current.first.authorId &&
      current.last.createdAt.getTime() - revision.createdAt.getTime() <= SESSION_GAP_MS;
    if (canJoin) {
      current.revisions.push(revision);
      current.last = revision;
    } else {
      groups.push({ authorName: revision.authorName, kind: revision.kind, first: revision, last: revision, revisions: [revision] });
    }
  }
  return groups;
}
