import type { Db } from '../../db/client';
import { assertConcept, type Actor, type ConceptContext } from '../access';
import { reanchor } from '../comments/anchor';
import { addressedIn, AUTHOR_ROLE_LABELS, DISPOSITION_LABELS, quoteForDisplay } from '../comments/list-comments';
import { listComments, listThreads, type ThreadRow } from '../comments/queries';
import { buildTextMap } from '../comments/text-map';
import type { TiptapDoc } from '../editor/types';
import { findRevision, listConceptSections } from '../sections/queries';
import { listVersionRevisionNumbers, listVersions, type VersionRow } from '../versions/queries';
import type { WordThread } from './word-comments';

const FORMER_ACCOUNT = 'Ehemaliges Konto';

interface Source {
  districtId: string;
  conceptId: string;
  /** The Fassung being exported; undefined for the current text. */
  version: VersionRow | undefined;
  /** The exported text of each section by key (as loaded for the export). */
  contents: ReadonlyMap<string, unknown>;
}

/**
 * Which threads a Fassung's document carries: those started before the next Fassung was frozen (the
 * advisor's comments on Fassung 1 are written after it, before Fassung 2). Later threads are about
 * later text. The current text carries all threads.
 */
function startedFor(threads: ThreadRow[], version: VersionRow | undefined, versions: readonly VersionRow[]): ThreadRow[] {
  if (!version) return threads;
  const next = versions.filter((v) => v.number > version.number).sort((a, b) => a.number - b.number)[0];
  return next ? threads.filter((t) => t.createdAt < next.createdAt) : threads;
}

/**
 * The concept's comment threads for the DOCX, each with its passage located in the exported text.
 * Anchors are kept on the section's newest revision; for a Fassung (or a head the anchor has not
 * caught up with) the passage is moved from the anchor's revision into the exported one exactly as
 * saving moves it (reanchor: word diff, then the quote with its context). Not found there: detached.
 * Reads within the caller's snapshot. Anyone who may read the concept sees every thread, as in the
 * app (coordinators, editors, the assigned advisor of a shared concept); throws not_found otherwise.
 */
export async function loadWordThreads(db: Db, actor: Actor, context: ConceptContext, source: Source): Promise<WordThread[]> {
  assertConcept(actor, 'concept.read', context);
  const ids = { districtId: source.districtId, conceptId: source.conceptId };
  const [allThreads, versions, sections] = await Promise.all([listThreads(db, ids), listVersions(db, ids), listConceptSections(db, ids)]);
  const threads = startedFor(allThreads, source.version, versions);
  if (threads.length === 0) return [];
  const revisions = source.version ? await listVersionRevisionNumbers(db, { districtId: source.districtId, versionId: source.version.id }) : null;
  const sectionsById = new Map(sections.map((s) => [s.id, s]));
  const comments = new Map<string, WordThread['messages']>();
  for (const c of await listComments(db, { districtId: source.districtId, threadIds: threads.map((t) => t.id) })) {
    const list = comments.get(c.threadId) ?? [];
    list.push({ authorName: c.authorName ?? FORMER_ACCOUNT, body: c.body, createdAt: c.createdAt, redactedAt: c.redactedAt });
    comments.set(c.threadId, list);
  }
  const texts = new Map<string, string>();
  const textOf = (key: string) => {
    let text = texts.get(key);
    if (text === undefined) {
      const content = source.contents.get(key);
      text = typeof content === 'object' && content !== null ? buildTextMap(content as TiptapDoc).text : '';
      texts.set(key, text);
    }
    return text;
  };

  const out: WordThread[] = [];
  for (const thread of threads) {
    const section = sectionsById.get(thread.sectionId);
    if (!section) continue;
    let range: WordThread['range'] = null;
    const anchor = thread.anchor;
    if (thread.anchorKind === 'range' && anchor) {
      const target = textOf(section.key);
      const targetRevision = revisions ? (revisions.get(section.key) ?? 0) : section.head_revision;
      if (!thread.isDetached && anchor.revision === targetRevision && target.slice(anchor.start, anchor.end) === anchor.exact) {
        range = { start: anchor.start, end: anchor.end };
      } else if (target !== '') {
        const old = await findRevision(db, { sectionId: section.id, number: anchor.revision });
        const oldText = old ? buildTextMap(old.content as unknown as TiptapDoc).text : '';
        const moved = reanchor(anchor, oldText, target, { isDetached: thread.isDetached });
        if (!moved.isDetached) range = { start: moved.position.start, end: moved.position.end };
      }
    }
    out.push({
      number: thread.number,
      sectionKey: section.key,
      anchorKind: thread.anchorKind,
      range,
      quote: anchor ? quoteForDisplay(anchor.exact) : null,
      isDetached: thread.anchorKind === 'range' && range === null,
      roleLabel: AUTHOR_ROLE_LABELS[thread.authorRole],
      isResolved: thread.isResolved,
      messages: comments.get(thread.id) ?? [],
      resolution: thread.isResolved
        ? {
            byName: thread.resolvedByName ?? FORMER_ACCOUNT,
            at: thread.resolvedAt ?? thread.createdAt,
            label: thread.disposition ? DISPOSITION_LABELS[thread.disposition] : null,
            reason: thread.dispositionReason,
            fassung: addressedIn(thread.resolvedAt, versions),
          }
        : null,
    });
  }
  return out;
}
