'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { CONTACT_CATEGORY_LABELS, CONTACT_CATEGORY_ORDER } from '@/lib/contacts/categories';
import type { Contact } from '@/lib/contacts/queries';
import { ActionError, ActionForm, Field, SubmitButton } from '../../../../_components/action-form';
import { ConfirmDeleteForm } from '../../../../_components/confirm-delete-form';
import { deleteContactAction, markContactVerifiedAction, saveContactAction } from './actions';

const CATEGORY_OPTIONS = CONTACT_CATEGORY_ORDER.map((value) => ({ value, label: CONTACT_CATEGORY_LABELS[value] }));

/** Create (no contact) or edit form. `today` ('YYYY-MM-DD') prefills the verification date of a new entry. */
export function ContactForm({ districtId, contact, today }: { districtId: string; contact?: Contact; today: string }) {
  return (
    <ActionForm
      action={saveContactAction}
      submitLabel={contact ? 'Änderungen speichern' : 'Kontakt hinzufügen'}
      resetOnSuccess={!contact}
      renderSuccess={(saved) => (
        <p>
          „{saved.organisation}“ {contact ? 'ist gespeichert.' : 'steht jetzt im Kontaktverzeichnis.'}{' '}
          {contact && <Link href={`/districts/${districtId}/contacts`}>Zum Kontaktverzeichnis</Link>}
        </p>
      )}
    >
      <input type="hidden" name="districtId" value={districtId} />
      {contact && <input type="hidden" name="id" value={contact.id} />}
      <div className="form-row">
        <Field name="category" label="Bereich" type="select" options={CATEGORY_OPTIONS} defaultValue={contact?.category} />
        <Field
          name="organisation"
          label="Stelle bzw. Einrichtung"
          defaultValue={contact?.organisation}
          hint="z. B. Jugendamt – Rufbereitschaft"
          autoComplete="off"
        />
      </div>
      <div className="form-row">
        <Field
          name="phone"
          label="Telefon"
          type="tel"
          required={false}
          defaultValue={contact?.phone ?? ''}
          hint="Ziffern, Leerzeichen und + / - ( ), z. B. 05999 123-45"
          autoComplete="off"
        />
        <Field name="hours" label="Erreichbarkeit" required={false} defaultValue={contact?.hours ?? ''} hint="z. B. Mo–Fr 8–16 Uhr oder rund um die Uhr" />
      </div>
      <div className="form-row">
        <Field name="languages" label="Sprachen" required={false} defaultValue={contact?.languages ?? ''} hint="z. B. Deutsch, Englisch, Arabisch" />
        <Field name="address" label="Adresse" required={false} defaultValue={contact?.address ?? ''} />
      </div>
      <Field
        name="note"
        label="Hinweis"
        type="textarea"
        rows={2}
        required={false}
        defaultValue={contact?.note ?? ''}
        hint="Zuständigkeit, Ablauf, Ansprechfunktion. Keine personenbezogenen Daten von Bewohnerinnen und Bewohnern."
      />
      <Field
        name="lastVerifiedOn"
        label="Zuletzt geprüft am"
        type="date"
        required={false}
        defaultValue={contact ? (contact.lastVerifiedOn ?? '') : today}
        hint="Wann wurden Nummer und Erreichbarkeit zuletzt bestätigt? Nach zwölf Monaten wird der Eintrag zur Prüfung markiert."
      />
      <Field
        name="isNationwide"
        label="Bundesweite Rufnummer (gilt überall, nicht nur vor Ort)"
        type="checkbox"
        defaultChecked={contact?.isNationwide}
      />
    </ActionForm>
  );
}

/** „Bearbeiten“ and, unless checked today already, „Heute geprüft“ for one table row; errors appear in the row. */
export function ContactRowActions({
  districtId,
  contactId,
  organisation,
  isVerifiedToday,
}: {
  districtId: string;
  contactId: string;
  organisation: string;
  isVerifiedToday: boolean;
}) {
  const [state, verifyAction] = useActionState(markContactVerifiedAction, null);
  return (
    <div>
      <div className="form-actions" style={{ marginTop: 0 }}>
        <Link className="btn btn--secondary btn--small" href={`/districts/${districtId}/contacts/${contactId}`} aria-label={`„${organisation}“ bearbeiten`}>
          Bearbeiten
        </Link>
        {!isVerifiedToday && (
          <form action={verifyAction} className="inline-form">
            <input type="hidden" name="districtId" value={districtId} />
            <input type="hidden" name="contactId" value={contactId} />
            <SubmitButton
              className="btn btn--secondary btn--small"
              label="Heute geprüft"
              accessibleLabel={`„${organisation}“ als heute geprüft markieren`}
            />
          </form>
        )}
      </div>
      <ActionError message={state && !state.ok ? state.error.message : null} />
    </div>
  );
}

/** Asks before deleting; on success the action returns to the directory. */
export function DeleteContactForm({ districtId, contactId, organisation }: { districtId: string; contactId: string; organisation: string }) {
  return (
    <ConfirmDeleteForm
      action={deleteContactAction}
      fields={{ districtId, contactId }}
      question={`„${organisation}“ wirklich aus dem Kontaktverzeichnis löschen?`}
      label="Kontakt löschen"
      objectName={organisation}
    />
  );
}
