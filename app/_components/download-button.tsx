'use client';

import { useId, useState } from 'react';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; filename: string } | { kind: 'error'; message: string };

/** The UTF-8 name from `filename*`, else the plain `filename`. */
function filenameFrom(disposition: string | null, fallback: string): string {
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (utf8) {
    try {
      return decodeURIComponent(utf8);
    } catch {
      // fall through to the ASCII name
    }
  }
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // not JSON (e.g. a proxy error page)
  }
  return `Das Dokument konnte nicht erstellt werden (Fehler ${response.status}). Bitte versuchen Sie es erneut.`;
}

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
        setState({ kind: 'error', message: await errorMessage(response) });
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
