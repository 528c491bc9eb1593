'use client';

import { useId, useState } from 'react';
import { errorMessage, filenameFrom } from '../_lib/download-response-parts';

const failed = (status: number) => `Das Dokument konnte nicht erstellt werden (Fehler ${status}). Bitte versuchen Sie es erneut.`;

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
        setState({ kind: 'error', message: await errorMessage(response, failed) });
        return;
      }
      const blob = await response.blob();
      const filename = filenameFrom(response.headers.get('Content-Disposition'), fallbackFilename);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      document.body.append(link);
      link.click();
      link.remove();
      // Give the browser a moment to start the download before the URL goes away.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ kind: 'done', filename });
    } catch {
      setState({ kind: 'error', message: 'Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.' });
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
      {state.kind === 'error' && (
        <div className="alert alert--error" role="alert" style={{ margin: 0 }}>
          {state.message}
        </div>
      )}
    </div>
  );
}
