'use client';

import { updateDistrictTextsAction } from '../(app)/districts/[districtId]/sprachformen/actions';
import type { DistrictTexts } from '@/lib/districts/update-district-texts';
import { ActionForm, Field } from './action-form';

const GENDER_OPTIONS = [
  { value: '', label: 'wie abgeleitet' },
  { value: 'm', label: 'männlich (der …, er, sein)' },
  { value: 'f', label: 'weiblich (die …, sie, ihr)' },
  { value: 'n', label: 'sächlich (das …, es, sein)' },
];

/**
 * The district's grammatical forms and how its Gewaltschutzkoordination is reached. An empty
 * form field keeps the derived form (shown in the hint), so most districts change nothing here.
 */
export function DistrictTextsForm({ districtId, texts }: { districtId: string; texts: DistrictTexts }) {
  const own = texts.hasOwnForms ? texts.forms : null;
  const ownValue = (key: 'nom' | 'gen' | 'dat' | 'akk') => (own && own[key] !== texts.derived[key] ? own[key] : '');
  return (
    <ActionForm
      action={updateDistrictTextsAction}
      submitLabel="Angaben speichern"
      resetOnSuccess={false}
      renderSuccess={(d) => <p>{d.changed ? 'Gespeichert. Alle Konzepte der Kommune zeigen die neuen Angaben.' : 'Keine Änderung – es wurde nichts gespeichert.'}</p>}
    >
      <input type="hidden" name="districtId" value={districtId} />
      <fieldset>
        <legend>Sprachformen des Namens</legend>
        <p className="hint">
          Leere Felder verwenden die abgeleitete Form. Tragen Sie nur ein, was abweicht – jeweils mit Artikel.
        </p>
        <Field name="gender" label="Grammatisches Geschlecht" type="select" required={false} defaultValue={own?.gender !== texts.derived.gender ? (own?.gender ?? '') : ''} options={GENDER_OPTIONS} hint={`Abgeleitet: ${GENDER_OPTIONS.find((o) => o.value === texts.derived.gender)?.label ?? ''}`} />
        <Field name="nom" label="Wer? (Nominativ)" required={false} defaultValue={ownValue('nom')} hint={`Abgeleitet: „${texts.derived.nom}“`} />
        <Field name="gen" label="Wessen? (Genitiv)" required={false} defaultValue={ownValue('gen')} hint={`Abgeleitet: „${texts.derived.gen}“`} />
        <Field name="dat" label="Wem? (Dativ)" required={false} defaultValue={ownValue('dat')} hint={`Abgeleitet: „${texts.derived.dat}“`} />
        <Field name="akk" label="Wen? (Akkusativ)" required={false} defaultValue={ownValue('akk')} hint={`Abgeleitet: „${texts.derived.akk}“`} />
      </fieldset>
      <fieldset>
        <legend>Erreichbarkeit der Gewaltschutzkoordination</legend>
        <Field name="coordinationUnit" label="Stelle" required={false} defaultValue={texts.coordination.unit ?? ''} hint="z. B. „Koordinierungsstelle Gewaltschutz im Fachdienst Soziales“" />
        <div className="form-row">
          <Field name="coordinationPhone" label="Telefon" type="tel" required={false} autoComplete="off" defaultValue={texts.coordination.phone ?? ''} />
          <Field name="coordinationEmail" label="E-Mail" type="email" required={false} autoComplete="off" defaultValue={texts.coordination.email ?? ''} hint="Am besten ein Funktionspostfach." />
        </div>
      </fieldset>
    </ActionForm>
  );
}
