import type { Metadata } from 'next';
import Link from 'next/link';
import { BUNDESLAENDER, DISTRICT_KINDS } from '@/db/types';
import { requirePageActor } from '@/app/_lib/session';
import { getDistrictForAdmin } from '@/lib/districts/list-districts';
import { PageHeader } from '../../../../_components/page-header';
import { countLabel, formatDate } from '../../../../_lib/format';
import { loadOrNotFound } from '../../../../_lib/guard';
import { DistrictActiveForm, EditDistrictForm } from '../../admin-forms';

export const metadata: Metadata = { title: 'Kommune bearbeiten' };

export default async function AdminDistrictPage({ params }: { params: Promise<{ districtId: string }> }) {
  const { districtId } = await params;
  const actor = await requirePageActor(`/admin/districts/${districtId}`);
  const district = await loadOrNotFound(() => getDistrictForAdmin(actor, districtId));
  return (
    <>
      <PageHeader
        level={2}
        title={district.name}
        lead={`${district.kind} · ${district.state} · angelegt am ${formatDate(district.createdAt)} · ${countLabel(district.conceptCount, 'Schutzkonzept', 'Schutzkonzepte')}`}
      />
      {district.isActive ? (
        <p>
          <span className="badge badge--success">aktiv</span>{' '}
          <Link href={`/districts/${district.id}/members`}>Mitglieder verwalten</Link>
        </p>
      ) : (
        <div className="alert alert--warning" role="status">
          <p className="alert__title">Diese Kommune ist deaktiviert.</p>
          <p>
            Alle Daten bleiben gespeichert. Niemand kann in ihr arbeiten: Mitglieder und Beratung sehen sie nicht mehr und
            erfahren auf ihrer Startseite, dass sie deaktiviert ist.
          </p>
        </div>
      )}
      <div className="grid">
        <section className="card card--muted" aria-labelledby="angaben">
          <h3 id="angaben">Name und Angaben</h3>
          <EditDistrictForm district={district} kinds={DISTRICT_KINDS} states={BUNDESLAENDER} />
        </section>
        <section className="card card--muted" aria-labelledby="status">
          <h3 id="status">{district.isActive ? 'Kommune deaktivieren' : 'Kommune wieder aktivieren'}</h3>
          <p>
            {district.isActive
              ? 'Zum Beispiel, wenn eine Kommune die Werkstatt nicht mehr nutzt. Konzepte, Daten, Mitglieder und Protokoll bleiben erhalten; ab sofort kann aber niemand mehr in der Kommune arbeiten. Sie können sie jederzeit wieder aktivieren.'
              : 'Mitglieder und zugeordnete Beratung haben danach wieder Zugang, mit allen bisherigen Daten.'}
          </p>
          <DistrictActiveForm districtId={district.id} name={district.name} isActive={district.isActive} />
        </section>
      </div>
      <p>
        <Link href="/admin/districts">Zurück zu allen Kommunen</Link>
      </p>
    </>
  );
}
