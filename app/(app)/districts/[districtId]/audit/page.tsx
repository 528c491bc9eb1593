import type { Metadata } from 'next';
import { getAuditLog, AUDIT_PAGE_SIZE } from '@/lib/audit/list-audit-log';
import { requirePageActor } from '@/app/_lib/session';
import { PageHeader } from '../../../../_components/page-header';
import { formatDateTime } from '../../../../_lib/format';
import { loadOrNotFound, requirePageRight } from '../../../../_lib/guard';
import { DistrictTabs } from '../district-tabs';
import { describeAuditAction, describeAuditActor } from './audit-labels';
import { TableWrap } from '../../../../_components/table-wrap';

export const metadata: Metadata = { title: 'Protokoll' };

export default async function AuditPage({ params }: { params: Promise<{ districtId: string }> }) {
  const { districtId } = await params;
  const actor = await requirePageActor(`/districts/${districtId}/audit`);
  requirePageRight(actor, 'audit.read', districtId);
  const { district, entries } = await loadOrNotFound(() => getAuditLog(actor, districtId));
  return (
    <>
      <PageHeader
        title={`Protokoll – ${district.name}`}
        lead={`Wer wann was geändert hat: Speichern, Wiederherstellen, Stand, Prüfpunkte, Unterkünfte, Kontakte, Mitglieder und Eingriffe der Plattformverwaltung. Die neuesten ${AUDIT_PAGE_SIZE} Einträge.`}
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: `/districts/${district.id}`, label: district.name },
        ]}
      />
      <DistrictTabs districtId={district.id} />
      {entries.length === 0 ? (
        <p className="empty-state">Noch keine Einträge.</p>
      ) : (
        <TableWrap label="Protokolleinträge">
          <table className="table">
            <caption>Protokolleinträge ({entries.length})</caption>
            <thead>
              <tr>
                <th scope="col">Zeitpunkt</th>
                <th scope="col">Person</th>
                <th scope="col">Vorgang</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatDateTime(entry.createdAt)}</td>
                  <td>{describeAuditActor(entry.action, entry.actorName)}</td>
                  <td>{describeAuditAction(entry.action, entry.conceptTitle && typeof entry.details.concept !== 'string' ? { ...entry.details, concept: entry.conceptTitle } : entry.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}
