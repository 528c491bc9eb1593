'use client';

/**
 * Shown for unexpected errors; no technical details reach the page. The way back to the overview is a plain
 * link that loads the page anew (after an error that is the safer start), so this boundary does not bring its own
 * copy of next/link into every page's JavaScript (npm run bench:bundle).
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="inhalt" className="site-main">
      <h1>Es ist ein Fehler aufgetreten</h1>
      <p>Die Seite konnte nicht vollständig geladen werden. Bitte versuchen Sie es erneut. Besteht das Problem weiter, wenden Sie sich an die Plattformverwaltung.</p>
      <div className="form-actions">
        <button type="button" className="btn" onClick={() => reset()}>
          Erneut versuchen
        </button>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load on purpose, see above */}
        <a href="/">Zur Übersicht</a>
      </div>
    </main>
  );
}
