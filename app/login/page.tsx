import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getActor } from '@/app/_lib/session';
import { LoginForm } from './login-form';

import { safeReturnPath } from '../_lib/safe-return-path';

export const metadata: Metadata = { title: 'Anmelden' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  const notice = params.abgemeldet
    ? 'Sie haben sich abgemeldet.'
    : params.passwort
      ? 'Ihr Passwort wurde geändert. Bitte melden Sie sich mit dem neuen Passwort an.'
      : undefined;
  return (
    <div className="auth-page">
      <a className="skip-link" href="#inhalt">
        Zum Inhalt springen
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <span className="site-header__brand">
            Schutzkonzept-Werkstatt
            <small>Gewaltschutz in Gemeinschaftsunterkünften</small>
          </span>
        </div>
      </header>
      <main id="inhalt" tabIndex={-1}>
        <div className="auth-card">
          <h1>Anmelden</h1>
          <p className="muted">Melden Sie sich mit Ihrer dienstlichen E-Mail-Adresse an.</p>
          {notice && (
            <div className="alert alert--success" role="status">
              <p>{notice}</p>
            </div>
          )}
          <LoginForm callbackUrl={callbackUrl} />
          <p className="muted" style={{ marginTop: '1.5rem', fontSize: '0.9rem' }}>
            Passwort vergessen? Wenden Sie sich an die Koordination Ihrer Kommune oder an die Plattformverwaltung; dort
            kann ein neues vorläufiges Passwort vergeben werden.
          </p>
        </div>
      </main>
    </div>
  );
}
