/**
 * The browser's safety copy of unsaved text, with two tabs on the same section.
 * A Map-backed Storage stands in for the browser's; each tab has its own sessionStorage.
 */
import { ORPHAN_AFTER_MS, clearLocalDraft, readLocalDraft, writeLocalDraft, type LocalDraft } from '@/app/_components/editor/draft-storage';

class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  clear() {
    this.data.clear();
  }
}

const shared = new MemoryStorage();
const tabA = new MemoryStorage();
const tabB = new MemoryStorage();
const inTab = (session: Storage) => {
  (globalThis as unknown as { window: unknown }).window = { localStorage: shared, sessionStorage: session };
};
const draft = (text: string, changedAt: Date): LocalDraft => ({
  baseRevision: 3,
  content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
  changedAt: changedAt.toISOString(),
});
const textOf = (d: LocalDraft | null) => (d ? JSON.stringify(d.content) : null);

describe('Sicherungskopie im Browser bei zwei Tabs', () => {
  beforeEach(() => shared.clear());

  it('a save in one tab does not remove what the other tab has not saved', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    inTab(tabA);
    writeLocalDraft('s1', draft('Text aus Tab A', now));
    inTab(tabB);
    writeLocalDraft('s1', draft('Text aus Tab B', now));
    clearLocalDraft('s1'); // tab B's save was confirmed
    inTab(tabA);
    expect(textOf(readLocalDraft('s1', now))).toContain('Text aus Tab A');
  });

  it('a tab that was closed unsaved leaves its copy, which the next tab takes over once', () => {
    const closedAt = new Date('2026-11-25T12:00:00Z');
    inTab(tabA);
    writeLocalDraft('s1', draft('Nicht gespeichert, Tab geschlossen', closedAt));
    inTab(tabB);
    // Still fresh: tab A may still be open and about to save it.
    expect(readLocalDraft('s1', new Date(closedAt.getTime() + 1_000))).toBeNull();
    const later = new Date(closedAt.getTime() + ORPHAN_AFTER_MS + 1_000);
    expect(textOf(readLocalDraft('s1', later))).toContain('Nicht gespeichert, Tab geschlossen');
    // Taken over: it is now tab B's copy, and saving in tab B clears it for good.
    clearLocalDraft('s1');
    inTab(new MemoryStorage());
    expect(readLocalDraft('s1', later)).toBeNull();
  });

  it('keeps copies of different sections apart and reads the single copy older versions kept', () => {
    const old = new Date('2026-11-25T11:00:00Z');
    shared.setItem('skw:entwurf:s2', JSON.stringify(draft('Alte Kopie', old)));
    inTab(tabA);
    writeLocalDraft('s3', draft('Anderer Abschnitt', old));
    const now = new Date('2026-11-25T12:00:00Z');
    expect(textOf(readLocalDraft('s2', now))).toContain('Alte Kopie');
    expect(textOf(readLocalDraft('s3', now))).toContain('Anderer Abschnitt');
    expect(shared.getItem('skw:entwurf:s2')).toBeNull();
  });
});
