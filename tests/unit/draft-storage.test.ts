/**
 * The browser's safety copy of unsaved text, with several tabs on the same section. Each tab is
 * its own instance of the module (as in the browser) with its own sessionStorage; localStorage is
 * shared. A Map-backed Storage stands in for the browser's.
 */
import type { LocalDraft } from '@/app/_components/editor/draft-storage';

type DraftStorage = typeof import('@/app/_components/editor/draft-storage');

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

/** A browser tab: a fresh module instance; every call runs with this tab's sessionStorage. */
function openTab(session: MemoryStorage = new MemoryStorage()) {
  let mod!: DraftStorage;
  jest.isolateModules(() => {
    mod = jest.requireActual('@/app/_components/editor/draft-storage');
  });
  const inTab =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      (globalThis as unknown as { window: unknown }).window = { localStorage: shared, sessionStorage: session };
      return fn(...args);
    };
  return {
    session,
    write: inTab(mod.writeLocalDraft),
    read: inTab(mod.readLocalDraft),
    clear: inTab(mod.clearLocalDraft),
    beat: inTab(mod.beat),
    pageHide: inTab(mod.rememberTabForReload),
    ORPHAN_AFTER_MS: mod.ORPHAN_AFTER_MS,
  };
}

const draft = (text: string, changedAt: Date): LocalDraft => ({
  baseRevision: 3,
  content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
  changedAt: changedAt.toISOString(),
});
const textOf = (d: LocalDraft | null) => (d ? JSON.stringify(d.content) : null);
const T0 = new Date('2026-11-25T12:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

describe('Sicherungskopie im Browser bei mehreren Tabs', () => {
  beforeEach(() => shared.clear());

  it('a save in one tab does not remove what the other tab has not saved', () => {
    const a = openTab();
    const b = openTab();
    a.write('s1', draft('Text aus Tab A', T0));
    b.write('s1', draft('Text aus Tab B', T0));
    b.clear('s1'); // tab B's save was confirmed
    expect(textOf(a.read('s1', T0))).toContain('Text aus Tab A');
  });

  it('a reload finds the tab’s own copy; a duplicated tab gets an id of its own', () => {
    const a = openTab();
    a.read('s1', T0); // the page loaded
    a.write('s1', draft('Vor dem Neuladen', T0));
    a.pageHide();
    const reloaded = openTab(a.session);
    expect(textOf(reloaded.read('s1', T0))).toContain('Vor dem Neuladen');

    // „Tab duplizieren“ copies sessionStorage after the page has loaded: the id is no longer in it.
    const duplicate = new MemoryStorage();
    for (let i = 0; i < reloaded.session.length; i++) duplicate.setItem(reloaded.session.key(i)!, reloaded.session.getItem(reloaded.session.key(i)!)!);
    const copy = openTab(duplicate);
    reloaded.beat(T0);
    copy.write('s1', draft('Im Duplikat', T0));
    copy.clear('s1');
    expect(textOf(reloaded.read('s1', T0))).toContain('Vor dem Neuladen');
  });

  it('an open tab keeps its copy, however long it has not typed; a closed tab’s copy is taken over once', () => {
    const a = openTab();
    a.beat(T0);
    a.write('s1', draft('Offline in Tab A', T0));
    const b = openTab();
    // Tab A is open (offline, say): its heartbeat is fresh, its copy stays its own.
    a.beat(later(60_000));
    expect(b.read('s1', later(61_000))).toBeNull();
    // Tab A is closed: its copy is free at once, and tab B takes it over.
    a.pageHide();
    expect(textOf(b.read('s1', later(62_000)))).toContain('Offline in Tab A');
    b.beat(later(62_000));
    const c = openTab();
    expect(c.read('s1', later(63_000))).toBeNull();
  });

  it('a crashed tab (no pagehide) gives its copy free after a while; the old single copy is read too', () => {
    const a = openTab();
    a.beat(T0);
    a.write('s1', draft('Vor dem Absturz', T0));
    const b = openTab();
    expect(b.read('s1', later(a.ORPHAN_AFTER_MS - 1_000))).toBeNull();
    expect(textOf(b.read('s1', later(a.ORPHAN_AFTER_MS + 1_000)))).toContain('Vor dem Absturz');

    shared.setItem('skw:entwurf:s2', JSON.stringify(draft('Alte Kopie', T0)));
    expect(textOf(openTab().read('s2', T0))).toContain('Alte Kopie');
    expect(shared.getItem('skw:entwurf:s2')).toBeNull();
  });
});
