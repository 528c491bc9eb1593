import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep, ReplaceStep } from '@tiptap/pm/transform';
import { validateRichText } from '@/lib/editor/validate-content';

/**
 * Transaction meta that asks the guard to check the resulting document. `true`: refuse and
 * report; `'quiet'`: refuse and only remember the reason (the caller tries another place).
 */
export const CHECK_CONTENT = 'skwCheckContent';

const checkedDocs = new WeakMap<PMNode, string | null>();

/** Why the server would refuse this document, or null if it would accept it (remembered per document). */
export function findContentProblem(doc: PMNode): string | null {
  const known = checkedDocs.get(doc);
  if (known !== undefined) return known;
  let problem: string | null = null;
  try {
    validateRichText(doc.toJSON());
  } catch (error) {
    problem = error instanceof Error ? error.message : 'Der Inhalt ist ungültig.';
  }
  checkedDocs.set(doc, problem);
  return problem;
}

/** Nodes that splitting a paragraph, list item or heading (Enter) creates; they cannot break a server rule. */
const PLAIN_NODES = new Set(['text', 'hardBreak', 'paragraph', 'heading', 'listItem']);

/**
 * Typing, deleting within one block, Enter, and bold/italic: edits that cannot create what the
 * server refuses (no new table, row, column or nesting level), so they need no full check.
 * Anything else (wrapping, lifting, sinking, joining blocks, rows, pasted structure) is checked.
 */
function isPlainEdit(tr: Transaction): boolean {
  return tr.steps.every((step, i) => {
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return true;
    if (!(step instanceof ReplaceStep)) return false;
    const doc = tr.docs[i]!;
    if (!doc.resolve(step.from).sameParent(doc.resolve(step.to))) return false;
    let isPlain = true;
    // Visits the slice's top-level nodes and everything inside them.
    step.slice.content.descendants((node) => {
      if (!PLAIN_NODES.has(node.type.name)) isPlain = false;
      return isPlain;
    });
    return isPlain;
  });
}

interface GuardStorage {
  lastProblem: string | null;
}

/**
 * No editor action may produce text the server then refuses to save (a data table inside a
 * table used to block every later save). Every change that touches structure (toolbar
 * commands, insertions from the help panel, paste, drop, Tab in lists and tables, joining
 * blocks) is checked against the server's own rules (lib/editor/validate-content.ts) before it is
 * applied; a refused change leaves the text as it was and says why. Plain edits (typing,
 * Enter, bold …) are not checked: they cannot create structure, and a full check costs up to
 * ~100 ms on a section at the size limit (the length limit itself is reported by the save).
 * A change is only refused if it breaks a text that was fine before: content that is already
 * invalid (say, stored under older rules) can still be repaired step by step.
 */
export const ContentGuard = Extension.create<{ onRefused: (message: string) => void }, GuardStorage>({
  name: 'skwContentGuard',

  addOptions() {
    return { onRefused: () => undefined };
  },

  addStorage() {
    return { lastProblem: null };
  },

  addProseMirrorPlugins() {
    const storage = this.storage;
    const { onRefused } = this.options;
    return [
      new Plugin({
        key: new PluginKey('skwContentGuard'),
        filterTransaction: (tr) => {
          if (!tr.docChanged) return true;
          const check = tr.getMeta(CHECK_CONTENT) as true | 'quiet' | undefined;
          const uiEvent = tr.getMeta('uiEvent') as string | undefined;
          const isUserInsertion = uiEvent === 'paste' || uiEvent === 'drop' || tr.getMeta('paste') === true;
          if (!check && !isUserInsertion && isPlainEdit(tr)) return true;
          const problem = findContentProblem(tr.doc);
          storage.lastProblem = problem;
          if (problem === null || findContentProblem(tr.before) !== null) return true;
          if (check !== 'quiet') {
            const what = isUserInsertion ? 'Das Einfügen' : 'Die Änderung';
            onRefused(`${what} wurde nicht übernommen, weil der Abschnitt sonst nicht gespeichert werden könnte: ${problem}`);
          }
          return false;
        },
      }),
    ];
  },
});

const guardStorage = (editor: { storage: unknown }) => (editor.storage as { skwContentGuard?: GuardStorage }).skwContentGuard;

/** Forgets the last check's result; call before a quiet attempt whose refusal you want to read. */
export function resetRefusal(editor: { storage: unknown }): void {
  const storage = guardStorage(editor);
  if (storage) storage.lastProblem = null;
}

/** The reason the last checked change was refused (for callers that checked quietly). */
export function lastRefusal(editor: { storage: unknown }): string | null {
  return guardStorage(editor)?.lastProblem ?? null;
}
