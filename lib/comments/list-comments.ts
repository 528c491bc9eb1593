import { getDb, type Db } from '../../db/client';
import type { CommentAuthorRole, Disposition } from '../../db/schema-review';
import { canOnConcept, type Actor } from '../access';
import { loadConcept } from '../concepts/load-concept';
import { AppError } from '../errors';
import { findSectionByKey, listConceptSections } from '../sections/queries';
import { flattenSections } from '../templates';
import { listVersions } from '../versions/queries';
import { listMentionable, reopenAction } from './thread-context';
import { AUTHOR_ROLE_LABELS, DISPOSITION_LABELS } from './labels';
import { listComments, listThreads, type ThreadRow } from './queries';
import { OBJECT_CHAR } from './text-map';
import { dataFieldToken } from '../editor/data-fields';

export { AUTHOR_ROLE_LABELS, DISPOSITION_LABELS } from './labels';

export interface CommentView {
  id: string;
  authorName: string;
  isOwn: boolean;
  body: string;
  mentions: string[];
  createdAt: Date;
  editedAt: Date | null;
  /** The text was removed for data protection (body is empty). */
  redactedAt: Date | null;
  canRedact: boolean;
}

export interface ThreadView {
  id: string;
  number: number;
  sectionId: string;
  anchorKind: ThreadRow['anchorKind'];
  /** Current position in the head revision's plain text (range threads that are attached). */
  anchor: { revision: number; start: number; end: number } | null;
  quote: string | null;
  isDetached: boolean;
  isResolved: boolean;
  authorRole: CommentAuthorRole;
  authorRoleLabel: string;
  resolvedAt: Date | null;
  resolvedByName: string | null;
  disposition: Disposition | null;
  dispositionLabel: string | null;
  dispositionReason: string | null;
  /** The Fassung frozen after the thread was resolved: where the hint was addressed. */
  addressedInVersion: number | null;
  comments: CommentView[];
  canReply: boolean;
  /** One's own comments can be changed while the thread is open. */
  canEditOwn: boolean;
  canResolve: boolean;
  /** Resolving needs a disposition (a hint of the advisor). */
  needsDisposition: boolean;
  canReopen: boolean;
}

/**
 * The quote as people read it. In the anchor's text a data field (e.g. the responsible body,
 * shown live in the editor) is one object replacement character, which a browser shows as an
 * empty box or not at all; the reader sees that a detail of the Eckdaten stood there instead.
 */
export function quoteForDisplay(exact: string): string {
  return exact.replaceAll(OBJECT_CHAR, dataFieldToken(null));
}

/** The first Fassung frozen after a thread was resolved: where the hint was addressed (also the DOCX comments). */
export function addressedIn(resolvedAt: Date | null, versions: ReadonlyArray<{ number: number; createdAt: Date }>): number | null {
  if (!resolvedAt) return null;
  const later = versions.filter((v) => v.createdAt > resolvedAt).sort((a, b) => a.number - b.number);
  return later[0]?.number ?? null;
}

async function buildThreadViews(
  db: Db,
  actor: Actor,
  loaded: Awaited<ReturnType<typeof loadConcept>>,
  threads: ThreadRow[],
): Promise<ThreadView[]> {
  const { district, context } = loaded;
  const [comments, versions] = await Promise.all([
    listComments(db, { districtId: district.id, threadIds: threads.map((t) => t.id) }),
    listVersions(db, { districtId: district.id, conceptId: loaded.concept.id }),
  ]);
  const byThread = new Map<string, CommentView[]>();
  const canRedact = canOnConcept(actor, 'review.redact', context);
  for (const c of comments) {
    const list = byThread.get(c.threadId) ?? [];
    list.push({
      id: c.id,
      authorName: c.authorName ?? 'Ehemaliges Konto',
      isOwn: c.authorId === actor.userId,
      body: c.body,
      mentions: c.mentions,
      createdAt: c.createdAt,
      editedAt: c.editedAt,
      redactedAt: c.redactedAt,
      canRedact: canRedact && !c.redactedAt,
    });
    byThread.set(c.threadId, list);
  }
  const canComment = canOnConcept(actor, 'review.comment', context);
  const canResolve = canOnConcept(actor, 'review.resolve', context);
  const canDispose = canOnConcept(actor, 'review.disposition', context);
  return threads.map((t) => {
    const needsDisposition = t.authorRole === 'advisor';
    return {
      id: t.id,
      number: t.number,
      sectionId: t.sectionId,
      anchorKind: t.anchorKind,
      anchor: t.anchor && !t.isDetached ? { revision: t.anchor.revision, start: t.anchor.start, end: t.anchor.end } : null,
      quote: t.anchor ? quoteForDisplay(t.anchor.exact) : null,
      isDetached: t.isDetached,
      isResolved: t.isResolved,
      authorRole: t.authorRole,
      authorRoleLabel: AUTHOR_ROLE_LABELS[t.authorRole],
      resolvedAt: t.resolvedAt,
      resolvedByName: t.resolvedByName,
      disposition: t.disposition,
      dispositionLabel: t.disposition ? DISPOSITION_LABELS[t.disposition] : null,
      dispositionReason: t.dispositionReason,
      addressedInVersion: addressedIn(t.resolvedAt, versions),
      comments: byThread.get(t.id) ?? [],
      canReply: canComment,
      canEditOwn: canComment && !t.isResolved,
      canResolve: !t.isResolved && (needsDisposition ? canDispose : canResolve),
      needsDisposition,
      canReopen: t.isResolved && canOnConcept(actor, reopenAction(t), context),
    };
  });
}

/** The comment panel of one section: threads (open first), whether the actor may comment, whom they may mention. */
export interface SectionComments {
  threads: ThreadView[];
  canComment: boolean;
  mentionable: Array<{ id: string; name: string; role: CommentAuthorRole }>;
}

/**
 * The comment threads of one section (open first, then erledigt), with what the actor may do
 * with each, and the people who can be mentioned. Anyone who may read the concept.
 * Throws not_found (other district, unshared for advisors, unknown section).
 */
export async function listSectionComments(actor: Actor, conceptId: unknown, sectionKey: unknown): Promise<SectionComments> {
  const db = getDb();
  const loaded = await loadConcept(db, actor, conceptId);
  if (typeof sectionKey !== 'string') throw new AppError('not_found');
  const section = await findSectionByKey(db, { conceptId: loaded.concept.id, key: sectionKey });
  if (!section) throw new AppError('not_found');
  return loadSectionComments(db, actor, loaded, section);
}

/** The comment panel of a section of a concept the calling use case has loaded with concept.read. */
export async function loadSectionComments(
  db: Db,
  actor: Actor,
  loaded: Awaited<ReturnType<typeof loadConcept>>,
  section: { id: string },
): Promise<SectionComments> {
  const threads = await listThreads(db, { districtId: loaded.district.id, conceptId: loaded.concept.id, sectionId: section.id });
  const views = await buildThreadViews(db, actor, loaded, threads);
  const canComment = canOnConcept(actor, 'review.comment', loaded.context);
  return {
    threads: [...views.filter((t) => !t.isResolved), ...views.filter((t) => t.isResolved)],
    canComment,
    mentionable: canComment ? (await listMentionable(db, loaded.concept)).filter((p) => p.id !== actor.userId) : [],
  };
}

/**
 * All advisor hints of a concept as the Stellungnahme table: Nr., section, quote, hint,
 * disposition, reason and the Fassung that addressed it; plus the district's own threads count and
 * whether the actor may download it as the advisor's Stellungnahme (a Word document).
 * Anyone who may read the concept. Throws not_found.
 */
export async function listConceptReview(actor: Actor, conceptId: unknown) {
  const db = getDb();
  const loaded = await loadConcept(db, actor, conceptId);
  const threads = await listThreads(db, { districtId: loaded.district.id, conceptId: loaded.concept.id });
  const views = await buildThreadViews(db, actor, loaded, threads);
  const flat = new Map(flattenSections(loaded.template).map((f) => [f.key, f]));
  const rows = await listConceptSections(db, { districtId: loaded.district.id, conceptId: loaded.concept.id });
  const sectionIds = new Map(
    rows.map((row) => [row.id, { key: row.key, number: flat.get(row.key)?.number ?? '', title: flat.get(row.key)?.title ?? row.key }]),
  );
  const withSection = views.map((t) => ({ ...t, section: sectionIds.get(t.sectionId) ?? { key: '', number: '', title: '' } }));
  return {
    concept: { id: loaded.concept.id, title: loaded.concept.title, status: loaded.concept.status },
    district: { id: loaded.district.id, name: loaded.district.name },
    advisorHints: withSection.filter((t) => t.authorRole === 'advisor'),
    districtThreads: withSection.filter((t) => t.authorRole !== 'advisor'),
    canDownloadStatement: loaded.can['concept.statement'],
  };
}
