'use client';

import { useEffect, useId, useState } from 'react';
import { DownloadError } from '../../../_components/download-button';
import { SERVER_UNREACHABLE, filenameFrom, refusalMessage, saveBlob } from '../../../_components/save-download';

type State =
  | { kind: 'idle' }
  | { kind: 'creating' }
  | { kind: 'loading'; percent: number | null }
  | { kind: 'done'; filename: string; pageNumbersMissing: boolean }
  | { kind: 'error'; message: string };

const FALLBACK_NAME = 'Gewaltschutzkonzept.docx';

type EmptySections = 'renumber' | 'entfaellt' | 'mark';
/** The choices of lib/export/model.ts (EmptySectionMode), as the user reads them. */
const EMPTY_CHOICES: ReadonlyArray<{ value: EmptySections; label: string }> = [
  { value: 'renumber', label: 'weglassen und fortlaufend nummerieren' },
  { value: 'entfaellt', label: 'mit Überschrift und „entfällt“ aufnehmen (Nummern wie in der Vorlage)' },
  { value: 'mark', label: 'als „noch nicht ausgefüllt“ kennzeichnen (zur Abstimmung)' },
];

/** Reads the body chunk by chunk so the download can show its progress. */
async function readWithProgress(response: Response, onProgress: (percent: number | null) => void): Promise<Blob> {
  const total = Number(response.headers.get('Content-Length')) || 0;
  if (!response.body) return response.blob();
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress(total > 0 ? Math.min(100, Math.round((received / total) * 100)) : null);
  }
  return new Blob(chunks, { type: response.headers.get('Content-Type') ?? undefined });
}

/** When the server was last asked to make a download in advance, by its address, from this page. */
const preparedAsked = new Map<string, number>();
/**
 * Not asked again sooner (pointing at the button again and again); after that it is: the text may have changed
 * meanwhile (an edit, then back on the concept's page), and the server makes nothing twice for the same text.
 */
const ASK_AGAIN_MS = 5_000;

/**
 * Asks the server to make the download at `url` in advance (lib/export/prepare-download.ts), so that the click finds
 * it ready. Nothing is shown: a refusal or an unreachable server shows when the download is asked for.
 */
function askToPrepare(url: string): void {
  const now = Date.now();
  if (now - (preparedAsked.get(url) ?? -Infinity) < ASK_AGAIN_MS) return;
  preparedAsked.set(url, now);
  void fetch(url, { method: 'POST', cache: 'no-store' }).catch(() => undefined);
}

/**
 * Downloads the concept as DOCX: the current text (an adopted concept: its adopted Fassung), or
 * one frozen Fassung when `fassung` is given.
 */
export function ExportButton({
  conceptId,
  fassung,
  isAdopted = false,
  label,
  checkNote,
  prepareWhenShown = true,
}: {
  conceptId: string;
  fassung?: number;
  isAdopted?: boolean;
  label?: string;
  /**
   * Whether the download is made in advance as soon as the button is shown (otherwise when it is pointed at or
   * focused): false where a page shows many (one per Fassung), which would make them all.
   */
  prepareWhenShown?: boolean;
  /** What the Vollständigkeitsprüfung still lists: drafts may be exported anyway, the reader should know. */
  checkNote?: { text: string; href: string };
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [emptySections, setEmptySections] = useState<EmptySections>('renumber');
  const [withComments, setWithComments] = useState(false);
  const checkboxId = useId();
  const isBusy = state.kind === 'creating' || state.kind === 'loading';
  // The download with the choices made: asked for in advance (POST) and then downloaded (GET).
  const query = new URLSearchParams({
    empty: emptySections,
    ...(fassung ? { fassung: String(fassung) } : {}),
    ...(withComments ? { comments: '1' } : {}),
  });
  const url = `/api/concepts/${encodeURIComponent(conceptId)}/export?${query}`;
  // Shown (and each time a choice changes): the download is likely to come, with these choices. Pointing at the button
  // or focusing it asks too (where it is not done when shown, and after a while).
  const shownUrl = prepareWhenShown ? url : null;
  useEffect(() => {
    if (shownUrl) askToPrepare(shownUrl);
  }, [shownUrl]);

  async function download() {
    if (isBusy) return;
    setState({ kind: 'creating' });
    try {
      const response = await fetch(url, { cache: 'no-store' });
      if (!response.ok) {
        const message = await refusalMessage(response, (status) => `Der Export ist fehlgeschlagen (Fehler ${status}). Bitte versuchen Sie es erneut.`);
        setState({ kind: 'error', message });
        return;
      }
      setState({ kind: 'loading', percent: 0 });
      const blob = await readWithProgress(response, (percent) => setState({ kind: 'loading', percent }));
      const filename = filenameFrom(response.headers.get('Content-Disposition'), FALLBACK_NAME);
      saveBlob(blob, filename);
      setState({ kind: 'done', filename, pageNumbersMissing: response.headers.get('X-Toc-Page-Numbers') === 'missing' });
    } catch {
      setState({ kind: 'error', message: SERVER_UNREACHABLE });
    }
  }

  return (
    <div className="export-button" style={{ display: 'grid', gap: '0.5rem', justifyItems: 'start', maxWidth: '22rem' }}>
      <button
        type="button"
        className="btn"
        onClick={download}
        onPointerEnter={() => askToPrepare(url)}
        onFocus={() => askToPrepare(url)}
        aria-disabled={isBusy}
        aria-describedby={`${checkboxId}-status`}
      >
        {isBusy ? 'Export läuft …' : (label ?? (isAdopted ? 'Beschlossene Fassung als Word-Datei (DOCX)' : 'Als Word-Datei (DOCX) herunterladen'))}
      </button>
      {checkNote && (
        <p className="muted small" style={{ margin: 0 }}>
          {checkNote.text} <a href={checkNote.href}>Prüfung ansehen</a>
        </p>
      )}
      <fieldset style={{ border: 0, padding: 0, margin: 0, fontSize: '0.9rem', display: 'grid', gap: '0.25rem' }} disabled={isBusy}>
        <legend style={{ fontWeight: 700, padding: 0, marginBottom: '0.25rem' }}>Leere Abschnitte</legend>
        {EMPTY_CHOICES.map((choice) => (
          <div key={choice.value} className="field--checkbox">
            <input
              id={`${checkboxId}-${choice.value}`}
              type="radio"
              name={`${checkboxId}-empty`}
              value={choice.value}
              checked={emptySections === choice.value}
              onChange={() => setEmptySections(choice.value)}
            />
            <label htmlFor={`${checkboxId}-${choice.value}`}>{choice.label}</label>
          </div>
        ))}
      </fieldset>
      <div className="field--checkbox" style={{ fontSize: '0.9rem' }}>
        <input
          id={`${checkboxId}-comments`}
          type="checkbox"
          checked={withComments}
          disabled={isBusy}
          onChange={(event) => setWithComments(event.target.checked)}
          aria-describedby={withComments ? `${checkboxId}-comments-hint` : undefined}
        />
        <label htmlFor={`${checkboxId}-comments`}>Kommentare als Word-Kommentare aufnehmen</label>
      </div>
      {/* Only once chosen: on the Fassungen page every Fassung has this dialog. */}
      {withComments && (
        <p id={`${checkboxId}-comments-hint`} className="muted small" style={{ margin: 0 }}>
          An ihren Textstellen, mit Antworten; erledigte sind als erledigt markiert. Kommentare zum ganzen Abschnitt und solche,
          deren Textstelle nicht mehr vorhanden ist, stehen an der Überschrift.
        </p>
      )}
      <div id={`${checkboxId}-status`} aria-live="polite" style={{ fontSize: '0.9rem' }}>
        {state.kind === 'creating' && <span>Dokument wird erstellt und die Seiten werden berechnet – das dauert einige Sekunden …</span>}
        {state.kind === 'loading' && (
          <span>
            Wird heruntergeladen … {state.percent !== null && `${state.percent} %`}{' '}
            <progress max={100} value={state.percent ?? undefined} aria-label="Fortschritt des Downloads" />
          </span>
        )}
        {state.kind === 'done' && <span className="muted">Gespeichert als „{state.filename}“.</span>}
        {state.kind === 'done' && state.pageNumbersMissing && (
          <p className="muted" style={{ margin: '0.25rem 0 0' }}>
            Die Seitenzahlen im Inhaltsverzeichnis konnten diesmal nicht vorab berechnet werden. Word trägt sie beim Öffnen ein; in
            LibreOffice: „Extras › Aktualisieren › Alles aktualisieren“.
          </p>
        )}
      </div>
      {state.kind === 'error' && <DownloadError message={state.message} />}
    </div>
  );
}
