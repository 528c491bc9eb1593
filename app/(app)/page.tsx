import Link from 'next/link';
import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session';
import { getDashboard, type Dashboard } from '@/lib/dashboard/get-dashboard';
import { ConceptList } from '../_components/concept-list';
import { PageHeader } from '../_components/page-header';
import { CONCEPT_STATUS_LABELS, RELATION_LABELS, formatDate, formatIsoDate } from '../_lib/format';
import { InvitationsPanel } from './_invitations/invitations-panel';

export const metadata: Metadata = { title: 'Übersicht' };

export default async function DashboardPage() {
  const actor = await requirePageActor('/');
  const { districts, invitations, deactivatedDistricts: deactivated, reviewQueue: queue, dueReviews } = await getDashboard(actor);
  const firstName = actor.displayName.split(' ')[0];
  return (
    <>
      <PageHeader title={`Willkommen, ${firstName}`} lead={leadFor(actor.platformRole, districts.length)} />
      <InvitationsPanel invitations={invitations} />
      {deactivated.length > 0 && (
        <div className="alert alert--warning" role="status">
          <p className="alert__title">
            {deactivated.length === 1
              ? `Die Kommune „${deactivated[0]!.name}“ ist deaktiviert.`
              : `Die Kommunen ${deactivated.map((d) => `„${d.name}“`).join(', ')} sind deaktiviert.`}
          </p>
          <p>
            Die Plattformverwaltung hat den Zugang beendet; alle Daten und Konzepte bleiben gespeichert, aber niemand kann sie
            derzeit öffnen oder bearbeiten. Wenn Sie weiter daran arbeiten müssen, wenden Sie sich an die Plattformverwaltung:
            Sie kann die Kommune wieder aktivieren.
          </p>
        </div>
      )}
      {actor.platformRole === 'admin' && (
        <section aria-labelledby="verwaltung" className="card card--muted">
          <h2 id="verwaltung">Plattformverwaltung</h2>
          <p>Legen Sie Kommunen und Konten an, ordnen Sie DeBUG-Beratungen zu und verwalten Sie Mitglieder.</p>
          <p>
            <Link className="btn" href="/admin">
              Zur Verwaltung
            </Link>
          </p>
        </section>
      )}
      {actor.platformRole === 'advisor' && districts.length > 0 && <ReviewQueue queue={queue} />}
      {dueReviews.length > 0 && (
        <section aria-labelledby="ueberpruefung" className="card">
          <h2 id="ueberpruefung">Überprüfung fällig</h2>
          <p className="muted">Beschlossene Konzepte, deren planmäßige Überprüfung in den nächsten 60 Tagen ansteht oder schon überfällig ist.</p>
          <ul className="plain-list">
            {dueReviews.map((due) => (
              <li key={due.conceptId}>
                <Link href={`/concepts/${due.conceptId}`}>{due.title}</Link> ({due.districtName}):{' '}
                {due.isOverdue ? (
                  <span className="badge badge--danger">überfällig seit {formatIsoDate(due.nextReviewOn)}</span>
                ) : (
                  <span className="badge badge--warning">fällig am {formatIsoDate(due.nextReviewOn)}</span>
                )}{' '}
                {due.successor ? (
                  <Link href={`/concepts/${due.successor.id}`}>Fortschreibung in Arbeit ({CONCEPT_STATUS_LABELS[due.successor.status]})</Link>
                ) : (
                  'Fortschreibung noch nicht begonnen'
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {districts.length > 0 && (
        <section aria-labelledby="kommunen">
          <h2 id="kommunen">{actor.platformRole === 'advisor' ? 'Ihnen zugeordnete Kommunen' : 'Ihre Kommunen'}</h2>
          {districts.map((district) => (
            <article key={district.id} className="card" aria-labelledby={`district-${district.id}`}>
              <h3 id={`district-${district.id}`}>
                <Link href={`/districts/${district.id}`}>{district.name}</Link>
              </h3>
              <p className="muted">
                {district.kind} · {district.state} · Ihre Rolle: {RELATION_LABELS[district.relation]}
              </p>
              <h4>Schutzkonzepte</h4>
              {district.concepts.length > 0 ? (
                <ConceptList concepts={district.concepts} />
              ) : (
                <div className="empty-state">
                  <p>
                    <strong>Noch kein Schutzkonzept angelegt.</strong>
                  </p>
                  <p>{nextStepFor(district.relation)}</p>
                  {district.relation === 'coordinator' && (
                    <p>
                      <Link className="btn" href={`/districts/${district.id}/concepts/new`}>
                        Neues Konzept anlegen
                      </Link>
                    </p>
                  )}
                </div>
              )}
            </article>
          ))}
        </section>
      )}
      {districts.length === 0 && deactivated.length === 0 && invitations.length === 0 && actor.platformRole !== 'admin' && (
        <div className="empty-state">
          <h2>Noch keine Kommune zugeordnet</h2>
          <p>
            {actor.platformRole === 'advisor'
              ? 'Ihrem Beratungskonto ist noch keine Kommune zugeordnet. Die Plattformverwaltung ordnet Ihnen die Kommunen zu, die Sie begleiten.'
              : 'Ihr Konto gehört noch zu keiner Kommune. Bitten Sie die Gewaltschutzkoordination Ihrer Kommune, Sie einzuladen; die Einladung erscheint dann hier.'}
          </p>
        </div>
      )}
    </>
  );
}

function leadFor(role: string, count: number): string {
  if (role === 'admin') return 'Hier verwalten Sie Kommunen, Konten und Zuordnungen.';
  if (role === 'advisor') return `Sie begleiten ${count === 1 ? 'eine Kommune' : `${count} Kommunen`} beim Gewaltschutzkonzept.`;
  return 'Hier sehen Sie die Gewaltschutzkonzepte Ihrer Kommune und was als Nächstes zu tun ist.';
}

function nextStepFor(relation: string): string {
  switch (relation) {
    case 'coordinator':
      return 'Nehmen Sie unter „Mitglieder“ die Personen auf, die am Konzept mitschreiben, und erfassen Sie Ihre Unterkünfte. Das Konzept entsteht dann Abschnitt für Abschnitt aus der Vorlage „Gewaltschutzkonzept für Gemeinschaftsunterkünfte“.';
    case 'editor':
      return 'Sobald die Koordination ein Konzept angelegt hat, erscheint es hier und Sie können Abschnitte bearbeiten.';
    case 'advisor':
      return 'Sobald die Kommune ein Konzept für die Beratung freigibt oder einreicht, erscheint es hier, und Sie können es lesen, kommentieren und bewerten.';
    default:
      return '';
  }
}

function ReviewQueue({ queue }: { queue: Dashboard['reviewQueue'] }) {
  return (
    <section aria-labelledby="warteschlange" className="card">
      <h2 id="warteschlange">Zur Beratung eingereicht</h2>
      {queue.submitted.length === 0 ? (
        <p className="muted">Zurzeit wartet kein eingereichtes Konzept auf Ihre Rückmeldung.</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="warteschlange-tabelle">
          <table className="table">
            <caption id="warteschlange-tabelle">Eingereichte Konzepte, älteste Einreichung zuerst</caption>
            <thead>
              <tr>
                <th scope="col">Konzept</th>
                <th scope="col">Kommune</th>
                <th scope="col">Eingereicht</th>
                <th scope="col">Wartezeit</th>
                <th scope="col">Geändert seit der Fassung davor</th>
                <th scope="col">Offene Kommentare</th>
              </tr>
            </thead>
            <tbody>
              {queue.submitted.map((entry) => (
                <tr key={entry.conceptId}>
                  <th scope="row">
                    <Link href={`/concepts/${entry.conceptId}`}>{entry.title}</Link>
                  </th>
                  <td>{entry.districtName}</td>
                  <td>
                    Fassung {entry.versionNumber} am {formatDate(entry.submittedAt)}
                  </td>
                  <td>{entry.waitingDays === 0 ? 'weniger als 1 Tag' : entry.waitingDays === 1 ? '1 Tag' : `${entry.waitingDays} Tage`}</td>
                  <td>
                    {entry.changedSincePrevious === null ? (
                      'erste Einreichung'
                    ) : entry.changedSincePrevious === 0 ? (
                      'keine Änderungen'
                    ) : (
                      <Link href={`/concepts/${entry.conceptId}/fassungen/vergleich?von=${entry.versionNumber - 1}&bis=${entry.versionNumber}`}>
                        {entry.changedSincePrevious === 1 ? '1 Abschnitt' : `${entry.changedSincePrevious} Abschnitte`}
                      </Link>
                    )}
                  </td>
                  <td>{entry.openThreads}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
