/**
 * The autosave controller's promises around conflicts: after "Selbst zusammenführen" nothing is
 * sent until the author says the merge is done, "take the other" shows the other revision as
 * saved, and a save reports the section's new status. fetch and localStorage are stand-ins.
 */
import { AutosaveController, type ConflictHead } from '@/app/_components/editor/autosave-controller';
import { describeSaveState } from '@/app/_components/editor/save-status';
import type { TiptapDoc } from '@/lib/editor/types';

class MemoryStorage {
  private data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

const doc = (text: string): TiptapDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const head: ConflictHead = { number: 5, content: doc('Absatz von Miriam.'), authorName: 'Miriam Muster', savedAt: '2026-11-27T10:26:00Z' };

let fetchMock: jest.Mock;
beforeEach(() => {
  jest.useFakeTimers();
  (globalThis as unknown as { window: unknown }).window = { localStorage: new MemoryStorage(), sessionStorage: new MemoryStorage() };
  fetchMock = jest.fn(async (_url: string, init: { body: string }) => {
    const { baseRevision } = JSON.parse(init.body) as { baseRevision: number };
    return { ok: true, status: 200, json: async () => ({ revision: baseRevision + 1, savedAt: '2026-11-27T11:00:00Z', status: 'in_progress' }) };
  });
  (globalThis as unknown as { fetch: unknown }).fetch = fetchMock;
});
afterEach(() => {
  jest.useRealTimers();
});

const settle = async () => {
  await jest.advanceTimersByTimeAsync(5_000);
};

describe('Autosave after a conflict', () => {
  it('merging by hand saves nothing, however long the author types, until the merge is declared done', async () => {
    const controller = new AutosaveController('abschnitt-1', 4, null, true);
    controller.showConflict(head, doc('Mein Absatz.'));
    controller.startMerge(head, doc('Mein Absatz.'));
    expect(controller.state.kind).toBe('merging');
    controller.onChange(doc('Mein Absatz. Absatz von Miriam.'));
    controller.flush(true); // the tab is hidden: still nothing
    await settle();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(describeSaveState(controller.state).text).toBe('Zusammenführen – noch nicht gespeichert');
    expect(controller.hasUnsavedChanges).toBe(true);

    controller.finishMerge();
    await settle();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const sent = JSON.parse((fetchMock.mock.calls[0] as [string, { body: string }])[1].body) as { baseRevision: number; content: TiptapDoc };
    expect(sent).toEqual({ baseRevision: 5, content: doc('Mein Absatz. Absatz von Miriam.') });
    expect(controller.state).toMatchObject({ kind: 'saved', revision: 6, bySelf: true, sectionStatus: 'in_progress' });
  });

  it('"Meine Version speichern" saves at once on top of the other revision', async () => {
    const controller = new AutosaveController('abschnitt-2', 4, null, true);
    controller.showConflict(head, doc('Mein Absatz.'));
    controller.keepMine(head, doc('Mein Absatz.'));
    await settle();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(controller.state).toMatchObject({ kind: 'saved', revision: 6, bySelf: true });
  });

  it('taking the other version saves nothing and shows their revision and time, not "saved just now"', async () => {
    const controller = new AutosaveController('abschnitt-3', 4, null, true);
    controller.showConflict(head, doc('Mein Absatz.'));
    controller.takeTheirs(head);
    await settle();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(controller.state).toEqual({ kind: 'saved', at: head.savedAt, revision: 5, bySelf: false });
    expect(describeSaveState(controller.state, new Date('2026-11-28T09:00:00Z')).text).toBe('Zuletzt gespeichert am 27.11.2026 um 11:26 (Version 5)');
  });
});

describe('Save status in words', () => {
  const now = new Date('2026-11-27T15:00:00Z');
  it('is neutral, not green, when nothing has been saved yet', () => {
    expect(describeSaveState({ kind: 'saved', at: null, revision: 0, bySelf: false }, now)).toEqual({ text: 'Noch nichts gespeichert', tone: 'idle' });
  });
  it('names the date for a section last saved on another day, and only the time for a save from this page today', () => {
    expect(describeSaveState({ kind: 'saved', at: '2026-11-20T10:26:00Z', revision: 3, bySelf: false }, now)).toEqual({
      text: 'Zuletzt gespeichert am 20.11.2026 um 11:26 (Version 3)',
      tone: 'idle',
    });
    expect(describeSaveState({ kind: 'saved', at: '2026-11-27T10:26:00Z', revision: 3, bySelf: false }, now).text).toBe(
      'Zuletzt gespeichert heute um 11:26 (Version 3)',
    );
    expect(describeSaveState({ kind: 'saved', at: '2026-11-27T14:03:00Z', revision: 4, bySelf: true }, now)).toEqual({
      text: 'Gespeichert um 15:03 (Version 4)',
      tone: 'ok',
    });
  });
});
