'use client';

import {
  createContext,
  startTransition,
  useActionState,
  useContext,
  useEffect,
  useId,
  useRef,
  type FormEvent,
  type ReactNode,
} from 'react';
import { useFormStatus } from 'react-dom';
import type { ActionResult } from '@/lib/shared/action-result';

type State<T> = ActionResult<T> | null;
const FieldErrors = createContext<Record<string, string> | undefined>(undefined);
const FormPending = createContext(false);

/**
 * The error of an action called without ActionForm (a button form in a table row), announced
 * where it happened; renders the live region also while there is nothing to say.
 */
export function ActionError({ message }: { message: string | null | undefined }) {
  return (
    <div aria-live="polite">
      {message && (
        <p className="alert alert--error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}

/**
 * A form bound to a server action returning an ActionResult. Field errors flow
 * to <Field> through context; the summary is announced to screen readers and
 * receives focus, so keyboard users learn what went wrong.
 *
 * With JavaScript the submission is dispatched by hand: React resets a form after
 * every `action` submission, which would wipe what the user typed when the server
 * rejects it. The form is reset only on success (resetOnSuccess). Without
 * JavaScript the plain `action` still works.
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
  // A server action that cannot be reached (network gone, server restarting) rejects: say so at the form,
  // keep what was typed (the form is only reset on success) and let the user send it again.
  const [state, formAction, isPending] = useActionState(async (previous: State<T>, formData: FormData): Promise<ActionResult<T>> => {
    try {
      return await action(previous, formData);
    } catch (error) {
      // Redirects and not-found from the action are navigation, not failures.
      if (error instanceof Error && /NEXT_REDIRECT|NEXT_NOT_FOUND|NEXT_HTTP_ERROR/.test(`${error.message} ${(error as { digest?: string }).digest ?? ''}`)) throw error;
      return {
        ok: false,
        error: { code: 'internal', message: 'Der Server ist nicht erreichbar. Ihre Eingaben sind noch da; bitte versuchen Sie es gleich noch einmal.' },
      };
    }
  }, null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!state) return;
    if (state.ok && resetOnSuccess) formRef.current?.reset();
    summaryRef.current?.focus();
  }, [state, resetOnSuccess]);
  const fields = state && !state.ok ? state.error.fields : undefined;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(formData));
  };
  return (
    <form ref={formRef} action={formAction} onSubmit={submit} className={className} noValidate>
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
      <FormPending.Provider value={isPending}>
        <FieldErrors.Provider value={fields}>{children}</FieldErrors.Provider>
        <div className="form-actions">
          <SubmitButton label={submitLabel} />
        </div>
      </FormPending.Provider>
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
  const { pending: isSubmitting } = useFormStatus();
  const pending = useContext(FormPending) || isSubmitting;
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending} aria-label={accessibleLabel}>
      {pending ? 'Bitte warten …' : label}
    </button>
  );
}

/**
 * A labelled input, select, textarea or checkbox; shows the server's German
 * message for this field. `number` (whole numbers) and `decimal` render text
 * inputs with a numeric keyboard: type="number" would reject the German comma.
 */
export function Field({
  name,
  label,
  hint,
  type = 'text',
  options,
  required = true,
  autoComplete,
  defaultValue,
  defaultChecked,
  rows = 3,
}: {
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'password' | 'tel' | 'select' | 'number' | 'decimal' | 'textarea' | 'date' | 'checkbox';
  options?: ReadonlyArray<{ value: string; label: string }>;
  /** Marks the label „(optional)“ when false; checkboxes never show it. */
  required?: boolean;
  autoComplete?: string;
  defaultValue?: string;
  defaultChecked?: boolean;
  /** Visible lines of a textarea. */
  rows?: number;
}) {
  const id = useId();
  const error = useContext(FieldErrors)?.[name];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const a11y = { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy } as const;
  const hintAndError = (
    <>
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
    </>
  );
  if (type === 'checkbox') {
    return (
      <div className={`field field--checkbox${error ? ' field--error' : ''}`}>
        <input id={id} name={name} type="checkbox" defaultChecked={defaultChecked} {...a11y} />
        <div>
          <label htmlFor={id}>{label}</label>
          {hintAndError}
        </div>
      </div>
    );
  }
  const common = { id, name, required, defaultValue, ...a11y } as const;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {!required && <span className="muted"> (optional)</span>}
      </label>
      {hintAndError}
      {type === 'select' ? (
        <select {...common}>
          <option value="">Bitte wählen …</option>
          {options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : type === 'textarea' ? (
        <textarea {...common} rows={rows} autoComplete={autoComplete} />
      ) : type === 'number' || type === 'decimal' ? (
        <input {...common} type="text" inputMode={type === 'number' ? 'numeric' : 'decimal'} autoComplete={autoComplete ?? 'off'} />
      ) : (
        <input {...common} type={type} autoComplete={autoComplete} />
      )}
    </div>
  );
}
