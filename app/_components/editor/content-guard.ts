import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
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

/** Typing and deleting inside one paragraph or cell: plain text, no structure, nothing to check. */
function isTyping(tr: Transaction): boolean {
  return tr.steps.every((step, i) => {
    if (!(step instanceof ReplaceStep)) return false;
    const { from, to, slice } = step;
    if (slice.openStart !== 0 || slice.openEnd !== 0) return false;
    let isInline = true;
    slice.content.forEach((node) => {
      if (!node.isInline) isInline = false;
    });
    const doc = tr.docs[i]!;
    return isInline && doc.resolve(from).sameParent(doc.resolve(to)) && doc.resolve(from).parent.isTextblock;
  });
}

interface GuardStorage {
  lastProblem: string | null;
}

/**
 * No editor action may produce text the server then refuses to save (a data table inside a
 * table used to block every later save). Every change that touches structure (toolbar
 * commands, insertions from the help panel, paste, drop, Enter, Tab in lists, joining blocks)
 * is checked against the server's own rules (lib/editor/validate-content.ts) before it is
 * applied; a refused change leaves the text as it was and says why. Plain typing inside a
 * paragraph is not checked: it cannot create structure, and a full check per key would cost
 * too much on long sections (the length limit is reported by the save instead).
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
          if (!check && !isUserInsertion && isTyping(tr)) return true;
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
