import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session';
import { getDistrictOverview } from '@/lib/districts/get-district-overview';
import { ConceptList } from '../../../_components/concept-list';
import { PageHeader } from '../../../_components/page-header';
import { RELATION_LABELS, countLabel } from '../../../_lib/format';
import { loadOrNotFound } from '../../../_lib/guard';
import { DistrictTabs } from './district-tabs';

export const metadata: Metadata = { title: 'Kommune' };

export default async function DistrictPage({ params }: { params: Promise<{ districtId: string }> }) {
  const { districtId } = await params;
  const actor = await requirePageActor(`/districts/${districtId}`);
  const { district, conceptCount, concepts, canCreateConcept: canCreate } = await loadOrNotFound(() => getDistrictOverview(actor, districtId));
  return (
    <>
      <PageHeader
        title={district.name}
        lead={`${district.kind} · ${district.state}${district.relation !== 'none' ? ` · Ihre Rolle: ${RELATION_LABELS[district.relation]}` : ''}`}
        breadcrumbs={[{ href: '/', label: 'Übersicht' }]}
      />
      <DistrictTabs districtId={district.id} />
      <section aria-labelledby="konzepte">
        <div className="page-header">
          <h2 id="konzepte">Schutzkonzepte</h2>
          {canCreate && (
            <Link className="btn" href={`/districts/${district.id}/concepts/new`}>
              Neues Konzept anlegen
            </Link>
          )}
        </div>
        {concepts === null ? (
          <div className="empty-state">
            <p>
              <strong>
                {conceptCount === 0
                  ? `Für ${district.name} ist noch kein Schutzkonzept angelegt.`
                  : `${district.name} hat ${countLabel(conceptCount, 'Schutzkonzept', 'Schutzkonzepte')}.`}
              </strong>
            </p>
            <p>
              Die Inhalte der Konzepte sieht nur die Kommune selbst und die ihr zugeordnete DeBUG-Beratung. Die
              Plattformverwaltung verwaltet Mitglieder und Zuordnungen.
            </p>
          </div>
        ) : concepts.length > 0 ? (
          <ConceptList concepts={concepts} />
        ) : (
          <div className="empty-state">
            <p>
              <strong>Für {district.name} ist noch kein Schutzkonzept angelegt.</strong>
            </p>
            {canCreate ? (
              <p>
                Legen Sie das Konzept aus der Vorlage „Gewaltschutzkonzept für Gemeinschaftsunterkünfte“ an. Vorher lohnt es
                sich, unter <Link href={`/districts/${district.id}/members`}>Mitglieder</Link> das Team aufzunehmen und die
                Unterkünfte zu erfassen: Sie füllen später Platzhalter und Tabellen.
              </p>
            ) : (
              <p>Sobald die Koordination ein Konzept anlegt, erscheint es hier.</p>
            )}
          </div>
        )}
      </section>
    </>
  );
}
