import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session';
import { PageHeader } from '../../../../../../_components/page-header';
import { loadNewConceptForm } from '../load-new-concept';
import { ImportConceptForm } from '../new-concept-form';

export const metadata: Metadata = { title: 'Konzept aus Word übernehmen' };

export default async function ImportConceptPage({ params }: { params: Promise<{ districtId: string }> }) {
  const { districtId } = await params;
  const actor = await requirePageActor(`/districts/${districtId}/concepts/new/import`);
  const { district, form } = await loadNewConceptForm(actor, districtId);
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
        <ImportConceptForm {...form} />
      </div>
    </>
  );
}
