import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/passwords';
import { listMyDistricts } from '@/lib/districts/list-districts';
import { PageHeader } from '../../_components/page-header';
import { PLATFORM_ROLE_LABELS, RELATION_LABELS } from '../../_lib/format';
import { PasswordForm } from './password-form';

export const metadata: Metadata = { title: 'Mein Konto' };

export default async function AccountPage() {
  const actor = await requirePageActor('/account');
  const districts = await listMyDistricts(actor);
  return (
    <>
      <PageHeader title="Mein Konto" breadcrumbs={[{ href: '/', label: 'Übersicht' }]} />
      <section aria-labelledby="konto" className="card">
        <h2 id="konto">Ihre Angaben</h2>
        <dl>
          <dt>Name</dt>
          <dd>{actor.displayName}</dd>
          <dt>E-Mail-Adresse</dt>
          <dd>{actor.email}</dd>
          <dt>Kontoart</dt>
          <dd>{PLATFORM_ROLE_LABELS[actor.platformRole]}</dd>
          {districts.length > 0 && (
            <>
              <dt>Kommunen</dt>
              <dd>
                <ul>
                  {districts.map((d) => (
                    <li key={d.id}>
                      {d.name} – {RELATION_LABELS[d.relation]}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
      </section>
      <section aria-labelledby="passwort" className="card">
        <h2 id="passwort">Passwort ändern</h2>
        <p>Nach der Änderung werden alle Ihre Sitzungen beendet, auch auf anderen Geräten.</p>
        <PasswordForm minLength={PASSWORD_MIN_LENGTH} />
      </section>
    </>
  );
}
