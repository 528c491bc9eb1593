import type { TiptapDoc } from '@/lib/editor/types';

/**
 * Unsaved text is kept in the browser (localStorage) until the server confirms it,
 * so a reload, a crash or a lost connection never loses what someone typed.
 */
export interface LocalDraft {
  baseRevision: number;
  content: TiptapDoc;
  changedAt: string;
}

const key = (sectionId: string) => `skw:entwurf:${sectionId}`;
const discardedKey = (sectionId: string) => `skw:verworfen:${sectionId}`;

export function readLocalDraft(sectionId: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key(sectionId));
    return raw ? (JSON.parse(raw) as LocalDraft) : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(sectionId: string, draft: LocalDraft): void {
  try {
    window.localStorage.setItem(key(sectionId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the server save still runs; nothing else to do here.
  }
}

export function clearLocalDraft(sectionId: string): void {
  try {
    window.localStorage.removeItem(key(sectionId));
  } catch {
    // ignore
  }
}

/** Keeps a version the user chose not to save (conflict: "take the other"), so it can still be copied later. */
export function keepDiscardedVersion(sectionId: string, content: TiptapDoc): void {
  try {
    window.localStorage.setItem(discardedKey(sectionId), JSON.stringify({ content, at: new Date().toISOString() }));
  } catch {
    // ignore
  }
}

/** Compares content independent of key order (Postgres jsonb reorders keys). */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
