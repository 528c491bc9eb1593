import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session';
import { VERSION_KIND_LABELS, VERSION_OUTCOME_LABELS, listConceptVersions } from '@/lib/versions/read-versions';
import { PageHeader } from '../../../../_components/page-header';
import { formatDateTime, formatIsoDate } from '../../../../_lib/format';
import { loadOrNotFound } from '../../../../_lib/guard';
import { ExportButton } from '../export-button';
import { CompareForm } from './compare-form';

export const metadata: Metadata = { title: 'Fassungen' };

export default async function VersionsPage({ params }: { params: Promise<{ conceptId: string }> }) {
  const { conceptId } = await params;
  const actor = await requirePageActor(`/concepts/${conceptId}/fassungen`);
  const data = await loadOrNotFound(() => listConceptVersions(actor, conceptId));
  const base = `/concepts/${data.concept.id}`;
  return (
    <>
      <PageHeader
        title="Fassungen"
        lead="Jede Einreichung und der Beschluss halten das ganze Konzept als feste Fassung fest: Text, Eckdaten und die Daten im Anhang. Eine Fassung ändert sich nie mehr."
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: base, label: data.concept.title },
        ]}
      />
      {data.versions.length === 0 ? (
        <div className="empty-state">
          <h2>Noch keine Fassung</h2>
          <p>Die erste Fassung entsteht, wenn die Koordination das Konzept zur Beratung einreicht oder den Beschluss einträgt.</p>
        </div>
      ) : (
        <>
          <ol className="version-list" reversed>
            {data.versions.map((v) => (
              <li key={v.id} className="card">
                <h2 className="card__title">
                  <Link href={`${base}/fassungen/${v.number}`}>Fassung {v.number}</Link>{' '}
                  <span className={`badge ${v.kind === 'adoption' ? 'badge--success' : ''}`}>{VERSION_KIND_LABELS[v.kind]}</span>
                  {v.outcome && (
                    <>
                      {' '}
                      <span className={`badge ${v.outcome === 'approved' ? 'badge--success' : v.outcome === 'changes_requested' ? 'badge--warning' : ''}`}>
                        {VERSION_OUTCOME_LABELS[v.outcome]}
                      </span>
                    </>
                  )}
                </h2>
                <p className="muted">
                  {v.kind === 'adoption' ? 'Eingetragen' : 'Eingereicht'} am {formatDateTime(v.createdAt)} von {v.createdByName ?? 'unbekannt'}
                  {v.title !== data.concept.title ? ` · Titel damals: „${v.title}“` : ''}
                </p>
                {v.kind === 'adoption' && v.decidedBy && v.decidedOn && (
                  <p>
                    Beschlossen durch {v.decidedBy} am {formatIsoDate(v.decidedOn)}
                    {v.resolutionNumber ? ` (Beschluss-Nr. ${v.resolutionNumber})` : ''}
                    {v.nextReviewOn ? ` · nächste Überprüfung am ${formatIsoDate(v.nextReviewOn)}` : ''}
                  </p>
                )}
                {v.withoutAdvisorReason && <p>Ohne fachliche Begleitung beschlossen: {v.withoutAdvisorReason}</p>}
                {v.note && (
                  <p className="preserve-lines">
                    <strong>Nachricht:</strong> {v.note}
                  </p>
                )}
                {v.outcome && v.outcomeAt && (
                  <p className="preserve-lines">
                    <strong>
                      {v.outcome === 'withdrawn' ? 'Zurückgezogen' : `Rückmeldung von ${v.outcomeByName ?? 'der Beratung'}`} am {formatDateTime(v.outcomeAt)}
                      {v.outcomeNote ? ':' : ''}
                    </strong>{' '}
                    {v.outcomeNote}
                  </p>
                )}
                <div className="form-actions">
                  <Link className="btn btn--secondary btn--small" href={`${base}/fassungen/${v.number}`}>
                    Ansehen
                  </Link>
                  <Link className="btn btn--secondary btn--small" href={`${base}/fassungen/vergleich?von=${v.number}&bis=aktuell`}>
                    Mit dem aktuellen Text vergleichen
                  </Link>
                  <ExportButton conceptId={data.concept.id} fassung={v.number} label={`Fassung ${v.number} als Word-Datei (DOCX)`} prepareWhenShown={false} />
                </div>
              </li>
            ))}
          </ol>
          {data.versions.length > 1 && <CompareForm conceptId={data.concept.id} numbers={data.versions.map((v) => v.number)} />}
        </>
      )}
    </>
  );
}
