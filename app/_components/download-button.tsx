'use client';

import { useId, useState } from 'react';
import { SERVER_UNREACHABLE, filenameFrom, refusalMessage, saveBlob } from './save-download';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; filename: string } | { kind: 'error'; message: string };

/**
 * Downloads a document from a route handler of the Werkstatt (GET, answered with Content-Disposition).
 * Fetched rather than linked so that a refusal („noch keine Fassung“) is shown as a German message on
 * the page, not as raw JSON in a new tab; the result is announced to screen readers.
 */
export function DownloadButton({ href, label, fallbackFilename, hint }: { href: string; label: string; fallbackFilename: string; hint?: string }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const statusId = useId();
  const isBusy = state.kind === 'busy';

  async function download() {
    if (isBusy) return;
    setState({ kind: 'busy' });
    try {
      const response = await fetch(href, { cache: 'no-store' });
      if (!response.ok) {
        const message = await refusalMessage(response, (status) => `Das Dokument konnte nicht erstellt werden (Fehler ${status}). Bitte versuchen Sie es erneut.`);
        setState({ kind: 'error', message });
        return;
      }
      const blob = await response.blob();
      const filename = filenameFrom(response.headers.get('Content-Disposition'), fallbackFilename);
      saveBlob(blob, filename);
      setState({ kind: 'done', filename });
    } catch {
      setState({ kind: 'error', message: SERVER_UNREACHABLE });
    }
  }

  return (
    <div style={{ display: 'grid', gap: '0.5rem', justifyItems: 'start', maxWidth: '24rem' }}>
      <button type="button" className="btn" onClick={download} aria-disabled={isBusy} aria-describedby={statusId}>
        {isBusy ? 'Dokument wird erstellt …' : label}
      </button>
      <div id={statusId} aria-live="polite" className="muted small">
        {state.kind === 'done' ? `Gespeichert als „${state.filename}“.` : hint}
      </div>
      {state.kind === 'error' && <DownloadError message={state.message} />}
    </div>
  );
}

/** Why a download did not work, announced at once (role=alert) below its button. */
export function DownloadError({ message }: { message: string }) {
  return (
    <div className="alert alert--error" role="alert" style={{ margin: 0 }}>
      {message}
    </div>
  );
}
