/**
 * The autosave controller's promises: what is typed is saved shortly after, kept in the browser
 * until the server has it (offline, server errors, conflicts, closing the tab), retried with
 * growing pauses, and never sent while a conflict is being merged by hand. fetch, the clock and
 * localStorage are stand-ins; timers are jest's fake timers.
 */
import { AutosaveController, type AutosaveEnvironment, type ConflictHead } from '@/app/_components/editor/autosave-controller';
import { readLocalDraft } from '@/app/_components/editor/draft-storage';
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

type Reply = Awaited<ReturnType<NonNullable<AutosaveEnvironment['fetch']>>>;
const reply = (status: number, body: unknown): Reply => ({ ok: status >= 200 && status < 300, status, json: async () => body });
const savedReply = (revision: number) => reply(200, { revision, savedAt: '2026-11-27T12:00:00Z', status: 'in_progress' });
const offline = () => Promise.reject(new TypeError('Failed to fetch'));

/** The injected fetch; answers are queued per test, every call is recorded. */
function serverStandIn(...answers: Array<() => Promise<Reply>>) {
  const queue = [...answers];
  const send = jest.fn<Promise<Reply>, [string, RequestInit]>(() => {
    const next = queue.shift();
    if (!next) throw new Error('unexpected save request');
    return next();
  });
  const sent = (i: number) => JSON.parse(send.mock.calls[i]![1].body as string) as { baseRevision: number; content: TiptapDoc };
  return { send, sent, queue };
}

let sectionCount = 0;
/** A controller on a fresh section (so local copies of other tests do not interfere), with a fixed clock. */
function controllerFor(send: AutosaveEnvironment['fetch'], revision = 3) {
  const sectionId = `abschnitt-t${++sectionCount}`;
  const clock = new Date('2026-11-27T11:30:00Z');
  const controller = new AutosaveController(sectionId, revision, '2026-11-20T09:00:00Z', true, { fetch: send, now: () => clock });
  return { controller, sectionId };
}

describe('Saving what is typed', () => {
  it('waits until typing pauses, then saves the newest text once on top of the loaded revision and forgets the local copy', async () => {
    const server = serverStandIn(async () => savedReply(4));
    const { controller, sectionId } = controllerFor(server.send);
    controller.onChange(doc('Erster'));
    await jest.advanceTimersByTimeAsync(800);
    controller.onChange(doc('Erster Satz.'));
    expect(controller.state.kind).toBe('dirty');
    expect(readLocalDraft(sectionId)).toEqual({ baseRevision: 3, content: doc('Erster Satz.'), changedAt: '2026-11-27T11:30:00.000Z' });
    await jest.advanceTimersByTimeAsync(1_100);
    expect(server.send).not.toHaveBeenCalled();

    await jest.advanceTimersByTimeAsync(200);
    expect(server.send).toHaveBeenCalledTimes(1);
    expect(server.send.mock.calls[0]![0]).toBe(`/api/sections/${sectionId}/draft`);
    expect(server.sent(0)).toEqual({ baseRevision: 3, content: doc('Erster Satz.') });
    expect(controller.state).toEqual({ kind: 'saved', at: '2026-11-27T12:00:00Z', revision: 4, bySelf: true, sectionStatus: 'in_progress' });
    expect(controller.hasUnsavedChanges).toBe(false);
    expect(readLocalDraft(sectionId)).toBeNull();
  });

  it('uses the clock for the save time when the server does not name one', async () => {
    const server = serverStandIn(async () => reply(200, { revision: 4 }));
    const { controller } = controllerFor(server.send);
    controller.onChange(doc('Satz.'));
    await jest.advanceTimersByTimeAsync(1_200);
    expect(controller.state).toMatchObject({ kind: 'saved', at: '2026-11-27T11:30:00.000Z', revision: 4 });
  });

  it('builds the next save on the revision the last one created', async () => {
    const server = serverStandIn(async () => savedReply(4), async () => savedReply(5));
    const { controller } = controllerFor(server.send);
    controller.onChange(doc('Eins.'));
    await jest.advanceTimersByTimeAsync(1_200);
    controller.onChange(doc('Eins. Zwei.'));
    await jest.advanceTimersByTimeAsync(1_200);
    expect(server.sent(1)).toEqual({ baseRevision: 4, content: doc('Eins. Zwei.') });
    expect(controller.state).toMatchObject({ kind: 'saved', revision: 5 });
  });

  it('keeps text typed while a save is under way and saves it afterwards: nothing typed is lost', async () => {
    let answerFirst!: (r: Reply) => void;
    const server = serverStandIn(() => new Promise<Reply>((resolve) => (answerFirst = resolve)), async () => savedReply(5));
    const { controller, sectionId } = controllerFor(server.send);
    controller.onChange(doc('Eins.'));
    await jest.advanceTimersByTimeAsync(1_200);
    expect(controller.state.kind).toBe('saving');
    controller.onChange(doc('Eins. Zwei.'));
    // The debounce for the new text runs out while the first request is still open: no second request in parallel.
    await jest.advanceTimersByTimeAsync(1_500);
    expect(server.send).toHaveBeenCalledTimes(1);

    answerFirst(savedReply(4));
    await jest.advanceTimersByTimeAsync(0);
    expect(controller.state.kind).toBe('dirty');
    expect(readLocalDraft(sectionId)).toMatchObject({ baseRevision: 4, content: doc('Eins. Zwei.') });

    await jest.advanceTimersByTimeAsync(1_200);
    expect(server.send).toHaveBeenCalledTimes(2);
    expect(server.sent(1)).toEqual({ baseRevision: 4, content: doc('Eins. Zwei.') });
    expect(controller.state).toMatchObject({ kind: 'saved', revision: 5, bySelf: true });
    expect(readLocalDraft(sectionId)).toBeNull();
  });

  it('saves nothing for a reader (editing not allowed)', async () => {
    const server = serverStandIn();
    const controller = new AutosaveController('abschnitt-lesend', 3, null, false, { fetch: server.send });
    controller.onChange(doc('Versuch.'));
    controller.flush(true);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(server.send).not.toHaveBeenCalled();
    expect(controller.hasUnsavedChanges).toBe(false);
  });
});

describe('Without a connection', () => {
  it('keeps the text in the browser, says so, retries on its own and saves once the connection is back', async () => {
    const server = serverStandIn(offline, async () => savedReply(4));
    const { controller, sectionId } = controllerFor(server.send);
    controller.onChange(doc('Im Zug geschrieben.'));
    await jest.advanceTimersByTimeAsync(1_200);
    expect(controller.state.kind).toBe('offline');
    expect(describeSaveState(controller.state).tone).not.toBe('ok');
    expect(controller.hasUnsavedChanges).toBe(true);
    expect(readLocalDraft(sectionId)).toMatchObject({ baseRevision: 3, content: doc('Im Zug geschrieben.') });

    await jest.advanceTimersByTimeAsync(4_999);
    expect(server.send).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(server.send).toHaveBeenCalledTimes(2);
    expect(server.sent(1)).toEqual({ baseRevision: 3, content: doc('Im Zug geschrieben.') });
    expect(controller.state).toMatchObject({ kind: 'saved', revision: 4 });
    expect(readLocalDraft(sectionId)).toBeNull();
  });

  it('sends the newest text, typed while offline, and stays "offline" rather than "dirty" until it is saved', async () => {
    const server = serverStandIn(offline, async () => savedReply(4));
    const { controller } = controllerFor(server.send);
    controller.onChange(doc('Eins.'));
    await jest.advanceTimersByTimeAsync(1_200);
    controller.onChange(doc('Eins. Zwei.'));
    expect(controller.state.kind).toBe('offline');
    await jest.advanceTimersByTimeAsync(1_200);
    expect(server.sent(1)).toEqual({ baseRevision: 3, content: doc('Eins. Zwei.') });
    expect(controller.state).toMatchObject({ kind: 'saved', revision: 4 });
  });

  it('saves at once when the browser reports it is online again, without waiting for the next retry', async () => {
    const server = serverStandIn(offline, offline, offline, async () => savedReply(4));
    const { controller } = controllerFor(server.send);
    controller.onChange(doc('Text.'));
    await jest.advanceTimersByTimeAsync(1_200 + 5_000 + 10_000); // two retries, the next pause is 20 s
    expect(server.send).toHaveBeenCalledTimes(3);
    controller.onOnline();
    await jest.advanceTimersByTimeAsync(0);
    expect(server.send).toHaveBeenCalledTimes(4);
    expect(controller.state).toMatchObject({ kind: 'saved', revision: 4 });
  });
});

describe('Server errors', () => {
  it('retries a failing server with pauses of 5, 10, 20, 40 and at most 60 seconds, then starts again at 5 after a success', async () => {
    const failing = async () => reply(503, { error: { code: 'internal', message: 'Datenbank nicht erreichbar' } });
    const server = serverStandIn(failing, failing, failing, failing, failing, failing, failing, async () => savedReply(4), failing, async () => savedReply(5));
    const { controller, sectionId } = controllerFor(server.send);
    controller.onChange(doc('Wichtiger Absatz.'));
    await jest.advanceTimersByTimeAsync(1_200);
    const calls: number[] = [server.send.mock.calls.length];
    for (const pause of [5_000, 10_000, 20_000, 40_000, 60_000, 60_000]) {
      await jest.advanceTimersByTimeAsync(pause - 1);
      calls.push(server.send.mock.calls.length);
      await jest.advanceTimersByTimeAsync(1);
      calls.push(server.send.mock.calls.length);
    }
    // One request after the debounce, then exactly one more at the end of each pause, none earlier.
    expect(calls).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7]);
    expect(controller.state.kind).toBe('offline');
    expect(readLocalDraft(sectionId)).toMatchObject({ content: doc('Wichtiger Absatz.') });

    await jest.advanceTimersByTimeAsync(60_000);
    expect(controller.state).toMatchObject({ kind: 'saved', revision: 4 });

    controller.onChange(doc('Wichtiger Absatz. Nachtrag.'));
    await jest.advanceTimersByTimeAsync(1_200);
    expect(server.send).toHaveBeenCalledTimes(9);
    await jest.advanceTimersByTimeAsync(5_000);
    expect(server.send).toHaveBeenCalledTimes(10);
    expect(controller.state).toMatchObject({ kind: 'saved', revision: 5 });
  });

  it('treats an answer without a readable body as a failure to retry, not as saved', async () => {
    const server = serverStandIn(async () => ({ ok: true, status: 200, json: () => Promise.reject(new SyntaxError('Unexpected token <')) }), async () => savedReply(4));
    const { controller } = controllerFor(server.send);
    controller.onChange(doc('Text.'));
    await jest.advanceTimersByTimeAsync(1_200);
    expect(controller.state.kind).toBe('offline');
    await jest.advanceTimersByTimeAsync(5_000);
    expect(controller.state).toMatchObject({ kind: 'saved', revision: 4 });
  });

  it('shows a refusal (e.g. session expired) in words, keeps the text, and does not repeat the request until the next change', async () => {
    const server = serverStandIn(async () => reply(401, { error: { code: 'unauthenticated', message: 'Ihre Sitzung ist abgelaufen.' } }), async () => savedReply(4));
    const { controller, sectionId } = controllerFor(server.send);
    controller.onChange(doc('Text vor dem Ablauf.'));
    await jest.advanceTimersByTimeAsync(1_200);
    expect(controller.state).toEqual({ kind: 'error', message: 'Ihre Sitzung ist abgelaufen.' });
    expect(readLocalDraft(sectionId)).toMatchObject({ content: doc('Text vor dem Ablauf.') });
    await jest.advanceTimersByTimeAsync(120_000);
    expect(server.send).toHaveBeenCalledTimes(1);

    controller.onChange(doc('Text vor dem Ablauf. Nach der Anmeldung.'));
    await jest.advanceTimersByTimeAsync(1_200);
    expect(server.sent(1)).toEqual({ baseRevision: 3, content: doc('Text vor dem Ablauf. Nach der Anmeldung.') });
    expect(controller.state).toMatchObject({ kind: 'saved', revision: 4 });
  });
});

describe('Conflict with someone else’s save', () => {
  it('shows both texts, keeps the own one in the browser and sends nothing more until the author decides', async () => {
    const server = serverStandIn(async () => reply(409, { error: { code: 'conflict', message: 'Inzwischen geändert.', details: { head } } }));
    const { controller, sectionId } = controllerFor(server.send, 4);
    controller.onChange(doc('Mein Absatz.'));
    await jest.advanceTimersByTimeAsync(1_200);
    expect(controller.state).toEqual({ kind: 'conflict', head, mine: doc('Mein Absatz.') });
    expect(readLocalDraft(sectionId)).toMatchObject({ baseRevision: 4, content: doc('Mein Absatz.') });

    // Typing, hiding the tab, coming back online: still nothing sent, the local copy stays.
    controller.flush(true);
    controller.onOnline();
    await jest.advanceTimersByTimeAsync(120_000);
    expect(server.send).toHaveBeenCalledTimes(1);
    expect(controller.state.kind).toBe('conflict');
    expect(readLocalDraft(sectionId)).toMatchObject({ content: doc('Mein Absatz.') });
  });

  it('shows the newest own text in the conflict when typing went on during the request', async () => {
    let answer!: (r: Reply) => void;
    const server = serverStandIn(() => new Promise<Reply>((resolve) => (answer = resolve)));
    const { controller } = controllerFor(server.send, 4);
    controller.onChange(doc('Mein Absatz.'));
    await jest.advanceTimersByTimeAsync(1_200);
    controller.onChange(doc('Mein Absatz, länger.'));
    answer(reply(409, { error: { code: 'conflict', message: 'Inzwischen geändert.', details: { head } } }));
    await jest.advanceTimersByTimeAsync(5_000);
    expect(controller.state).toEqual({ kind: 'conflict', head, mine: doc('Mein Absatz, länger.') });
    expect(server.send).toHaveBeenCalledTimes(1);
  });
});

describe('Leaving the page', () => {
  it('sends pending text at once as a keepalive request when the page is hidden or closed', async () => {
    const server = serverStandIn(async () => savedReply(4));
    const { controller } = controllerFor(server.send);
    controller.onChange(doc('Kurz vor dem Schließen.'));
    controller.flush(true);
    expect(server.send).toHaveBeenCalledTimes(1);
    expect(server.send.mock.calls[0]![1]).toMatchObject({ method: 'POST', keepalive: true });
    expect(server.sent(0)).toEqual({ baseRevision: 3, content: doc('Kurz vor dem Schließen.') });
    await jest.advanceTimersByTimeAsync(0);
    expect(controller.state).toMatchObject({ kind: 'saved', revision: 4 });
    // The debounce that was still pending sends nothing twice.
    await jest.advanceTimersByTimeAsync(5_000);
    expect(server.send).toHaveBeenCalledTimes(1);
  });

  it('sends nothing on page hide when everything is saved, and ordinary saves are not keepalive requests', async () => {
    const server = serverStandIn(async () => savedReply(4));
    const { controller } = controllerFor(server.send);
    controller.flush(true);
    expect(server.send).not.toHaveBeenCalled();
    controller.onChange(doc('Text.'));
    await jest.advanceTimersByTimeAsync(1_200);
    expect(server.send.mock.calls[0]![1]).toMatchObject({ keepalive: false });
    controller.flush(true);
    expect(server.send).toHaveBeenCalledTimes(1);
  });

  it('stops its timer when the editor is closed', async () => {
    const server = serverStandIn(async () => savedReply(4));
    const { controller, sectionId } = controllerFor(server.send);
    controller.onChange(doc('Text.'));
    controller.dispose();
    await jest.advanceTimersByTimeAsync(10_000);
    expect(server.send).not.toHaveBeenCalled();
    // The text is still in the browser, for the next visit.
    expect(readLocalDraft(sectionId)).toMatchObject({ content: doc('Text.') });
  });
});

describe('Two tabs on the same section', () => {
  type ControllerModule = typeof import('@/app/_components/editor/autosave-controller');
  type StorageModule = typeof import('@/app/_components/editor/draft-storage');
  /** A browser tab: its own module instances (its own tab id); localStorage is shared. */
  function openTab() {
    let tab!: { controllerModule: ControllerModule; storage: StorageModule };
    jest.isolateModules(() => {
      tab = {
        controllerModule: jest.requireActual('@/app/_components/editor/autosave-controller'),
        storage: jest.requireActual('@/app/_components/editor/draft-storage'),
      };
    });
    return tab;
  }

  it('a save in one tab leaves the other tab’s unsaved text alone, and a tab opened after the other was closed takes it over', async () => {
    const sectionId = 'abschnitt-zwei-tabs';
    const first = openTab();
    const second = openTab();
    const firstServer = serverStandIn(offline, offline);
    const secondServer = serverStandIn(async () => savedReply(4));
    const inFirst = new first.controllerModule.AutosaveController(sectionId, 3, null, true, { fetch: firstServer.send });
    const inSecond = new second.controllerModule.AutosaveController(sectionId, 3, null, true, { fetch: secondServer.send });
    first.storage.beat(new Date());
    second.storage.beat(new Date());

    inFirst.onChange(doc('Aus dem ersten Tab, noch nicht gespeichert.'));
    inSecond.onChange(doc('Aus dem zweiten Tab.'));
    await jest.advanceTimersByTimeAsync(1_200);
    expect(inFirst.state.kind).toBe('offline');
    expect(inSecond.state).toMatchObject({ kind: 'saved', revision: 4 });
    expect(first.storage.readLocalDraft(sectionId)).toMatchObject({ content: doc('Aus dem ersten Tab, noch nicht gespeichert.') });
    // The second tab does not take over the copy of a tab that is still open.
    expect(second.storage.readLocalDraft(sectionId)).toBeNull();

    // The first tab is closed while offline: it tries a last keepalive save, which fails, and says goodbye.
    inFirst.flush(true);
    await jest.advanceTimersByTimeAsync(0);
    inFirst.dispose();
    first.storage.rememberTabForReload();

    // A new tab has a session storage of its own (the closed tab's id is not handed to it).
    (window as unknown as { sessionStorage: MemoryStorage }).sessionStorage = new MemoryStorage();
    const third = openTab();
    expect(third.storage.readLocalDraft(sectionId)).toMatchObject({ baseRevision: 3, content: doc('Aus dem ersten Tab, noch nicht gespeichert.') });
    // Taken over once, not twice: the tab that took it over is open (its editor beats) and keeps it.
    third.storage.beat(new Date());
    expect(openTab().storage.readLocalDraft(sectionId)).toBeNull();
  });
});
