'use client';

import Link from 'next/link';
import { FACILITY_TYPES } from '@/db/schema-district-data';
import { FACILITY_FEATURES, STAFF_ROLES, formatFte } from '@/lib/facilities/labels';
import type { Facility } from '@/lib/facilities/queries';
import { ActionForm, Field } from '../../../../_components/action-form';
import { ConfirmDeleteForm } from '../../../../_components/confirm-delete-form';
import { deleteFacilityAction, saveFacilityAction } from './actions';

const TYPE_OPTIONS = FACILITY_TYPES.map((type) => ({ value: type, label: type }));
const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** Create (no facility) or edit form. Counts and organisational facts only. */
export function FacilityForm({ districtId, facility }: { districtId: string; facility?: Facility }) {
  const listHref = `/districts/${districtId}/facilities`;
  return (
    <ActionForm
      action={saveFacilityAction}
      submitLabel={facility ? 'Änderungen speichern' : 'Unterkunft anlegen'}
      resetOnSuccess={!facility}
      renderSuccess={(saved) => (
        <>
          <p>
            {facility ? 'Die Änderungen an' : 'Die Unterkunft'} „{saved.name}“ {facility ? 'sind gespeichert.' : 'ist angelegt.'}{' '}
            <Link href={listHref}>Zur Übersicht der Unterkünfte</Link>
          </p>
          {saved.occupancy > saved.capacity && (
            <p>
              <strong>Hinweis:</strong> Die Belegung liegt über der Platzzahl. Bitte prüfen Sie, ob das so stimmt.
            </p>
          )}
        </>
      )}
    >
      <input type="hidden" name="districtId" value={districtId} />
      {facility && <input type="hidden" name="id" value={facility.id} />}
      <p className="alert">
        Hier stehen nur Zahlen und organisatorische Angaben. Bitte tragen Sie keine personenbezogenen Daten von Bewohnerinnen
        und Bewohnern ein.
      </p>
      <fieldset className="fieldset">
        <legend>Grunddaten</legend>
        <Field name="name" label="Name der Unterkunft" defaultValue={facility?.name} autoComplete="off" />
        <Field name="type" label="Art der Unterkunft" type="select" options={TYPE_OPTIONS} defaultValue={facility?.type} />
        <Field name="address" label="Adresse" required={false} defaultValue={text(facility?.address)} hint="z. B. Lindenhofweg 12, Musterstadt" />
        <Field name="operator" label="Betreiber bzw. Träger" required={false} defaultValue={text(facility?.operator)} />
      </fieldset>
      <fieldset className="fieldset">
        <legend>Plätze und Belegung</legend>
        <div className="form-row">
          <Field name="capacity" label="Plätze" type="number" defaultValue={text(facility?.capacity)} />
          <Field
            name="occupancy"
            label="Aktuelle Belegung"
            type="number"
            defaultValue={text(facility?.occupancy)}
            hint="Anzahl der untergebrachten Personen"
          />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>Personal</legend>
        <span className="hint">Vollzeitäquivalente (VZÄ) je Aufgabe mit höchstens einer Nachkommastelle, z. B. 1,5. Leer lassen, wenn unbekannt.</span>
        <div className="form-row">
          {STAFF_ROLES.map(({ key, label }) => (
            <Field
              key={key}
              name={key}
              label={`${label} (VZÄ)`}
              type="decimal"
              required={false}
              defaultValue={facility && facility[key] !== null ? formatFte(facility[key]!) : ''}
            />
          ))}
        </div>
        <div className="form-row">
          <Field name="staffWomen" label="Frauen im Team" type="number" required={false} defaultValue={text(facility?.staffWomen)} />
          <Field name="staffMen" label="Männer im Team" type="number" required={false} defaultValue={text(facility?.staffMen)} />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>Nachtbereitschaft</legend>
        <Field name="hasNightCover" label="Nachts ist Personal vor Ort oder in Rufbereitschaft" type="checkbox" defaultChecked={facility?.hasNightCover} />
        <Field
          name="nightCover"
          label="Wie ist die Nacht abgedeckt?"
          type="textarea"
          rows={2}
          required={false}
          defaultValue={text(facility?.nightCover)}
          hint="z. B. Sicherheitsdienst 22–6 Uhr, Rufbereitschaft der Leitung"
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>Bauliche Ausstattung (Mindeststandard 5)</legend>
        <span className="hint">Ankreuzen, was in der ganzen Unterkunft vorhanden ist.</span>
        {FACILITY_FEATURES.map(({ key, label }) => (
          <Field key={key} name={key} label={label} type="checkbox" defaultChecked={facility?.[key]} />
        ))}
      </fieldset>
      <Field
        name="note"
        label="Notiz"
        type="textarea"
        required={false}
        defaultValue={text(facility?.note)}
        hint="z. B. geplante Umbauten. Keine Angaben zu einzelnen Bewohnerinnen und Bewohnern."
      />
    </ActionForm>
  );
}

/** Asks before deleting; on success the action returns to the list. */
export function DeleteFacilityForm({ districtId, facilityId, name }: { districtId: string; facilityId: string; name: string }) {
  return (
    <ConfirmDeleteForm
      action={deleteFacilityAction}
      fields={{ districtId, facilityId }}
      question={`Unterkunft „${name}“ wirklich löschen? Das lässt sich nicht rückgängig machen.`}
      label="Unterkunft löschen"
      objectName={name}
    />
  );
}
