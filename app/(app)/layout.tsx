import Link from 'next/link';
import type { ReactNode } from 'react';
import { getActor } from '@/app/_lib/session';
import { countMyUnread } from '@/lib/notifications/list-my-notifications';
import { NavLink } from '../_components/nav-link';
import { SignOutButton } from '../_components/sign-out-button';
import { PLATFORM_ROLE_LABELS, RELATION_LABELS } from '../_lib/format';
import './notifications.css';

export const dynamic = 'force-dynamic';

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  // Every page calls requirePageActor with its own path, so sign-in can return to the page
  // asked for; without a session the layout renders nothing of its own and lets it redirect.
  const actor = await getActor();
  if (!actor) return children;
  const unread = await countMyUnread(actor);
  const roleLabel =
    actor.platformRole !== 'user'
      ? PLATFORM_ROLE_LABELS[actor.platformRole]
      : actor.memberships.length === 1
        ? RELATION_LABELS[actor.memberships[0]!.role]
        : 'Kommune';
  return (
    <>
      <a className="skip-link" href="#inhalt">
        Zum Inhalt springen
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link href="/" className="site-header__brand">
            Schutzkonzept-Werkstatt
            <small>Gewaltschutz in Gemeinschaftsunterkünften</small>
          </Link>
          <nav className="site-nav" aria-label="Hauptnavigation">
            <ul>
              <li>
                <NavLink href="/" exact>
                  Übersicht
                </NavLink>
              </li>
              {actor.platformRole === 'admin' && (
                <li>
                  <NavLink href="/admin">Verwaltung</NavLink>
                </li>
              )}
              <li>
                <NavLink href="/benachrichtigungen">
                  Benachrichtigungen
                  {unread > 0 && (
                    <>
                      <span className="visually-hidden">, </span>
                      <span className="nav-badge">{unread > 99 ? '99+' : unread}</span>
                      <span className="visually-hidden"> ungelesen</span>
                    </>
                  )}
                </NavLink>
              </li>
              <li>
                <NavLink href="/account">Mein Konto</NavLink>
              </li>
            </ul>
          </nav>
          <div className="site-header__user">
            <span>
              <span className="visually-hidden">Angemeldet als </span>
              {actor.displayName}
              <span className="role">{roleLabel}</span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="inhalt" className="site-main" tabIndex={-1}>
        {actor.mustChangePassword && (
          <div className="alert alert--warning" role="status">
            <p>
              Sie verwenden ein vorläufiges Passwort, das auch die Person kennt, die Ihr Konto angelegt hat. Bitte wählen
              Sie unten unter „Passwort ändern“ ein eigenes; erst danach können Sie die Werkstatt nutzen.
            </p>
          </div>
        )}
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>
            Schutzkonzept-Werkstatt – Werkzeug für Gewaltschutzkonzepte nach den Mindeststandards zum Schutz von
            geflüchteten Menschen in Flüchtlingsunterkünften. Enthält keine personenbezogenen Daten von Bewohnerinnen und
            Bewohnern.
          </p>
        </div>
      </footer>
    </>
  );
}
