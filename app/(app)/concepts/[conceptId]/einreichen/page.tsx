import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session';
import { getSubmissionForm } from '@/lib/workflow/step-forms';
import { PageHeader } from '../../../../_components/page-header';
import { formatDateTime } from '../../../../_lib/format';
import { loadOrNotFound } from '../../../../_lib/guard';
import { CompletenessFindings, findingsSummary } from '../completeness-findings';
import { SubmitForm } from './submit-form';

export const metadata: Metadata = { title: 'Zur Beratung einreichen' };

export default async function SubmitPage({ params }: { params: Promise<{ conceptId: string }> }) {
  const { conceptId } = await params;
  const actor = await requirePageActor(`/concepts/${conceptId}/einreichen`);
  const data = await loadOrNotFound(() => getSubmissionForm(actor, conceptId));
  const base = `/concepts/${data.concept.id}`;
  const next = data.nextVersionNumber;
  const latest = data.latestVersion;
  const { counts } = data;
  const hasFindings = data.findings.length > 0;
  return (
    <>
      <PageHeader
        title="Zur Beratung einreichen"
        lead={`${data.concept.title} · ${data.district.name}`}
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: base, label: data.concept.title },
        ]}
      />
      {!data.canSubmit && data.concept.status === 'submitted' && latest?.kind === 'submission' ? (
        // Also what the coordinator sees right after submitting: the action refreshes this page, and the form is gone.
        <div className="alert alert--success" role="status">
          <p>
            Eingereicht als Fassung {latest.number} am {formatDateTime(latest.createdAt)}
            {latest.createdByName ? ` von ${latest.createdByName}` : ''}. Die Beratung wurde benachrichtigt; bis sie antwortet, ist der
            Text schreibgeschützt. <Link href={base}>Zum Konzept</Link>
          </p>
        </div>
      ) : !data.canSubmit ? (
        <div className="alert alert--warning">
          <p>
            Das Konzept kann im Moment nicht eingereicht werden (Stand: {data.concept.statusLabel}).{' '}
            <Link href={base}>Zurück zum Konzept</Link>
          </p>
        </div>
      ) : (
        <>
          <section className="card" aria-labelledby="pruefung-titel">
            <h2 id="pruefung-titel">Vollständigkeit prüfen</h2>
            <p>
              {findingsSummary(counts)}
              {hasFindings ? ' Sie können trotzdem einreichen; die Beratung sieht dann, was noch offen ist.' : ''}
            </p>
            <CompletenessFindings conceptId={data.concept.id} districtId={data.district.id} findings={data.findings} />
          </section>
          <section className="card" aria-labelledby="einreichen-titel">
            <h2 id="einreichen-titel">Als Fassung {next} einreichen</h2>
            <p className="muted">
              Mit dem Einreichen wird der jetzige Stand aller Abschnitte, der Eckdaten und der Daten im Anhang als Fassung {next} festgehalten.
              Die Beratung wird benachrichtigt. Bis sie antwortet, ist der Text schreibgeschützt; Kommentare und Antworten sind weiter möglich.
              Sie können die Einreichung zurückziehen.
            </p>
            <SubmitForm conceptId={data.concept.id} hasFindings={hasFindings} />
          </section>
        </>
      )}
    </>
  );
}
