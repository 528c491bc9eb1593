import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session';
import { getConceptOverview } from '@/lib/concepts/get-concept-overview';
import { PageHeader } from '../../../_components/page-header';
import { SECTION_STATUS_LABELS, formatDate, formatDateTime, formatIsoDate } from '../../../_lib/format';
import { loadOrNotFound } from '../../../_lib/guard';
import { findingsSummary } from './completeness-findings';
import { CoverageOverview } from './coverage-overview';
import { ExportButton } from './export-button';
import { ImportSummaryCard } from './import-summary';
import { ReviewPanel } from './review-panel';
import { VerdictBadge } from './verdict-badge';
import { TableWrap } from '../../../_components/table-wrap';

export const metadata: Metadata = { title: 'Konzept' };

function percent(part: number, total: number) {
  return total === 0 ? 0 : Math.round((part / total) * 100);
}

export default async function ConceptPage({ params }: { params: Promise<{ conceptId: string }> }) {
  const { conceptId } = await params;
  const actor = await requirePageActor(`/concepts/${conceptId}`);
  const data = await loadOrNotFound(() => getConceptOverview(actor, conceptId));
  const isFinal = data.concept.status === 'adopted' || data.concept.status === 'superseded';
  const { completeness } = data;
  const { concept, progress, review } = data;
  const donePercent = percent(progress.done, progress.total);
  const base = `/concepts/${concept.id}`;
  const changed = data.sections.filter((s) => s.isChangedSinceVersion);
  const isAdvisor = actor.platformRole === 'advisor';
  return (
    <>
      <PageHeader
        title={concept.title}
        lead={
          <>
            {data.district.name} · <span className={`badge badge--status-${concept.status}`}>{concept.statusLabel}</span> · Vorlage „
            {data.template.title}“ (Version {data.template.version}) · angelegt am {formatDate(concept.createdAt)}
          </>
        }
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: `/districts/${data.district.id}`, label: data.district.name },
        ]}
        actions={
          <ExportButton
            conceptId={concept.id}
            isAdopted={isFinal}
            {...(completeness && completeness.total > 0 ? { checkNote: { text: findingsSummary(completeness), href: `${base}/pruefung` } } : {})}
          />
        }
      />

      {concept.importSummary && (
        <ImportSummaryCard conceptId={concept.id} summary={concept.importSummary} canDismiss={data.can['concept.manage'] === true} />
      )}

      <ReviewPanel data={data} />

      {changed.length > 0 && review.changedSinceVersion && (
        <section className="card" aria-labelledby="geaendert">
          <h2 id="geaendert">Geändert seit Fassung {review.changedSinceVersion.versionNumber}</h2>
          <p className="muted">
            {changed.length === 1 ? 'Ein Abschnitt wurde' : `${changed.length} Abschnitte wurden`} seit der letzten Fassung geändert.{' '}
            <Link href={`${base}/fassungen/vergleich?von=${review.changedSinceVersion.versionNumber}&bis=aktuell`}>
              Alle Änderungen wortgenau ansehen
            </Link>
          </p>
          <ul className="plain-list">
            {changed.map((s) => (
              <li key={s.key}>
                <Link href={`${base}/sections/${s.key}`}>
                  {s.number} {s.title}
                </Link>{' '}
                ·{' '}
                <Link href={`${base}/fassungen/vergleich?von=${review.changedSinceVersion!.versionNumber}&bis=aktuell#abschnitt-${s.key}`}>
                  Änderungen<span className="visually-hidden"> in {s.number} {s.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="grid">
        <section className="card" aria-labelledby="fortschritt">
          <h2 id="fortschritt">Fortschritt</h2>
          <p>
            <strong>{donePercent} %</strong> der Abschnitte fertig ({progress.done} von {progress.total}), {progress.inProgress} in
            Arbeit.
          </p>
          <div className="progress" role="img" aria-label={`${donePercent} Prozent der Abschnitte fertig`}>
            <div className="progress__bar" style={{ width: `${donePercent}%` }} />
          </div>
          <p className="muted" style={{ marginTop: '0.75rem' }}>
            Pflichtabschnitte fertig: {progress.requiredDone} von {progress.requiredTotal} · Prüfpunkte erfüllt:{' '}
            {progress.checklistDone} von {progress.checklistTotal}
          </p>
          {review.latestVersionNumber !== null && (
            <p className="muted">
              Bewertung der Beratung: {review.verdictCounts.erfuellt} erfüllt · {review.verdictCounts.nachbessern} nachbessern ·{' '}
              {review.verdictCounts.offen} offen · {review.verdictCounts.entfaellt} entfällt ·{' '}
              {progress.total - review.verdictCounts.erfuellt - review.verdictCounts.nachbessern - review.verdictCounts.offen - review.verdictCounts.entfaellt} noch nicht
              bewertet
            </p>
          )}
        </section>
        {completeness && (
          <section className="card" aria-labelledby="pruefung-titel">
            <h2 id="pruefung-titel">Vollständigkeit</h2>
            <p>{findingsSummary(completeness)}</p>
            {completeness.total > 0 && (
              <p>
                <Link href={`${base}/pruefung`}>Offene Punkte ansehen und beheben</Link>
              </p>
            )}
          </section>
        )}
        <section className="card" aria-labelledby="eckdaten">
          <h2 id="eckdaten">Eckdaten</h2>
          <dl className="facts">
            <dt>Verantwortlich</dt>
            <dd>{concept.responsible}</dd>
            <dt>Geltungsbereich</dt>
            <dd>{data.facilities.length === 0 ? 'Noch keine Unterkünfte zugeordnet' : data.facilities.map((f) => f.name).join(', ')}</dd>
            {concept.nextReviewOn && (
              <>
                <dt>Nächste Überprüfung</dt>
                <dd>{formatIsoDate(concept.nextReviewOn)}</dd>
              </>
            )}
          </dl>
          {data.can['concept.manage'] && (
            <p>
              <Link href={`${base}/eckdaten`}>Eckdaten bearbeiten</Link>
            </p>
          )}
        </section>
      </div>

      <TableWrap label="Gliederung">
        <table className="table">
          <caption id="gliederung-titel">Gliederung ({progress.total} Abschnitte)</caption>
          <thead>
            <tr>
              <th scope="col">Nr.</th>
              <th scope="col">Abschnitt</th>
              <th scope="col">Stand</th>
              <th scope="col">Prüfpunkte</th>
              <th scope="col">Beratung</th>
              <th scope="col">Kommentare</th>
              <th scope="col">Zuletzt bearbeitet</th>
            </tr>
          </thead>
          <tbody>
            {(isAdvisor ? [...changed, ...data.sections.filter((s) => !s.isChangedSinceVersion)] : data.sections).map((s) => (
              <tr key={s.key}>
                <td>{s.number}</td>
                <th scope="row" style={{ paddingLeft: `${0.75 + (isAdvisor ? 0 : s.depth) * 1.25}rem`, fontWeight: s.depth === 0 ? 600 : 400 }}>
                  <Link href={`${base}/sections/${s.key}`}>{s.title}</Link>
                  {s.isRequired && (
                    <>
                      {' '}
                      <span className="badge">Pflicht</span>
                    </>
                  )}
                  {s.isChangedSinceVersion && (
                    <>
                      {' '}
                      <span className="badge badge--warning">geändert seit Fassung {review.changedSinceVersion?.versionNumber}</span>
                    </>
                  )}
                </th>
                <td>
                  <span className={`badge${s.status === 'done' ? ' badge--success' : ''}`}>{SECTION_STATUS_LABELS[s.status]}</span>
                </td>
                <td>{s.checklist.total === 0 ? '–' : `${s.checklist.done} / ${s.checklist.total}`}</td>
                <td>
                  {s.verdict ? (
                    <>
                      <VerdictBadge verdict={s.verdict.value} />
                      <span className="muted small"> (Fassung {s.verdict.versionNumber})</span>
                    </>
                  ) : (
                    <span className="muted">–</span>
                  )}
                </td>
                <td>{s.openThreads > 0 ? <Link href={`${base}/sections/${s.key}#kommentare`}>{s.openThreads} offen</Link> : <span className="muted">–</span>}</td>
                <td>{s.lastEditedAt ? `${s.lastEditedBy ?? 'unbekannt'}, ${formatDateTime(s.lastEditedAt)}` : <span className="muted">noch nicht</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>

      <CoverageOverview conceptId={concept.id} coverage={data.coverage} hasVerdicts={review.latestVersionNumber !== null} />
    </>
  );
}
