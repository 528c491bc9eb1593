import { sameJson } from '@/lib/editor/canonical-json';
import type { TiptapDoc } from '@/lib/editor/types';

/**
 * Unsaved text is kept in the browser (localStorage) until the server confirms it,
 * so a reload, a crash or a lost connection never loses what someone typed.
 */
export interface LocalDraft {
  baseRevision: number;
  content: TiptapDoc;
  changedAt: string;
  /** Text being merged by hand after a conflict: on reload it goes back to the conflict view, unsaved. */
  isMerging?: boolean;
}

/**
 * One copy per section and browser tab: a save in one tab must not clear what another tab has
 * not saved yet. A tab's copy is only taken over by another tab once the first has stopped
 * showing signs of life (closed, crashed): every open editor writes a heartbeat.
 */
const PREFIX = 'skw:entwurf:';
const ALIVE_PREFIX = 'skw:tab-lebt:';
const key = (sectionId: string, tab: string) => `${PREFIX}${sectionId}:${tab}`;
const discardedKey = (sectionId: string) => `skw:verworfen:${sectionId}`;
/**
 * A tab whose heartbeat is older than this is gone (crashed); its copies may be taken over. Long,
 * because browsers run timers of hidden tabs only about once a minute. A tab that closes normally
 * says so on pagehide, and its copies are free at once.
 */
export const ORPHAN_AFTER_MS = 120_000;
export const HEARTBEAT_MS = 5_000;

let currentTab: string | null = null;

/**
 * This tab's id. Kept in memory; sessionStorage carries it only across a reload of the same tab
 * (written on pagehide, taken on load). Taking it out on load means a duplicated tab, which gets a
 * copy of sessionStorage, does not end up with the same id.
 */
export function tabId(): string {
  if (currentTab) return currentTab;
  const storage = window.sessionStorage;
  currentTab = storage.getItem('skw:tab');
  storage.removeItem('skw:tab');
  if (!currentTab) {
    currentTab = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  }
  return currentTab;
}

/**
 * Call on pagehide: the tab is closing or reloading. Its heartbeat stops (other tabs may take its
 * copies over now), and a reload of this tab finds its id, and so its copies, again.
 */
export function rememberTabForReload(): void {
  try {
    window.localStorage.removeItem(`${ALIVE_PREFIX}${tabId()}`);
    window.sessionStorage.setItem('skw:tab', tabId());
  } catch {
    // ignore
  }
}

/** Marks this tab as alive, now. Called every HEARTBEAT_MS while an editor is open. */
export function beat(now: Date = new Date()): void {
  try {
    window.localStorage.setItem(`${ALIVE_PREFIX}${tabId()}`, String(now.getTime()));
  } catch {
    // ignore
  }
}

function isAlive(storage: Storage, tab: string, now: Date): boolean {
  const last = Number(storage.getItem(`${ALIVE_PREFIX}${tab}`));
  return Number.isFinite(last) && last > 0 && now.getTime() - last < ORPHAN_AFTER_MS;
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
 * This tab's unsaved copy of the section; failing that, the newest copy a tab that is gone left
 * behind (closed before the server confirmed it), which this tab then takes over.
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
      if (!storageKey) continue;
      // Copies of other tabs, and the single copy per section that older versions kept (no tab).
      const isLegacy = storageKey === `${PREFIX}${sectionId}`;
      if (!isLegacy && !storageKey.startsWith(`${PREFIX}${sectionId}:`)) continue;
      if (!isLegacy && isAlive(storage, storageKey.slice(`${PREFIX}${sectionId}:`.length), now)) continue;
      const draft = parse(storage.getItem(storageKey));
      if (draft && (!newest || draft.changedAt > newest.draft.changedAt)) newest = { storageKey, draft };
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
export const sameContent = sameJson;
