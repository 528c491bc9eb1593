import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session';
import { getDistrict } from '@/lib/districts/list-districts';
import { PageHeader } from '../../../../../_components/page-header';
import { loadOrNotFound, requirePageRight } from '../../../../../_lib/guard';
import { DistrictTabs } from '../../district-tabs';
import { FacilityForm } from '../facility-form';

export const metadata: Metadata = { title: 'Unterkunft anlegen' };

export default async function NewFacilityPage({ params }: { params: Promise<{ districtId: string }> }) {
  const { districtId } = await params;
  const actor = await requirePageActor(`/districts/${districtId}/facilities/new`);
  const district = await loadOrNotFound(() => getDistrict(actor, districtId));
  requirePageRight(actor, 'district.data.edit', district.id);
  return (
    <>
      <PageHeader
        title="Unterkunft anlegen"
        lead="Pflichtangaben sind Name, Art, Plätze und aktuelle Belegung; alles andere können Sie später ergänzen."
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: `/districts/${district.id}`, label: district.name },
          { href: `/districts/${district.id}/facilities`, label: 'Unterkünfte' },
        ]}
      />
      <DistrictTabs districtId={district.id} />
      <FacilityForm districtId={district.id} />
    </>
  );
}
