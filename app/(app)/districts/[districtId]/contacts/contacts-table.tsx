import type { ContactCategory } from '@/db/schema-district-data';
import { CONTACT_CATEGORY_LABELS } from '@/lib/contacts/categories';
import { formatIsoDate } from '@/lib/shared/date-format';
import type { Contact } from '@/lib/contacts/queries';
import { isContactStale } from '@/lib/contacts/stale';
import { ContactRowActions } from './contact-forms';
import { TableWrap } from '../../../../_components/table-wrap';

/** The directory grouped by category (contacts arrive sorted); the stale flag is a labelled badge, not a colour. */
export function ContactsTable({ contacts, districtId, today, canEdit }: { contacts: Contact[]; districtId: string; today: string; canEdit: boolean }) {
  const groups: Array<{ category: ContactCategory; contacts: Contact[] }> = [];
  for (const contact of contacts) {
    const last = groups[groups.length - 1];
    if (last?.category === contact.category) last.contacts.push(contact);
    else groups.push({ category: contact.category, contacts: [contact] });
  }
  const columns = canEdit ? 6 : 5;
  return (
    <TableWrap label="Kontaktverzeichnis">
      <table className="table">
        <caption>Kontaktverzeichnis ({contacts.length} Einträge)</caption>
        <thead>
          <tr>
            <th scope="col">Stelle</th>
            <th scope="col">Telefon</th>
            <th scope="col">Erreichbarkeit und Sprachen</th>
            <th scope="col">Adresse und Hinweis</th>
            <th scope="col">Geprüft</th>
            {canEdit && <th scope="col">Aktionen</th>}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.category}>
            <tr className="group-row">
              <th scope="rowgroup" colSpan={columns}>
                {CONTACT_CATEGORY_LABELS[group.category]}
              </th>
            </tr>
            {group.contacts.map((c) => (
              <tr key={c.id} id={`kontakt-${c.id}`}>
                <th scope="row">
                  {c.organisation}
                  {c.isNationwide && (
                    <>
                      {' '}
                      <span className="badge">bundesweit</span>
                    </>
                  )}
                </th>
                <td className="nowrap">{c.phone ? <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a> : '–'}</td>
                <td>
                  {c.hours}
                  {c.hours && c.languages && <br />}
                  {c.languages && <span className="muted">Sprachen: {c.languages}</span>}
                  {!c.hours && !c.languages && '–'}
                </td>
                <td>
                  {c.address}
                  {c.address && c.note && <br />}
                  {c.note && <span className="muted">{c.note}</span>}
                  {!c.address && !c.note && '–'}
                </td>
                <td className="nowrap">
                  {c.lastVerifiedOn ? formatIsoDate(c.lastVerifiedOn) : 'nie'}
                  {isContactStale(c, today) && (
                    <>
                      <br />
                      <span className="badge badge--warning">Prüfung fällig</span>
                    </>
                  )}
                </td>
                {canEdit && (
                  <td>
                    <ContactRowActions
                      districtId={districtId}
                      contactId={c.id}
                      organisation={c.organisation}
                      isVerifiedToday={c.lastVerifiedOn === today}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </TableWrap>
  );
}
