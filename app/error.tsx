'use client';

import Link from 'next/link';

/** Shown for unexpected errors; no technical details reach the page. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="inhalt" className="site-main">
      <h1>Es ist ein Fehler aufgetreten</h1>
      <p>Die Seite konnte nicht vollständig geladen werden. Bitte versuchen Sie es erneut. Besteht das Problem weiter, wenden Sie sich an die Plattformverwaltung.</p>
      <div className="form-actions">
        <button type="button" className="btn" onClick={() => reset()}>
          Erneut versuchen
        </button>
        <Link href="/">Zur Übersicht</Link>
      </div>
    </main>
  );
}
