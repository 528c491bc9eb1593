import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session';
import { getFacility } from '@/lib/facilities/list-facilities';
import { PageHeader } from '../../../../../_components/page-header';
import { formatDateTime } from '../../../../../_lib/format';
import { loadOrNotFound, requirePageRight } from '../../../../../_lib/guard';
import { DistrictTabs } from '../../district-tabs';
import { DeleteFacilityForm, FacilityForm } from '../facility-form';

export const metadata: Metadata = { title: 'Unterkunft bearbeiten' };

export default async function FacilityPage({ params }: { params: Promise<{ districtId: string; facilityId: string }> }) {
  const { districtId, facilityId } = await params;
  const actor = await requirePageActor(`/districts/${districtId}/facilities/${facilityId}`);
  const { district, facility } = await loadOrNotFound(() => getFacility(actor, { districtId, facilityId }));
  // Editing is the coordination's task; everyone else reads the list.
  requirePageRight(actor, 'district.data.edit', district.id);
  return (
    <>
      <PageHeader
        title={facility.name}
        lead={`Zuletzt geändert am ${formatDateTime(facility.updatedAt)}${facility.updatedByName ? ` von ${facility.updatedByName}` : ''}.`}
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: `/districts/${district.id}`, label: district.name },
          { href: `/districts/${district.id}/facilities`, label: 'Unterkünfte' },
        ]}
      />
      <DistrictTabs districtId={district.id} />
      <FacilityForm districtId={district.id} facility={facility} />
      <section aria-labelledby="loeschen" className="card card--muted" style={{ marginTop: 'var(--space-8)' }}>
        <h2 id="loeschen">Unterkunft löschen</h2>
        <p>Löschen Sie eine Unterkunft nur, wenn sie nicht mehr genutzt wird. Sie wird dann auch aus dem Geltungsbereich der Konzepte entfernt; bereits geschriebene Konzepttexte bleiben unverändert.</p>
        <DeleteFacilityForm districtId={district.id} facilityId={facility.id} name={facility.name} />
      </section>
    </>
  );
}
