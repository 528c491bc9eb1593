import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session';
import { formatCount } from '@/lib/facilities/labels';
import { getFacilityOverview } from '@/lib/facilities/list-facilities';
import { PageHeader } from '../../../../_components/page-header';
import { loadOrNotFound } from '../../../../_lib/guard';
import { DistrictTabs } from '../district-tabs';
import { FacilityCard } from './facility-card';

export const metadata: Metadata = { title: 'Unterkünfte' };

export default async function FacilitiesPage({ params }: { params: Promise<{ districtId: string }> }) {
  const { districtId } = await params;
  const actor = await requirePageActor(`/districts/${districtId}/facilities`);
  const { district, facilities, canEdit } = await loadOrNotFound(() => getFacilityOverview(actor, districtId));
  const capacity = facilities.reduce((sum, f) => sum + f.capacity, 0);
  const occupancy = facilities.reduce((sum, f) => sum + f.occupancy, 0);
  return (
    <>
      <PageHeader
        title={`Unterkünfte – ${district.name}`}
        lead="Die Unterkünfte, für die das Schutzkonzept gilt: Plätze, Personal und bauliche Ausstattung. Nur Zahlen und organisatorische Angaben, keine personenbezogenen Daten von Bewohnerinnen und Bewohnern."
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: `/districts/${district.id}`, label: district.name },
        ]}
        actions={
          canEdit && (
            <Link className="btn" href={`/districts/${district.id}/facilities/new`}>
              Unterkunft anlegen
            </Link>
          )
        }
      />
      <DistrictTabs districtId={district.id} />
      {facilities.length === 0 ? (
        <div className="empty-state">
          <p>
            <strong>Für {district.name} sind noch keine Unterkünfte erfasst.</strong>
          </p>
          <p>
            {canEdit
              ? 'Legen Sie jede Gemeinschaftsunterkunft mit Platzzahl, Personal und Ausstattung an. Die Angaben lassen sich später als Tabelle ins Schutzkonzept übernehmen.'
              : 'Die Koordination erfasst die Unterkünfte; sobald das geschehen ist, erscheinen sie hier.'}
          </p>
        </div>
      ) : (
        <>
          <p>
            {facilities.length === 1 ? 'Eine Unterkunft' : `${facilities.length} Unterkünfte`} mit zusammen {formatCount(capacity)}{' '}
            Plätzen, davon {formatCount(occupancy)} belegt.
            {!canEdit && <span className="muted"> Ändern kann die Koordination der Kommune.</span>}
          </p>
          <div className="grid grid--wide">
            {facilities.map((facility) => (
              <FacilityCard key={facility.id} facility={facility} canEdit={canEdit} />
            ))}
          </div>
        </>
      )}
    </>
  );
}
