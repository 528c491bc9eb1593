import Link from 'next/link';
import type { ConceptOverview as Overview } from '@/lib/concepts/get-concept-overview';
import { formatDate, formatDateTime, formatIsoDate } from '../../../_lib/format';
import { StatusAnnouncer } from './status-announcer';
import { WorkflowStepForm, type WorkflowStep } from './workflow-forms';

const OUTCOME_TEXT = {
  changes_requested: 'bittet um Überarbeitung',
  approved: 'hat fachlich befürwortet',
  withdrawn: 'Einreichung zurückgezogen',
} as const;

/** Where the concept stands in the review, what happened last and what the reader can do next. */
export function ReviewPanel({ data }: { data: Overview }) {
  const { concept, review, can } = data;
  const base = `/concepts/${concept.id}`;
  const latest = review.versions[0];
  const lastSubmission = review.versions.find((v) => v.kind === 'submission');
  const adoption = review.versions.find((v) => v.kind === 'adoption');
  const steps: WorkflowStep[] = [];
  if (can['concept.share'] && !concept.isShared && review.hasAdvisor) steps.push('share');
  if (can['review.request_changes']) steps.push('request_changes');
  if (can['review.approve']) steps.push('approve');
  if (can['concept.withdraw']) steps.push('withdraw');
  if (can['concept.reopen']) steps.push('reopen');
  if (can['concept.unshare'] && concept.isShared) steps.push('unshare');
  if (can['concept.continue'] && !data.editions.next) steps.push('continue');

  return (
    <section className="card review-panel" aria-labelledby="beratung-titel">
      <h2 id="beratung-titel" tabIndex={-1}>
        Beratung und Beschluss
      </h2>
      <StatusAnnouncer status={`${concept.status}:${concept.isShared}`} label={concept.statusLabel} headingId="beratung-titel" />
      <StatusText data={data} />
      {lastSubmission?.outcome && lastSubmission.outcomeAt && concept.status !== 'adopted' && (
        <div className={`alert ${lastSubmission.outcome === 'approved' ? 'alert--success' : 'alert--warning'}`}>
          <p className="alert__title">
            Fassung {lastSubmission.number}: {lastSubmission.outcome === 'withdrawn' ? 'Einreichung zurückgezogen' : `${lastSubmission.outcomeByName ?? 'Die Beratung'} ${OUTCOME_TEXT[lastSubmission.outcome]}`} (
            {formatDateTime(lastSubmission.outcomeAt)})
          </p>
          {lastSubmission.outcomeNote && <p className="preserve-lines">{lastSubmission.outcomeNote}</p>}
        </div>
      )}
      {adoption && adoption.decidedBy && adoption.decidedOn && (
        <p>
          <strong>Beschluss:</strong> {adoption.decidedBy} am {formatIsoDate(adoption.decidedOn)}
          {adoption.resolutionNumber ? ` (Beschluss-Nr. ${adoption.resolutionNumber})` : ''} · Fassung {adoption.number}
          {concept.nextReviewOn ? ` · nächste planmäßige Überprüfung am ${formatIsoDate(concept.nextReviewOn)}` : ''}
        </p>
      )}
      {data.editions.previous && (
        <p>
          Fortschreibung (Ausgabe {concept.edition}) von{' '}
          <Link href={`/concepts/${data.editions.previous.id}`}>„{data.editions.previous.title}“ (Ausgabe {data.editions.previous.edition})</Link>
          {data.editions.previous.status === 'superseded' ? ', jetzt abgelöst' : ', gilt bis zum Beschluss dieser Fortschreibung'}.
        </p>
      )}
      {data.editions.next && (
        <p>
          {data.editions.next.status === 'adopted' ? 'Abgelöst durch' : 'Fortschreibung in Arbeit:'}{' '}
          <Link href={`/concepts/${data.editions.next.id}`}>„{data.editions.next.title}“ (Ausgabe {data.editions.next.edition})</Link>
        </p>
      )}
      <ul className="link-row">
        <li>
          <Link href={`${base}/fassungen`}>
            Fassungen ({review.versions.length}){latest ? `, zuletzt Fassung ${latest.number} vom ${formatDate(latest.createdAt)}` : ''}
          </Link>
        </li>
        <li>
          <Link href={`${base}/hinweise`}>Hinweise der Beratung und ihre Umsetzung ({review.openAdvisorHints} offen)</Link>
        </li>
        <li>
          <Link href={`${base}/aktivitaet`}>Aktivität</Link>
        </li>
      </ul>
      {(can['concept.submit'] || can['concept.adopt'] || steps.length > 0) && (
        <div className="workflow">
          {can['concept.submit'] && (
            <div className="workflow-step">
              <h3>Zur Beratung einreichen</h3>
              <p className="muted">
                Vor dem Einreichen sehen Sie, was noch fehlt. Mit dem Einreichen entsteht eine feste Fassung; der Text ist schreibgeschützt,
                bis die Beratung antwortet.
              </p>
              <Link className="btn" href={`${base}/einreichen`}>
                Einreichen vorbereiten
              </Link>
            </div>
          )}
          {can['concept.adopt'] && (
            <div className="workflow-step">
              <h3>Beschluss eintragen</h3>
              <p className="muted">
                {concept.status === 'approved'
                  ? 'Das Konzept ist fachlich befürwortet. Hat das zuständige Gremium beschlossen, tragen Sie den Beschluss ein; das Konzept wird damit verbindlich und schreibgeschützt.'
                  : 'Ihrer Kommune ist keine DeBUG-Beratung zugeordnet. Sie können den Beschluss ohne fachliche Begleitung eintragen; der Grund wird festgehalten.'}
              </p>
              <Link className="btn" href={`${base}/beschluss`}>
                Beschluss eintragen
              </Link>
            </div>
          )}
          {steps.map((step) => (
            <WorkflowStepForm key={step} conceptId={concept.id} step={step} />
          ))}
        </div>
      )}
    </section>
  );
}

function StatusText({ data }: { data: Overview }) {
  const { concept, review } = data;
  const latest = review.versions[0];
  switch (concept.status) {
    case 'draft':
      return (
        <p>
          <strong>Entwurf.</strong>{' '}
          {concept.isShared
            ? 'Die DeBUG-Beratung kann mitlesen und kommentieren.'
            : review.hasAdvisor
              ? 'Nur Ihre Kommune sieht das Konzept; die Beratung sieht es erst nach Freigabe oder Einreichung.'
              : 'Ihrer Kommune ist noch keine DeBUG-Beratung zugeordnet; nur Ihre Kommune sieht das Konzept.'}
        </p>
      );
    case 'submitted':
      return (
        <p>
          <strong>Eingereicht</strong>
          {latest ? ` am ${formatDateTime(latest.createdAt)} als Fassung ${latest.number}` : ''}. Der Text ist schreibgeschützt, bis die
          Beratung antwortet; Kommentare und Antworten sind weiter möglich.
        </p>
      );
    case 'changes_requested':
      return (
        <p>
          <strong>Überarbeitung erbeten.</strong> Der Text ist wieder bearbeitbar. Nach der Überarbeitung reicht die Koordination das
          Konzept erneut ein.
        </p>
      );
    case 'approved':
      return (
        <p>
          <strong>Fachlich befürwortet.</strong> Das Konzept kann dem zuständigen Gremium zum Beschluss vorgelegt werden. Der Text bleibt bis
          dahin unverändert.
        </p>
      );
    case 'adopted':
      return (
        <p>
          <strong>Beschlossen.</strong> Dieses Konzept ist verbindlich und kann nicht mehr geändert werden. Änderungen erfolgen in einer
          Fortschreibung.
        </p>
      );
    case 'superseded':
      return (
        <p>
          <strong>Abgelöst.</strong> Eine neuere beschlossene Fassung gilt. Dieses Konzept bleibt zum Nachlesen erhalten.
        </p>
      );
  }
}
