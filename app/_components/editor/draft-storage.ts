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

/**
 * One copy per section and browser tab: a save in one tab must not clear what another tab has
 * not saved yet. The tab's id lives in sessionStorage, so a reload keeps it (and finds its copy).
 */
const PREFIX = 'skw:entwurf:';
const key = (sectionId: string, tab: string) => `${PREFIX}${sectionId}:${tab}`;
const discardedKey = (sectionId: string) => `skw:verworfen:${sectionId}`;
/** Another tab's copy is taken over only when it has not changed for this long (that tab is probably gone). */
export const ORPHAN_AFTER_MS = 15_000;

function tabId(): string {
  const storage = window.sessionStorage;
  let id = storage.getItem('skw:tab');
  if (!id) {
    id = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    storage.setItem('skw:tab', id);
  }
  return id;
}

function parse(raw: string | null): LocalDraft | null {
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as LocalDraft;
    return draft && typeof draft === 'object' && draft.content ? draft : null;
  } catch {
    return null;
  }
}

/**
 * This tab's unsaved copy of the section; failing that, the newest copy another tab left behind
 * (closed before the server confirmed it), which this tab then takes over.
 */
export function readLocalDraft(sectionId: string, now: Date = new Date()): LocalDraft | null {
  try {
    const storage = window.localStorage;
    const own = key(sectionId, tabId());
    const mine = parse(storage.getItem(own));
    if (mine) return mine;
    let newest: { storageKey: string; draft: LocalDraft } | null = null;
    for (let i = 0; i < storage.length; i++) {
      const storageKey = storage.key(i);
      // Copies of other tabs, and the single copy per section that older versions kept.
      if (!storageKey || (storageKey !== `${PREFIX}${sectionId}` && !storageKey.startsWith(`${PREFIX}${sectionId}:`))) continue;
      const draft = parse(storage.getItem(storageKey));
      const age = draft ? now.getTime() - new Date(draft.changedAt).getTime() : -1;
      if (!draft || !(age >= ORPHAN_AFTER_MS)) continue;
      if (!newest || draft.changedAt > newest.draft.changedAt) newest = { storageKey, draft };
    }
    if (!newest) return null;
    storage.setItem(own, JSON.stringify(newest.draft));
    storage.removeItem(newest.storageKey);
    return newest.draft;
  } catch {
    return null;
  }
}

export function writeLocalDraft(sectionId: string, draft: LocalDraft): void {
  try {
    window.localStorage.setItem(key(sectionId, tabId()), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the server save still runs; nothing else to do here.
  }
}

/** Removes this tab's copy (the server has the text). Other tabs' copies stay. */
export function clearLocalDraft(sectionId: string): void {
  try {
    window.localStorage.removeItem(key(sectionId, tabId()));
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
