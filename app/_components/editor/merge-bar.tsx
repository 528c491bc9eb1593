'use client';

import type { ConflictHead } from './autosave-controller';

/**
 * Shown while an author merges two versions by hand after a conflict. Nothing is saved until
 * they say the merge is done, so the other person's text stays the current one meanwhile.
 */
export function MergeBar({ head, onSave, onBack }: { head: ConflictHead; onSave: () => void; onBack: () => void }) {
  const who = head.authorName ?? 'der anderen Person';
  return (
    <section className="alert alert--warning merge-bar" aria-labelledby="zusammenfuehren-titel" id="zusammenfuehren" tabIndex={-1}>
      <h2 id="zusammenfuehren-titel" className="alert__title">
        Selbst zusammenführen
      </h2>
      <p>
        Im Editor steht Ihre Version. Übernehmen Sie aus der <a href="#andere-version">Version von {who}</a> (unter dem
        Editor) die Stellen, die bleiben sollen. Noch ist nichts gespeichert; Ihr Text wird so lange in diesem Browser gehalten.
      </p>
      <div className="form-actions">
        <button type="button" className="btn" onClick={onSave}>
          Zusammengeführte Version speichern
        </button>
        <button type="button" className="btn btn--secondary" onClick={onBack}>
          Zurück zur Auswahl
        </button>
      </div>
    </section>
  );
}
