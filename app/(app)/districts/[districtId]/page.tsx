import type { Metadata } from 'next';
import Link from 'next/link';
import { canInDistrict } from '@/lib/access';
import { requirePageActor } from '@/lib/auth/session';
import { getDistrict } from '@/lib/districts/list-districts';
import { PageHeader } from '../../../_components/page-header';
import { RELATION_LABELS } from '../../../_lib/format';
import { loadOrNotFound } from '../../../_lib/guard';
import { DistrictTabs } from './district-tabs';

export const metadata: Metadata = { title: 'Kommune' };

export default async function DistrictPage({ params }: { params: Promise<{ districtId: string }> }) {
  const { districtId } = await params;
  const actor = await requirePageActor(`/districts/${districtId}`);
  const district = await loadOrNotFound(() => getDistrict(actor, districtId));
  const canCreate = canInDistrict(actor, 'concept.create', district.id);
  return (
    <>
      <PageHeader
        title={district.name}
        lead={`${district.kind} · ${district.state}${district.relation !== 'none' ? ` · Ihre Rolle: ${RELATION_LABELS[district.relation]}` : ''}`}
        breadcrumbs={[{ href: '/', label: 'Übersicht' }]}
      />
      <DistrictTabs districtId={district.id} />
      <section aria-labelledby="konzepte">
        <h2 id="konzepte">Schutzkonzepte</h2>
        <div className="empty-state">
          <p>
            <strong>Für {district.name} ist noch kein Schutzkonzept angelegt.</strong>
          </p>
          {canCreate ? (
            <p>
              Bereiten Sie die Arbeit vor: Nehmen Sie unter <Link href={`/districts/${district.id}/members`}>Mitglieder</Link>{' '}
              die Personen auf, die am Konzept mitschreiben (z. B. Sozialarbeit, Unterkunftsleitung, Jugendamt). Das Konzept
              selbst entsteht aus der Vorlage „Gewaltschutzkonzept für Gemeinschaftsunterkünfte“, Abschnitt für Abschnitt.
            </p>
          ) : (
            <p>Sobald die Koordination ein Konzept anlegt, erscheint es hier.</p>
          )}
        </div>
      </section>
    </>
  );
}
