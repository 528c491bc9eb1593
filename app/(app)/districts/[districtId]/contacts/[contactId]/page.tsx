import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session';
import { berlinIsoDay } from '@/lib/shared/date-format';
import { getContact } from '@/lib/contacts/list-contacts';
import { PageHeader } from '../../../../../_components/page-header';
import { formatDateTime } from '../../../../../_lib/format';
import { loadOrNotFound, requirePageRight } from '../../../../../_lib/guard';
import { DistrictTabs } from '../../district-tabs';
import { ContactForm, DeleteContactForm } from '../contact-forms';

export const metadata: Metadata = { title: 'Kontakt bearbeiten' };

export default async function ContactPage({ params }: { params: Promise<{ districtId: string; contactId: string }> }) {
  const { districtId, contactId } = await params;
  const actor = await requirePageActor(`/districts/${districtId}/contacts/${contactId}`);
  const { district, contact } = await loadOrNotFound(() => getContact(actor, { districtId, contactId }));
  // Editing is the coordination's task; everyone else reads the directory.
  requirePageRight(actor, 'district.data.edit', district.id);
  return (
    <>
      <PageHeader
        title={contact.organisation}
        lead={`Zuletzt geändert am ${formatDateTime(contact.updatedAt)}${contact.updatedByName ? ` von ${contact.updatedByName}` : ''}.`}
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: `/districts/${district.id}`, label: district.name },
          { href: `/districts/${district.id}/contacts`, label: 'Kontakte' },
        ]}
      />
      <DistrictTabs districtId={district.id} />
      <ContactForm districtId={district.id} contact={contact} today={berlinIsoDay()} />
      <section aria-labelledby="loeschen" className="card card--muted" style={{ marginTop: 'var(--space-8)' }}>
        <h2 id="loeschen">Kontakt löschen</h2>
        <p>
          {contact.isNationwide
            ? 'Bundesweite Rufnummern gehören in jedes Kontaktverzeichnis. Löschen Sie eine nur, wenn sie für Ihre Unterkünfte nicht passt.'
            : 'Löschen Sie einen Kontakt, wenn es die Stelle nicht mehr gibt oder sie nicht mehr zuständig ist.'}
        </p>
        <DeleteContactForm districtId={district.id} contactId={contact.id} organisation={contact.organisation} />
      </section>
    </>
  );
}
