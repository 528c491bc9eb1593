import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session';
import { getDistrict } from '@/lib/districts/list-districts';
import { listFacilities } from '@/lib/facilities/list-facilities';
import { listTemplates } from '@/lib/templates';
import { PageHeader } from '../../../../../../_components/page-header';
import { loadOrNotFound, requirePageRight } from '../../../../../../_lib/guard';
import { ImportConceptForm } from '../new-concept-form';

export const metadata: Metadata = { title: 'Konzept aus Word übernehmen' };

export default async function ImportConceptPage({ params }: { params: Promise<{ districtId: string }> }) {
  const { districtId } = await params;
  const actor = await requirePageActor(`/districts/${districtId}/concepts/new/import`);
  const [district, facilities] = await loadOrNotFound(() => Promise.all([getDistrict(actor, districtId), listFacilities(actor, districtId)]));
  requirePageRight(actor, 'concept.create', district.id);
  const templates = listTemplates()
    .filter((t) => t.latest)
    .map((t) => ({ value: t.id, label: `${t.title} (Version ${t.version})` }));
  return (
    <>
      <PageHeader
        title="Bestehendes Konzept aus einer Word-Datei übernehmen"
        lead="Die Werkstatt ordnet die Kapitel Ihres Dokuments den Abschnitten der Vorlage zu. Sie prüfen die Zuordnung, ändern sie bei Bedarf und arbeiten danach mit Hinweisen, Prüfpunkten und Beratung an Ihrem eigenen Text weiter. Überschriften, Absätze, Hervorhebungen, Listen, Tabellen und Verweise werden übernommen."
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: `/districts/${district.id}`, label: district.name },
          { href: `/districts/${district.id}/concepts/new`, label: 'Neues Schutzkonzept anlegen' },
        ]}
      />
      <div className="card">
        <ImportConceptForm
          districtId={district.id}
          defaultTitle={`Gewaltschutzkonzept für die Gemeinschaftsunterkünfte – ${district.name}`}
          templates={templates}
          facilities={facilities.map((f) => ({ id: f.id, name: f.name, capacity: f.capacity }))}
        />
      </div>
    </>
  );
}
