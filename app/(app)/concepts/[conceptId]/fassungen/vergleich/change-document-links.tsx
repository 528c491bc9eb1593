/**
 * Synopse and redline of the comparison on screen, as Word files. Plain links to the download routes: the
 * browser saves the file under the name the server gives, without JavaScript.
 */
export function ChangeDocumentLinks({ conceptId, from, to }: { conceptId: string; from: number; to: number | 'aktuell' }) {
  const newText = to === 'aktuell' ? 'den aktuellen Text' : `Fassung ${to}`;
  const query = new URLSearchParams({ von: String(from), bis: String(to) });
  const base = `/api/concepts/${encodeURIComponent(conceptId)}`;
  return (
    <section className="card" aria-labelledby="aenderungsdokumente-titel">
      <h2 id="aenderungsdokumente-titel" className="card__title">
        Als Word-Datei für Rat und Gremien
      </h2>
      <p className="muted small">
        Die Synopse stellt Fassung {from} und {newText} in zwei Spalten gegenüber; geänderte Stellen sind markiert, unveränderte Abschnitte
        stehen in einer Zeile. Die Datei mit Änderungsverfolgung zeigt {newText} mit jeder Änderung gegenüber Fassung {from} als
        nachverfolgte Änderung, die sich in Word einzeln annehmen oder ablehnen lässt.
      </p>
      <div className="form-actions">
        <a className="btn btn--secondary btn--small" href={`${base}/synopse?${query}`}>
          Synopse herunterladen (DOCX)
        </a>
        <a className="btn btn--secondary btn--small" href={`${base}/redline?${query}`}>
          Mit Änderungsverfolgung herunterladen (DOCX)
        </a>
      </div>
    </section>
  );
}
