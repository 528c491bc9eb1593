import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session';
import { berlinIsoDay } from '@/lib/shared/date-format';
import { getContactDirectory } from '@/lib/contacts/list-contacts';
import { isContactStale } from '@/lib/contacts/stale';
import { PageHeader } from '../../../../_components/page-header';
import { loadOrNotFound } from '../../../../_lib/guard';
import { DistrictTabs } from '../district-tabs';
import { ContactForm } from './contact-forms';
import { ContactsTable } from './contacts-table';

export const metadata: Metadata = { title: 'Kontakte' };

export default async function ContactsPage({ params }: { params: Promise<{ districtId: string }> }) {
  const { districtId } = await params;
  const actor = await requirePageActor(`/districts/${districtId}/contacts`);
  const { district, contacts, canEdit } = await loadOrNotFound(() => getContactDirectory(actor, districtId));
  const today = berlinIsoDay();
  const staleCount = contacts.filter((c) => isContactStale(c, today)).length;
  return (
    <>
      <PageHeader
        title={`Kontakte – ${district.name}`}
        lead="Das Kontaktverzeichnis für den Gewaltschutz: bundesweite Rufnummern und die Stellen vor Ort. Einträge, die seit mehr als zwölf Monaten nicht geprüft wurden, sind markiert."
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: `/districts/${district.id}`, label: district.name },
        ]}
      />
      <DistrictTabs districtId={district.id} />
      {staleCount > 0 && (
        <div className="alert alert--warning">
          <p className="alert__title">
            {staleCount === 1 ? 'Ein Eintrag sollte' : `${staleCount} Einträge sollten`} geprüft werden.
          </p>
          <p>
            Rufen Sie die Nummer an oder lassen Sie sich Erreichbarkeit und Zuständigkeit bestätigen
            {canEdit ? ' und markieren Sie den Eintrag dann mit „Heute geprüft“.' : '. Das Prüfdatum trägt die Koordination ein.'}
          </p>
        </div>
      )}
      <ContactsTable contacts={contacts} districtId={district.id} today={today} canEdit={canEdit} />
      {canEdit && (
        <section aria-labelledby="kontakt-neu" className="card card--muted">
          <h2 id="kontakt-neu">Kontakt hinzufügen</h2>
          <p>Tragen Sie Stellen und Funktionen ein, keine privaten Nummern und keine Daten von Bewohnerinnen und Bewohnern.</p>
          <ContactForm districtId={district.id} today={today} />
        </section>
      )}
    </>
  );
}
