'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { DISPOSITIONS } from '@/db/schema-review';
import { DISPOSITION_LABELS } from '@/lib/comments/labels';
import type { Thread } from './comments-shared';

const DISPOSITION_OPTIONS = DISPOSITIONS.map((value) => ({ value, label: DISPOSITION_LABELS[value] }));

/** Marks a thread as erledigt; an advisor's hint asks for the district's disposition and a reason. */
export function ResolveForm({
  thread,
  onSubmit,
  onCancel,
}: {
  thread: Thread;
  onSubmit: (disposition: string | undefined, reason: string | undefined) => Promise<string | null>;
  onCancel: () => void;
}) {
  const id = useId();
  const [disposition, setDisposition] = useState<string>('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  // The first choice, or – where there is nothing to choose – the button that confirms.
  useEffect(() => (first.current ?? submitButton.current)?.focus(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(await onSubmit(thread.needsDisposition ? disposition || undefined : undefined, thread.needsDisposition ? reason : undefined));
  };
  return (
    <form className="comment-form" onSubmit={submit} noValidate>
      {thread.needsDisposition ? (
        <>
          <fieldset>
            <legend>Umgang mit dem Hinweis der Beratung</legend>
            {DISPOSITION_OPTIONS.map((option, i) => (
              <div key={option.value} className="field--checkbox">
                <input
                  ref={i === 0 ? first : undefined}
                  type="radio"
                  id={`${id}-${option.value}`}
                  name={`${id}-disposition`}
                  value={option.value}
                  checked={disposition === option.value}
                  onChange={() => setDisposition(option.value)}
                />
                <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
              </div>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-reason`}>Begründung</label>
            <span className="hint">Kurz: was geändert wurde, oder warum nicht. Steht so in der Übersicht der Hinweise.</span>
            <textarea id={`${id}-reason`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
        </>
      ) : (
        <p>
          Kommentar Nr. {thread.number} als erledigt markieren?
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button ref={submitButton} type="submit" className="btn btn--small">
          Als erledigt markieren
        </button>
        <button type="button" className="btn btn--secondary btn--small" onClick={onCancel}>
          Abbrechen
        </button>
      </div>
    </form>
  );
}
