import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session';
import { PageHeader } from '../../../../../_components/page-header';
import { loadNewConceptForm } from './load-new-concept';
import { NewConceptForm } from './new-concept-form';

export const metadata: Metadata = { title: 'Neues Konzept' };

export default async function NewConceptPage({ params }: { params: Promise<{ districtId: string }> }) {
  const { districtId } = await params;
  const actor = await requirePageActor(`/districts/${districtId}/concepts/new`);
  const { district, form } = await loadNewConceptForm(actor, districtId);
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
      <section className="card" aria-labelledby="aus-vorlage">
        <h2 id="aus-vorlage">Aus der Vorlage anlegen</h2>
        <NewConceptForm {...form} />
      </section>
      <section className="card" aria-labelledby="aus-word">
        <h2 id="aus-word">Bestehendes Konzept aus einer Word-Datei übernehmen</h2>
        <p className="muted">
          Sie haben schon ein Gewaltschutzkonzept in Word? Laden Sie es hoch: Die Werkstatt ordnet seine Kapitel den Abschnitten der
          Vorlage zu, Sie prüfen die Zuordnung und arbeiten danach mit Hinweisen, Prüfpunkten und Beratung an Ihrem eigenen Text weiter.
        </p>
        <p>
          <Link href={`/districts/${district.id}/concepts/new/import`}>Word-Datei hochladen und Konzept übernehmen</Link>
        </p>
      </section>
    </>
  );
}
