'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Person } from './comments-shared';

const ROLE_SHORT: Record<string, string> = { coordinator: 'Koordination', editor: 'Redaktion', advisor: 'Beratung' };

/** A textarea with a simple, accessible way to mention someone: pick a name, „@Name“ goes into the text. */
export function CommentForm({
  legend,
  quote,
  mentionable,
  submitLabel,
  initialBody = '',
  autoFocus = false,
  onSubmit,
  onCancel,
}: {
  legend: string;
  quote: string | null;
  mentionable: Person[];
  submitLabel: string;
  initialBody?: string;
  autoFocus?: boolean;
  onSubmit: (body: string, mentions: string[]) => Promise<string | null>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [body, setBody] = useState(initialBody);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (autoFocus) textarea.current?.focus();
  }, [autoFocus]);
  const mentionsIn = (text: string) => mentionable.filter((p) => text.includes(`@${p.name}`)).map((p) => p.id);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const failure = await onSubmit(body, mentionsIn(body));
    setBusy(false);
    setError(failure);
    if (!failure) setBody('');
  };
  return (
    <form className="comment-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{legend}</legend>
        {quote && <blockquote className="comment__quote">{quote}</blockquote>}
        <label htmlFor={`${id}-text`} className="visually-hidden">
          {legend}
        </label>
        <textarea
          id={`${id}-text`}
          ref={textarea}
          rows={3}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && onCancel) onCancel();
          }}
        />
        {mentionable.length > 0 && (
          <div className="comment-form__mention">
            <label htmlFor={`${id}-mention`}>Person erwähnen</label>
            <select
              id={`${id}-mention`}
              value=""
              onChange={(e) => {
                const person = mentionable.find((p) => p.id === e.target.value);
                if (person) setBody((b) => `${b}${b && !b.endsWith(' ') ? ' ' : ''}@${person.name} `);
                textarea.current?.focus();
              }}
            >
              <option value="">Name wählen …</option>
              {mentionable.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({ROLE_SHORT[p.role] ?? p.role})
                </option>
              ))}
            </select>
          </div>
        )}
        {error && (
          <p className="error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="btn btn--small" disabled={isBusy}>
            {isBusy ? 'Wird gespeichert …' : submitLabel}
          </button>
          {onCancel && (
            <button type="button" className="btn btn--secondary btn--small" onClick={onCancel}>
              Abbrechen
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}
