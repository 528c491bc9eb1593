'use client';

import { useId, useState, type FormEvent } from 'react';
import { giveVerdictAction } from './comment-actions';

const OPTIONS = [
  { value: 'erfuellt', label: 'erfüllt', hint: 'Der Abschnitt erfüllt, was die Mindeststandards hier erwarten.' },
  { value: 'nachbessern', label: 'nachbessern', hint: 'Bitte in der Anmerkung sagen, was fehlt.' },
  { value: 'offen', label: 'offen', hint: 'Noch nicht abschließend bewertet.' },
  { value: 'entfaellt', label: 'entfällt', hint: 'Für diese Kommune nicht zutreffend.' },
] as const;

const LABELS: Record<string, string> = Object.fromEntries(OPTIONS.map((o) => [o.value, o.label]));

export interface VerdictInfo {
  value: string;
  note: string;
  versionNumber: number;
  authorName: string | null;
}

/**
 * The advisor's verdict on this section: shown to everyone, given by the assigned advisor while
 * the concept is submitted (on the Fassung under review).
 */
export function VerdictPanel({
  sectionId,
  verdict,
  canGive,
  versionNumber,
}: {
  sectionId: string;
  verdict: VerdictInfo | null;
  canGive: boolean;
  /** The Fassung under review (where a new verdict goes). */
  versionNumber: number | null;
}) {
  const id = useId();
  const [current, setCurrent] = useState<VerdictInfo | null>(verdict);
  const [value, setValue] = useState<string>(verdict && verdict.versionNumber === versionNumber ? verdict.value : '');
  const [note, setNote] = useState(verdict && verdict.versionNumber === versionNumber ? verdict.note : '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    // A lost connection rejects the call: keep the form usable (and the note) instead of hanging.
    const result = await giveVerdictAction({ sectionId, verdict: value, note }).catch(() => ({
      ok: false as const,
      error: { message: 'Der Server ist gerade nicht erreichbar. Ihre Angaben sind noch da – bitte versuchen Sie es gleich noch einmal.', fields: undefined },
    }));
    setBusy(false);
    if (!result.ok) {
      setMessage({ ok: false, text: result.error.fields ? Object.values(result.error.fields).join(' ') : result.error.message });
      return;
    }
    setCurrent({ value: result.data.verdict, note, versionNumber: result.data.versionNumber, authorName: 'Ihnen' });
    setMessage({ ok: true, text: `Bewertung „${LABELS[result.data.verdict]}“ für Fassung ${result.data.versionNumber} gespeichert.` });
  };

  return (
    <section className="card verdict" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Bewertung der Beratung</h2>
      {current ? (
        <p>
          <span className={`badge ${current.value === 'erfuellt' ? 'badge--success' : current.value === 'nachbessern' ? 'badge--danger' : ''}`}>
            {LABELS[current.value]}
          </span>{' '}
          <span className="muted">
            (Fassung {current.versionNumber}
            {current.authorName ? `, von ${current.authorName}` : ''})
          </span>
          {current.note && <span className="verdict__note preserve-lines">{current.note}</span>}
        </p>
      ) : (
        <p className="muted">Noch nicht bewertet.</p>
      )}
      {canGive && versionNumber !== null && (
        <form onSubmit={submit} noValidate>
          <fieldset className="verdict__options">
            <legend>Bewertung für Fassung {versionNumber}</legend>
            {OPTIONS.map((option) => (
              <div key={option.value} className="field--checkbox">
                <input
                  type="radio"
                  id={`${id}-${option.value}`}
                  name={`${id}-verdict`}
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => setValue(option.value)}
                  aria-describedby={`${id}-${option.value}-hint`}
                />
                <div>
                  <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
                  <span className="hint" id={`${id}-${option.value}-hint`}>
                    {option.hint}
                  </span>
                </div>
              </div>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-note`}>
              Anmerkung<span className="muted"> {value === 'nachbessern' ? '(Pflicht bei „nachbessern“)' : '(optional)'}</span>
            </label>
            <textarea id={`${id}-note`} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <div aria-live="polite">
            {message && (
              <p className={message.ok ? 'alert alert--success' : 'alert alert--error'} role={message.ok ? undefined : 'alert'}>
                {message.text}
              </p>
            )}
          </div>
          <div className="form-actions">
            <button type="submit" className="btn btn--small" disabled={isBusy || !value}>
              {isBusy ? 'Wird gespeichert …' : 'Bewertung speichern'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
