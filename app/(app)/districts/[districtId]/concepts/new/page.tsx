import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/auth/session';
import { getDistrict } from '@/lib/districts/list-districts';
import { listFacilities } from '@/lib/facilities/list-facilities';
import { listTemplates } from '@/lib/templates';
import { PageHeader } from '../../../../../_components/page-header';
import { loadOrNotFound, requirePageRight } from '../../../../../_lib/guard';
import { NewConceptForm } from './new-concept-form';

export const metadata: Metadata = { title: 'Neues Konzept' };

export default async function NewConceptPage({ params }: { params: Promise<{ districtId: string }> }) {
  const { districtId } = await params;
  const actor = await requirePageActor(`/districts/${districtId}/concepts/new`);
  const [district, facilities] = await loadOrNotFound(() => Promise.all([getDistrict(actor, districtId), listFacilities(actor, districtId)]));
  requirePageRight(actor, 'concept.create', district.id);
  const templates = listTemplates()
    .filter((t) => t.latest)
    .map((t) => ({ value: t.id, label: `${t.title} (Version ${t.version})` }));
  return (
    <>
      <PageHeader
        title="Neues Schutzkonzept anlegen"
        lead="Das Konzept entsteht Abschnitt für Abschnitt aus der Vorlage. Titel und Verantwortung können Sie später im Deckblatt ausformulieren."
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: `/districts/${district.id}`, label: district.name },
        ]}
      />
      <div className="card">
        <NewConceptForm
          districtId={district.id}
          defaultTitle={`Gewaltschutzkonzept für die Gemeinschaftsunterkünfte – ${district.name}`}
          templates={templates}
          facilities={facilities.map((f) => ({ id: f.id, name: f.name, capacity: f.capacity }))}
        />
      </div>
    </>
  );
}
