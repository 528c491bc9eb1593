import type { TiptapDoc } from '@/lib/editor/types';
import { clearLocalDraft, sameContent, writeLocalDraft } from './draft-storage';

export type SaveState =
  /**
   * The editor shows revision `revision`, saved at `at` (null: never saved). `bySelf`: saved
   * from this page just now (else loaded, or taken over from someone else). `sectionStatus`:
   * the section's status after this page's save (a first save moves "leer" to "in Arbeit").
   */
  | { kind: 'saved'; at: string | null; revision: number; bySelf: boolean; sectionStatus?: string }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'offline' }
  | { kind: 'conflict'; head: ConflictHead; mine: TiptapDoc }
  /** Merging by hand after a conflict: changes are kept in the browser, saved only on finishMerge(). */
  | { kind: 'merging'; head: ConflictHead }
  | { kind: 'error'; message: string };

export interface ConflictHead {
  number: number;
  content: TiptapDoc;
  authorName: string | null;
  savedAt: string | null;
}

interface SaveResponse {
  revision?: number;
  savedAt?: string;
  status?: string;
  error?: { code: string; message: string; details?: { head?: ConflictHead } };
}

/** What the controller needs from the outside world; tests pass stand-ins. */
export interface AutosaveEnvironment {
  /** Sends the save request (default: the browser's fetch). */
  fetch?: (url: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;
  /** The current time, for the local copy's timestamp (default: the system clock). */
  now?: () => Date;
}

const DEBOUNCE_MS = 1200;
const FIRST_RETRY_MS = 5000;

/**
 * Debounced autosave against POST /api/sections/:id/draft, independent of React.
 * Every change is kept in localStorage first; the server's answer decides what
 * happens next: saved (clear the local copy), conflict (stop and show both
 * texts), offline (retry with backoff and on the browser's `online` event),
 * error (keep the local copy and say why).
 */
export class AutosaveController {
  state: SaveState;
  private base: number;
  private latest: TiptapDoc | null = null;
  private inFlight = false;
  private stopped = false;
  /** While merging by hand nothing is sent: the promise is "saved only once you have decided". */
  private merging = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay = FIRST_RETRY_MS;
  private listeners = new Set<() => void>();
  private readonly fetch: NonNullable<AutosaveEnvironment['fetch']>;
  private readonly now: () => Date;

  constructor(
    private readonly sectionId: string,
    initialRevision: number,
    initialSavedAt: string | null,
    private readonly isEnabled: boolean,
    environment: AutosaveEnvironment = {},
  ) {
    this.fetch = environment.fetch ?? ((url, init) => fetch(url, init));
    this.now = environment.now ?? (() => new Date());
    this.base = initialRevision;
    this.state = { kind: 'saved', at: initialSavedAt, revision: initialRevision, bySelf: false };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = () => this.state;

  get hasUnsavedChanges() {
    return this.latest !== null && !this.stopped;
  }

  private setState(state: SaveState) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  /** Call on every editor change. */
  onChange = (content: TiptapDoc) => {
    if (!this.isEnabled || this.stopped) return;
    this.latest = content;
    writeLocalDraft(this.sectionId, { baseRevision: this.base, content, changedAt: this.now().toISOString(), ...(this.merging ? { isMerging: true } : {}) });
    if (this.merging) return;
    if (this.state.kind !== 'saving' && this.state.kind !== 'offline') this.setState({ kind: 'dirty' });
    this.schedule(DEBOUNCE_MS);
  };

  /** Sends what is pending now (page hidden, back online). */
  flush = (keepalive = false) => {
    if (this.hasUnsavedChanges) void this.send(keepalive);
  };

  onOnline = () => {
    this.retryDelay = FIRST_RETRY_MS;
    this.flush();
  };

  /** Conflict resolved with "my version": it is saved now, on top of the other person's revision. */
  keepMine(head: ConflictHead, content: TiptapDoc) {
    this.stopped = false;
    this.merging = false;
    this.base = head.number;
    this.latest = content;
    writeLocalDraft(this.sectionId, { baseRevision: head.number, content, changedAt: this.now().toISOString() });
    void this.send();
  }

  /** Conflict resolved with the other person's version: nothing to save, the editor shows their revision. */
  takeTheirs(head: ConflictHead) {
    this.stopped = false;
    this.merging = false;
    this.base = head.number;
    this.latest = null;
    clearLocalDraft(this.sectionId);
    this.setState({ kind: 'saved', at: head.savedAt, revision: head.number, bySelf: false });
  }

  /**
   * Conflict to be merged by hand, starting from `content`: nothing is saved until finishMerge().
   * The text is kept in the browser meanwhile (marked as a merge, so a reload shows the conflict again).
   */
  startMerge(head: ConflictHead, content: TiptapDoc) {
    this.stopped = false;
    this.merging = true;
    this.base = head.number;
    this.latest = content;
    writeLocalDraft(this.sectionId, { baseRevision: head.number, content, changedAt: this.now().toISOString(), isMerging: true });
    this.setState({ kind: 'merging', head });
  }

  /** The merged text is done: save it (on top of the other person's revision). */
  finishMerge() {
    if (!this.merging) return;
    this.merging = false;
    if (this.latest) {
      writeLocalDraft(this.sectionId, { baseRevision: this.base, content: this.latest, changedAt: this.now().toISOString() });
      void this.send();
    }
  }

  /** Shows the conflict view directly (a local copy based on an older revision or an unfinished merge was found, or the author went back from merging). */
  showConflict(head: ConflictHead, mine: TiptapDoc) {
    this.stopped = true;
    this.merging = false;
    this.setState({ kind: 'conflict', head, mine });
  }

  /** A message about what happened outside the normal flow, e.g. text restored from this browser. */
  notice: string | null = null;

  /** The editor now shows a local copy of unsaved text: save it soon and tell the user. */
  noteRestoredLocalCopy() {
    this.notice = 'Nicht gespeicherte Änderungen aus diesem Browser wurden wiederhergestellt und werden gespeichert.';
    this.setState({ kind: 'dirty' });
  }

  dispose() {
    clearTimeout(this.timer);
  }

  private schedule(delay: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.send();
    }, delay);
  }

  private async send(keepalive = false): Promise<void> {
    const content = this.latest;
    if (!content || this.inFlight || this.stopped || this.merging) return;
    this.inFlight = true;
    this.setState({ kind: 'saving' });
    let retry = false;
    try {
      const response = await this.fetch(`/api/sections/${this.sectionId}/draft`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ baseRevision: this.base, content }),
        keepalive,
      });
      const body = (await response.json().catch(() => null)) as SaveResponse | null;
      if (response.ok && typeof body?.revision === 'number') this.onSaved(body.revision, body.savedAt, content, body.status);
      else if (response.status === 409 && body?.error?.details?.head) {
        this.stopped = true;
        this.setState({ kind: 'conflict', head: body.error.details.head, mine: this.latest ?? content });
      } else if (response.status >= 500 || !body) retry = true;
      else this.setState({ kind: 'error', message: body.error?.message ?? 'Speichern nicht möglich.' });
    } catch {
      retry = true;
    } finally {
      this.inFlight = false;
    }
    if (retry) {
      this.setState({ kind: 'offline' });
      this.schedule(this.retryDelay);
      this.retryDelay = Math.min(this.retryDelay * 2, 60_000);
    } else if (this.hasUnsavedChanges && !this.timer && this.state.kind !== 'error') {
      // Typing went on during the request. After an error (e.g. session expired) we wait for the
      // next change instead of repeating a request that will fail the same way.
      this.schedule(DEBOUNCE_MS);
    }
  }

  private onSaved(revision: number, savedAt: string | undefined, sent: TiptapDoc, sectionStatus: string | undefined) {
    this.base = revision;
    this.retryDelay = FIRST_RETRY_MS;
    if (sameContent(this.latest, sent)) {
      this.latest = null;
      clearLocalDraft(this.sectionId);
      this.setState({ kind: 'saved', at: savedAt ?? this.now().toISOString(), revision, bySelf: true, sectionStatus });
    } else if (this.latest) {
      // Typing went on while the request was under way: keep the newer text for the next save.
      writeLocalDraft(this.sectionId, { baseRevision: revision, content: this.latest, changedAt: this.now().toISOString() });
      this.setState({ kind: 'dirty' });
    }
  }
}
