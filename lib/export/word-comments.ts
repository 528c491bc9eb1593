/**
 * The review's comment threads as Word comments (pure: no database, no docx).
 *
 * A comment on a passage becomes two marker nodes in the section's stored text, put at the
 * anchor's offsets before the data fields are resolved (insertAtOffsets in lib/comments/text-map.ts
 * counts exactly as the anchors do); the DOCX mapper turns them into w:commentRangeStart/-End
 * (inline-to-docx.ts), so the comment spans the passage however the export then changes the
 * text around it (values of data fields, renumbered references, soft hyphens). Comments on the
 * whole section, detached ones (their passage is gone) and any whose passage did not make it
 * into the document sit on the section's heading, with their quote. None is ever left out: a
 * comment on a section the document leaves out goes onto the heading of the section before it.
 */
import type { TiptapDoc, TiptapNode } from '../editor/types';
import { insertAtOffsets, type OffsetInsert } from '../comments/text-map';
import { formatDateTime } from '../shared/date-format';
import { flattenSections, type Template } from '../templates';
import type { ExportComment, ExportDocument, ExportSection } from './model';

/** An export-only inline node (never stored, not in the editor schema): where a Word comment's range starts or ends. */
export const COMMENT_MARKER_NODE = 'wordCommentMarker';

export type MarkerEdge = 'start' | 'end';

export function commentMarker(id: number, edge: MarkerEdge): TiptapNode {
  return { type: COMMENT_MARKER_NODE, attrs: { id, edge } };
}

export function readMarker(node: TiptapNode): { id: number; edge: MarkerEdge } | null {
  if (node.type !== COMMENT_MARKER_NODE) return null;
  const id = node.attrs?.id;
  const edge = node.attrs?.edge;
  return typeof id === 'number' && (edge === 'start' || edge === 'end') ? { id, edge } : null;
}

export interface WordThreadMessage {
  authorName: string;
  body: string;
  createdAt: Date;
  /** The text was removed for data protection: the comment stays, with a note instead of its text. */
  redactedAt: Date | null;
}

/** One comment thread as the export needs it (lib/export/load-word-comments.ts loads it). */
export interface WordThread {
  /** „Nr.“ of the thread in the app and in the Stellungnahme table. */
  number: number;
  sectionKey: string;
  anchorKind: 'range' | 'section';
  /** Offsets in the exported text of the section (its text map); null when the passage is not found there. */
  range: { start: number; end: number } | null;
  /** The quote as the app shows it (data fields as their label); null for section comments. */
  quote: string | null;
  /** The passage is gone („Textstelle nicht mehr vorhanden“). */
  isDetached: boolean;
  /** „DeBUG-Beratung“, „Koordination“, „Redaktion“: who started the thread. */
  roleLabel: string;
  isResolved: boolean;
  messages: WordThreadMessage[];
  /**
   * For a thread that is erledigt: who closed it and when, and for an advisor's hint how the district
   * dealt with it. Written as the thread's last reply, by whoever closed it, as the app shows it under
   * the thread („Erledigt – übernommen: … (Fassung 2)“). It also gives every erledigt thread a reply,
   * which is what makes docx write commentsExtended.xml, where Word and LibreOffice read „erledigt“ from.
   */
  resolution: { byName: string; at: Date; label: string | null; reason: string | null; fassung: number | null } | null;
}

interface NumberedThread extends WordThread {
  /** Word id of the thread's first comment. */
  id: number;
  /**
   * Word ids of all its comments: the first, the replies, the resolution. Each gets its own range on
   * the same passage, as Word writes replies; LibreOffice shows a comment only where its range is.
   */
  ids: number[];
}

export interface PreparedWordComments {
  /** The section texts with the range markers in them; pass these to buildExportModel. */
  contents: Map<string, unknown>;
  threads: NumberedThread[];
}

/** Word ids in thread order: each thread's first comment, then its replies. */
function numberThreads(threads: readonly WordThread[]): NumberedThread[] {
  let next = 0;
  return [...threads]
    .sort((a, b) => a.number - b.number)
    .map((thread) => {
      const id = next;
      const count = Math.max(1, thread.messages.length) + (thread.resolution ? 1 : 0);
      next += count;
      return { ...thread, id, ids: Array.from({ length: count }, (_, i) => id + i) };
    });
}

/** Puts the markers of the comments on passages into the section texts (before buildExportModel). */
export function prepareWordComments(contents: ReadonlyMap<string, unknown>, threads: readonly WordThread[]): PreparedWordComments {
  const numbered = numberThreads(threads);
  const inserts = new Map<string, OffsetInsert[]>();
  for (const thread of numbered) {
    if (!thread.range) continue;
    const list = inserts.get(thread.sectionKey) ?? [];
    for (const id of thread.ids) list.push({ offset: thread.range.start, bias: 'start', node: commentMarker(id, 'start') });
    // Ends in reverse order: the ranges nest, as Word writes a thread.
    for (const id of [...thread.ids].reverse()) list.push({ offset: thread.range.end, bias: 'end', node: commentMarker(id, 'end') });
    inserts.set(thread.sectionKey, list);
  }
  const out = new Map(contents);
  for (const [key, list] of inserts) {
    const content = contents.get(key);
    if (typeof content === 'object' && content !== null) out.set(key, insertAtOffsets(content as TiptapDoc, list));
  }
  return { contents: out, threads: numbered };
}

function collectMarkers(node: TiptapNode, found: Map<number, Set<MarkerEdge>>): void {
  const marker = readMarker(node);
  if (marker) {
    const edges = found.get(marker.id) ?? new Set<MarkerEdge>();
    edges.add(marker.edge);
    found.set(marker.id, edges);
  }
  for (const child of node.content ?? []) collectMarkers(child, found);
}

/** The document without the markers of these ids (a range that lost one of its ends). */
function withoutMarkers<T extends TiptapNode | TiptapDoc>(node: T, ids: ReadonlySet<number>): T {
  if (!node.content) return node;
  const content = node.content.filter((child) => {
    const marker = readMarker(child);
    return !marker || !ids.has(marker.id);
  });
  return { ...node, content: content.map((child) => withoutMarkers(child, ids)) };
}

const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w))
    .map((w) => w[0]!.toLocaleUpperCase('de-DE'))
    .filter((_, i, all) => i === 0 || i === all.length - 1)
    .join('') || '?';

function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function messageText(message: WordThreadMessage): string {
  return message.redactedAt ? `Text aus Datenschutzgründen entfernt (${formatDateTime(message.redactedAt)}).` : message.body;
}

interface Placement {
  /** Where the comment sits when not on its passage: why, for the reader. */
  note: string | null;
}

function wordComments(thread: NumberedThread, placement: Placement): ExportComment[] {
  const [first, ...replies] = thread.messages;
  const isDone = thread.isResolved;
  const head: string[] = [];
  if (placement.note) head.push(placement.note);
  const firstLines = lines(first ? messageText(first) : '');
  firstLines[0] = `Nr. ${thread.number} (${thread.roleLabel}): ${firstLines[0] ?? ''}`;
  const author = first?.authorName ?? 'unbekannt';
  const out: ExportComment[] = [
    { id: thread.id, author, initials: initialsOf(author), date: first?.createdAt ?? new Date(0), paragraphs: [...head, ...firstLines], isDone },
  ];
  replies.forEach((reply, i) => {
    out.push({
      id: thread.id + 1 + i,
      parentId: thread.id,
      author: reply.authorName,
      initials: initialsOf(reply.authorName),
      date: reply.createdAt,
      paragraphs: lines(messageText(reply)),
      isDone,
    });
  });
  const r = thread.resolution;
  if (r) {
    const text = `Erledigt${r.label ? ` – ${r.label}` : ''}${r.reason ? `: ${r.reason}` : ''}${r.fassung ? ` (Fassung ${r.fassung})` : ''}`;
    out.push({ id: thread.id + Math.max(1, thread.messages.length), parentId: thread.id, author: r.byName, initials: initialsOf(r.byName), date: r.at, paragraphs: lines(text), isDone });
  }
  return out;
}

/**
 * Completes the export model: the Word comments, and on each heading the ids of the comments that
 * sit there. A range whose markers did not both survive into the document (e.g. on a cover row the
 * title page already shows) goes onto the heading with its quote.
 */
export function attachWordComments(model: ExportDocument, prepared: PreparedWordComments, template: Template): ExportDocument {
  const found = new Map<number, Set<MarkerEdge>>();
  for (const section of model.sections) if (section.content) collectMarkers(section.content as TiptapNode, found);
  const isPlaced = (thread: NumberedThread) => thread.range !== null && found.get(thread.id)?.size === 2;
  const broken = new Set(prepared.threads.filter((t) => t.range !== null && !isPlaced(t)).flatMap((t) => t.ids));

  const flat = flattenSections(template);
  const inModel = new Map(model.sections.map((s) => [s.key, s]));
  /** The section the comment goes on: its own, or the nearest one before it that the document has. */
  const hostOf = (key: string): ExportSection | undefined => {
    if (inModel.has(key)) return inModel.get(key);
    const index = flat.findIndex((f) => f.key === key);
    for (let i = index - 1; i >= 0; i--) {
      const host = inModel.get(flat[i]!.key);
      if (host) return host;
    }
    return model.sections[0];
  };

  const onHeading = new Map<string, number[]>();
  const comments: ExportComment[] = [];
  for (const thread of prepared.threads) {
    let note: string | null = null;
    if (!isPlaced(thread)) {
      const host = hostOf(thread.sectionKey);
      // Only a document without a single section (every one empty and left out) has no heading to carry it.
      if (!host) continue;
      const own = flat.find((f) => f.key === thread.sectionKey);
      const parts: string[] = [];
      if (host.key !== thread.sectionKey && own) parts.push(`Zu Abschnitt ${own.number} „${own.title}“ (in diesem Dokument nicht enthalten).`);
      if (thread.anchorKind === 'range') {
        parts.push(`${thread.isDetached ? 'Textstelle nicht mehr vorhanden' : 'Textstelle'}: „${thread.quote ?? ''}“`);
      } else if (host.key !== thread.sectionKey) {
        parts.push('Kommentar zum ganzen Abschnitt.');
      }
      note = parts.length > 0 ? parts.join(' ') : null;
      onHeading.set(host.key, [...(onHeading.get(host.key) ?? []), ...thread.ids]);
    }
    comments.push(...wordComments(thread, { note }));
  }
  const sections = model.sections.map((section) => {
    const ids = onHeading.get(section.key);
    const content = section.content && broken.size > 0 ? withoutMarkers(section.content, broken) : section.content;
    return { ...section, content, ...(ids ? { headingComments: ids } : {}) };
  });
  return { ...model, sections, comments };
}
