import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { buildTextMap, offsetsToPositions } from '@/lib/comments/text-map';
import type { TiptapDoc } from '@/lib/editor/types';

/** A comment range in the section's plain text (lib/comments/text-map.ts). */
export interface HighlightRange {
  threadId: string;
  number: number;
  start: number;
  end: number;
  isResolved: boolean;
}

interface Item {
  threadId: string;
  number: number;
  from: number;
  to: number;
  isResolved: boolean;
}

interface HighlightState {
  items: Item[];
  activeId: string | null;
  decorations: DecorationSet;
}

const key = new PluginKey<HighlightState>('commentHighlights');

type Meta = { ranges: HighlightRange[]; activeId: string | null } | { add: HighlightRange; activeId: string | null } | { activeId: string | null };

type Doc = Parameters<typeof DecorationSet.create>[0];

/** Text offsets → editor positions in the document as it is now (called when the saved text is loaded). */
function itemsFor(doc: Doc, ranges: HighlightRange[]): Item[] {
  const map = buildTextMap(doc.toJSON() as TiptapDoc);
  return ranges.flatMap((range) => {
    const positions = offsetsToPositions(map, range.start, range.end);
    return positions ? [{ threadId: range.threadId, number: range.number, isResolved: range.isResolved, ...positions }] : [];
  });
}

function decorate(doc: Doc, items: Item[], activeId: string | null): DecorationSet {
  return DecorationSet.create(
    doc,
    items
      .filter((item) => item.to > item.from)
      .map((item) => {
        const classes = ['comment-highlight', item.isResolved ? 'comment-highlight--resolved' : '', item.threadId === activeId ? 'comment-highlight--active' : '']
          .filter(Boolean)
          .join(' ');
        return Decoration.inline(item.from, item.to, { class: classes, 'data-thread': item.threadId, title: `Kommentar Nr. ${item.number}` }, { threadId: item.threadId });
      }),
  );
}

/**
 * Comment ranges as highlights in the editor. They are decorations, never part of the text:
 * saving, diff and export do not see them. Set with `setCommentRanges` (from the saved text the
 * anchors refer to); while someone types they move along with the text.
 */
export const CommentHighlights = Extension.create<{ onActivate?: (threadId: string) => void }>({
  name: 'commentHighlights',
  addOptions() {
    return { onActivate: undefined };
  },
  addProseMirrorPlugins() {
    const onActivate = this.options.onActivate;
    return [
      new Plugin<HighlightState>({
        key,
        state: {
          init: (_config, state) => ({ items: [], activeId: null, decorations: DecorationSet.create(state.doc, []) }),
          apply(tr, value, _old, newState) {
            const meta = tr.getMeta(key) as Meta | undefined;
            let { items, activeId } = value;
            if (tr.docChanged) {
              // Typing moves the highlights with their text; text deleted entirely leaves an empty range (hidden).
              items = items.map((item) => ({ ...item, from: tr.mapping.map(item.from, 1), to: tr.mapping.map(item.to, -1) }));
            }
            if (meta && 'ranges' in meta) items = itemsFor(newState.doc, meta.ranges);
            if (meta && 'add' in meta) items = [...items.filter((i) => i.threadId !== meta.add.threadId), ...itemsFor(newState.doc, [meta.add])];
            if (meta) activeId = meta.activeId;
            if (!meta && !tr.docChanged) return value;
            return { items, activeId, decorations: decorate(newState.doc, items, activeId) };
          },
        },
        props: {
          decorations(state) {
            return key.getState(state)?.decorations;
          },
          handleClick(view, pos) {
            const found = key.getState(view.state)?.decorations.find(pos, pos);
            const threadId = found?.[0]?.spec.threadId as string | undefined;
            if (threadId && onActivate) onActivate(threadId);
            return false;
          },
        },
      }),
    ];
  },
});

/** Replaces the highlighted ranges; `ranges` refer to the text the editor was loaded with. */
export function setCommentRanges(view: { state: { tr: import('@tiptap/pm/state').Transaction }; dispatch: (tr: import('@tiptap/pm/state').Transaction) => void }, ranges: HighlightRange[], activeId: string | null) {
  view.dispatch(view.state.tr.setMeta(key, { ranges, activeId }).setMeta('addToHistory', false));
}

/** Adds the highlight of a thread just created; its offsets refer to the text as it is now. */
export function addCommentRange(view: { state: { tr: import('@tiptap/pm/state').Transaction }; dispatch: (tr: import('@tiptap/pm/state').Transaction) => void }, range: HighlightRange) {
  view.dispatch(view.state.tr.setMeta(key, { add: range, activeId: range.threadId }).setMeta('addToHistory', false));
}

/** Marks one thread as the active one (emphasised in the text). */
export function setActiveComment(view: { state: { tr: import('@tiptap/pm/state').Transaction }; dispatch: (tr: import('@tiptap/pm/state').Transaction) => void }, activeId: string | null) {
  view.dispatch(view.state.tr.setMeta(key, { activeId }).setMeta('addToHistory', false));
}

/** The editor range of a thread now (after edits since loading), for scrolling and selecting. */
export function commentRangePositions(state: import('@tiptap/pm/state').EditorState, threadId: string): { from: number; to: number } | null {
  const item = key.getState(state)?.items.find((i) => i.threadId === threadId && i.to > i.from);
  return item ? { from: item.from, to: item.to } : null;
}
