'use client';

import { createContext, useActionState, useContext, useId, useRef, useEffect, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import type { ActionResult } from '@/lib/shared/action-result';

type State<T> = ActionResult<T> | null;
const FieldErrors = createContext<Record<string, string> | undefined>(undefined);

/**
 * A form bound to a server action returning an ActionResult. Field errors flow
 * to <Field> through context; the summary is announced to screen readers and
 * receives focus, so keyboard users learn what went wrong.
 */
export function ActionForm<T>({
  action,
  children,
  submitLabel,
  renderSuccess,
  resetOnSuccess = true,
  className,
}: {
  action: (state: State<T>, formData: FormData) => Promise<ActionResult<T>>;
  children: ReactNode;
  submitLabel: string;
  renderSuccess?: (data: T) => ReactNode;
  resetOnSuccess?: boolean;
  className?: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!state) return;
    if (state.ok && resetOnSuccess) formRef.current?.reset();
    summaryRef.current?.focus();
  }, [state, resetOnSuccess]);
  const fields = state && !state.ok ? state.error.fields : undefined;
  return (
    <form ref={formRef} action={formAction} className={className} noValidate>
      <div ref={summaryRef} tabIndex={-1} aria-live="polite">
        {state && !state.ok && (
          <div className="alert alert--error" role="alert">
            <p className="alert__title">{state.error.message}</p>
            {fields && Object.keys(fields).length > 1 && (
              <ul>
                {Object.entries(fields).map(([name, message]) => (
                  <li key={name}>{message}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {state?.ok && renderSuccess && <div className="alert alert--success">{renderSuccess(state.data)}</div>}
      </div>
      <FieldErrors.Provider value={fields}>{children}</FieldErrors.Provider>
      <div className="form-actions">
        <SubmitButton label={submitLabel} />
      </div>
    </form>
  );
}

export function SubmitButton({
  label,
  className = 'btn',
  accessibleLabel,
}: {
  label: string;
  className?: string;
  /** A longer name for screen readers when the visible label relies on its table row, e.g. "Entfernen". */
  accessibleLabel?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending} aria-label={accessibleLabel}>
      {pending ? 'Bitte warten …' : label}
    </button>
  );
}

/** A labelled input or select; shows the server's German message for this field. */
export function Field({
  name,
  label,
  hint,
  type = 'text',
  options,
  required = true,
  autoComplete,
  defaultValue,
}: {
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'password' | 'select';
  options?: ReadonlyArray<{ value: string; label: string }>;
  required?: boolean;
  autoComplete?: string;
  defaultValue?: string;
}) {
  const id = useId();
  const error = useContext(FieldErrors)?.[name];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    defaultValue,
  } as const;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {!required && <span className="muted"> (optional)</span>}
      </label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="error" id={`${id}-error`}>
          <span className="visually-hidden">Fehler: </span>
          {error}
        </span>
      )}
      {type === 'select' ? (
        <select {...common}>
          <option value="">Bitte wählen …</option>
          {options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} type={type} autoComplete={autoComplete} />
      )}
    </div>
  );
}
