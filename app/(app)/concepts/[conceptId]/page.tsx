import type { Metadata } from 'next';
import Link from 'next/link';
import { canInDistrict } from '@/lib/access';
import { requirePageActor } from '@/lib/auth/session';
import { getConceptOverview } from '@/lib/concepts/get-concept-overview';
import { PageHeader } from '../../../_components/page-header';
import { CONCEPT_STATUS_LABELS, SECTION_STATUS_LABELS, formatDate, formatDateTime } from '../../../_lib/format';
import { loadOrNotFound } from '../../../_lib/guard';
import { ExportButton } from './export-button';
import { TableWrap } from '../../../_components/table-wrap';

export const metadata: Metadata = { title: 'Konzept' };

function percent(part: number, total: number) {
  return total === 0 ? 0 : Math.round((part / total) * 100);
}

export default async function ConceptPage({ params }: { params: Promise<{ conceptId: string }> }) {
  const { conceptId } = await params;
  const actor = await requirePageActor(`/concepts/${conceptId}`);
  const data = await loadOrNotFound(() => getConceptOverview(actor, conceptId));
  const { concept, progress } = data;
  const donePercent = percent(progress.done, progress.total);
  return (
    <>
      <PageHeader
        title={concept.title}
        lead={`${data.district.name} · ${CONCEPT_STATUS_LABELS[concept.status]} · Vorlage „${data.template.title}“ (Version ${data.template.version}) · angelegt am ${formatDate(concept.created_at)}`}
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: `/districts/${data.district.id}`, label: data.district.name },
        ]}
        actions={<ExportButton conceptId={concept.id} />}
      />
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
        </section>
        <section className="card" aria-labelledby="eckdaten">
          <h2 id="eckdaten">Eckdaten</h2>
          <dl>
            <dt>Verantwortlich</dt>
            <dd>{concept.responsible}</dd>
            <dt>Geltungsbereich</dt>
            <dd>{data.facilities.length === 0 ? 'Noch keine Unterkünfte zugeordnet' : data.facilities.map((f) => f.name).join(', ')}</dd>
          </dl>
          {canInDistrict(actor, 'concept.manage', data.district.id) && (
            <p>
              <Link href={`/concepts/${concept.id}/eckdaten`}>Eckdaten bearbeiten</Link>
            </p>
          )}
        </section>
      </div>
      <TableWrap label="Gliederung">
        <table className="table">
          <caption>Gliederung ({progress.total} Abschnitte)</caption>
          <thead>
            <tr>
              <th scope="col">Nr.</th>
              <th scope="col">Abschnitt</th>
              <th scope="col">Stand</th>
              <th scope="col">Prüfpunkte</th>
              <th scope="col">Zuletzt bearbeitet</th>
            </tr>
          </thead>
          <tbody>
            {data.sections.map((s) => (
              <tr key={s.key}>
                <td>{s.number}</td>
                <th scope="row" style={{ paddingLeft: `${0.75 + s.depth * 1.25}rem`, fontWeight: s.depth === 0 ? 600 : 400 }}>
                  <Link href={`/concepts/${concept.id}/sections/${s.key}`}>{s.title}</Link>
                  {s.isRequired && (
                    <>
                      {' '}
                      <span className="badge">Pflicht</span>
                    </>
                  )}
                </th>
                <td>
                  <span className={`badge${s.status === 'done' ? ' badge--success' : ''}`}>{SECTION_STATUS_LABELS[s.status]}</span>
                </td>
                <td>{s.checklist.total === 0 ? '–' : `${s.checklist.done} / ${s.checklist.total}`}</td>
                <td>{s.lastEditedAt ? `${s.lastEditedBy ?? 'unbekannt'}, ${formatDateTime(s.lastEditedAt)}` : <span className="muted">noch nicht</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
