'use client';

import { signIn } from 'next-auth/react';
import { useId, useRef, useState, type FormEvent } from 'react';

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const emailId = useId();
  const passwordId = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!email || !password) {
      showError('Bitte geben Sie E-Mail-Adresse und Passwort ein.');
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', { email, password, redirect: false });
      if (result?.ok && !result.error) {
        window.location.assign(callbackUrl);
        return;
      }
      // Messages from our server are German and safe to show; next-auth's own codes are not.
      const message = result?.error && result.error !== 'CredentialsSignin' ? result.error : 'E-Mail-Adresse oder Passwort ist nicht korrekt.';
      showError(message);
    } catch {
      showError('Die Anmeldung ist gerade nicht möglich. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.');
    }
    setPending(false);
  }

  function showError(message: string) {
    setError(message);
    setPending(false);
    requestAnimationFrame(() => errorRef.current?.focus());
  }

  return (
    <form onSubmit={onSubmit} noValidate method="post">
      <div ref={errorRef} tabIndex={-1} aria-live="assertive">
        {error && (
          <div className="alert alert--error" role="alert">
            <p>{error}</p>
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor={emailId}>E-Mail-Adresse</label>
        <input id={emailId} name="email" type="email" autoComplete="username" required aria-invalid={error ? true : undefined} />
      </div>
      <div className="field">
        <label htmlFor={passwordId}>Passwort</label>
        <input id={passwordId} name="password" type="password" autoComplete="current-password" required aria-invalid={error ? true : undefined} />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn" disabled={pending} aria-disabled={pending}>
          {pending ? 'Anmeldung läuft …' : 'Anmelden'}
        </button>
      </div>
    </form>
  );
}
