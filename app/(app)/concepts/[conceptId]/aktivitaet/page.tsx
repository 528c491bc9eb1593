import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session';
import { listConceptActivity } from '@/lib/audit/list-concept-activity';
import { PageHeader } from '../../../../_components/page-header';
import { formatDateTime } from '../../../../_lib/format';
import { loadOrNotFound } from '../../../../_lib/guard';
import { describeAuditAction } from '../../../districts/[districtId]/audit/audit-labels';

export const metadata: Metadata = { title: 'Aktivität' };

export default async function ActivityPage({ params }: { params: Promise<{ conceptId: string }> }) {
  const { conceptId } = await params;
  const actor = await requirePageActor(`/concepts/${conceptId}/aktivitaet`);
  const data = await loadOrNotFound(() => listConceptActivity(actor, conceptId));
  const base = `/concepts/${data.concept.id}`;
  return (
    <>
      <PageHeader
        title="Aktivität"
        lead={`Wer hat am Konzept „${data.concept.title}“ wann was getan? Neueste Einträge zuerst.`}
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: base, label: data.concept.title },
        ]}
      />
      {data.entries.length === 0 ? (
        <p className="muted">Noch keine Einträge.</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="aktivitaet-titel">
          <table className="table">
            <caption id="aktivitaet-titel">
              Aktivität ({data.entries.length}
              {data.isTruncated ? ', nur die neuesten' : ''})
            </caption>
            <thead>
              <tr>
                <th scope="col">Zeit</th>
                <th scope="col">Person</th>
                <th scope="col">Was</th>
              </tr>
            </thead>
            <tbody>
              {data.entries.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{formatDateTime(e.createdAt)}</td>
                  <td>{e.actorName ?? 'System'}</td>
                  <td>{describeAuditAction(e.action, e.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
