/**
 * Pick any two Fassungen (or the current text) to compare, or to download as Synopse or redline; a plain GET
 * form, works without JavaScript.
 */
export function CompareForm({ conceptId, numbers }: { conceptId: string; numbers: number[] }) {
  const sorted = [...numbers].sort((a, b) => a - b);
  return (
    <form className="card" method="get" action={`/concepts/${conceptId}/fassungen/vergleich`} aria-labelledby="vergleich-titel">
      <h2 id="vergleich-titel" className="card__title">
        Zwei Fassungen vergleichen
      </h2>
      <div className="form-row">
        <div className="field">
          <label htmlFor="vergleich-von">Von</label>
          <select id="vergleich-von" name="von" defaultValue={String(sorted[sorted.length - 2] ?? sorted[0])}>
            {sorted.map((n) => (
              <option key={n} value={n}>
                Fassung {n}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="vergleich-bis">Bis</label>
          <select id="vergleich-bis" name="bis" defaultValue={String(sorted[sorted.length - 1])}>
            {sorted.map((n) => (
              <option key={n} value={n}>
                Fassung {n}
              </option>
            ))}
            <option value="aktuell">aktueller Text</option>
          </select>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn">
          Vergleichen
        </button>
        {/* The same choice as Word files for the council (routes under /api/concepts/<id>/synopse and /redline). */}
        <button type="submit" className="btn btn--secondary" formAction={`/api/concepts/${encodeURIComponent(conceptId)}/synopse`}>
          Synopse (DOCX)
        </button>
        <button type="submit" className="btn btn--secondary" formAction={`/api/concepts/${encodeURIComponent(conceptId)}/redline`}>
          Mit Änderungsverfolgung (DOCX)
        </button>
      </div>
    </form>
  );
}
