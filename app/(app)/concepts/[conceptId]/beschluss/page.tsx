import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session';
import { getAdoptionForm } from '@/lib/workflow/step-forms';
import { PageHeader } from '../../../../_components/page-header';
import { formatIsoDate } from '../../../../_lib/format';
import { loadOrNotFound } from '../../../../_lib/guard';
import { findingsSummary } from '../completeness-findings';
import { AdoptForm } from './adopt-form';

export const metadata: Metadata = { title: 'Beschluss eintragen' };

export default async function AdoptPage({ params }: { params: Promise<{ conceptId: string }> }) {
  const { conceptId } = await params;
  const actor = await requirePageActor(`/concepts/${conceptId}/beschluss`);
  const data = await loadOrNotFound(() => getAdoptionForm(actor, conceptId));
  const base = `/concepts/${data.concept.id}`;
  const { adoption, counts } = data;
  return (
    <>
      <PageHeader
        title="Beschluss eintragen"
        lead={`${data.concept.title} · ${data.district.name}`}
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: base, label: data.concept.title },
        ]}
      />
      {adoption && adoption.decidedBy && adoption.decidedOn ? (
        // Also what the coordinator sees right after recording it: the action refreshes this page, and the form is gone.
        <div className="alert alert--success" role="status">
          <p>
            Der Beschluss ist eingetragen: {adoption.decidedBy} am {formatIsoDate(adoption.decidedOn)}
            {adoption.resolutionNumber ? ` (Beschluss-Nr. ${adoption.resolutionNumber})` : ''}, beschlossene Fassung {adoption.number}. Das
            Konzept ist jetzt schreibgeschützt. <Link href={base}>Zum Konzept</Link>
          </p>
        </div>
      ) : !data.canAdopt ? (
        <div className="alert alert--warning">
          <p>
            Für dieses Konzept kann im Moment kein Beschluss eingetragen werden (Stand: {data.concept.statusLabel}).{' '}
            <Link href={base}>Zurück zum Konzept</Link>
          </p>
        </div>
      ) : (
        <section className="card" aria-labelledby="beschluss-titel">
          <h2 id="beschluss-titel">Beschluss des Gremiums</h2>
          <p className="muted">
            Tragen Sie hier ein, wann welches Gremium das Konzept beschlossen hat. Dabei entsteht die beschlossene Fassung{' '}
            {data.nextVersionNumber}: Das Word-Dokument trägt dann den Beschluss auf dem Deckblatt und keine
            ENTWURF-Kennzeichnung mehr. Das Konzept ist danach schreibgeschützt; Änderungen erfolgen in einer Fortschreibung.
          </p>
          {counts.total > 0 && (
            <div className="alert alert--warning">
              <p className="alert__title">{findingsSummary(counts)}</p>
              <p>
                Beheben Sie die Punkte vor dem Eintragen, oder halten Sie unten fest, warum trotzdem beschlossen wurde.{' '}
                <Link href={`${base}/pruefung`}>Alle offenen Punkte ansehen</Link>
              </p>
            </div>
          )}
          <AdoptForm conceptId={data.concept.id} isWithoutApproval={data.isWithoutApproval} needsFindingsReason={counts.total > 0} />
        </section>
      )}
    </>
  );
}
