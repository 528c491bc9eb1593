'use client';

import { ActionForm, Field } from '../../../../../_components/action-form';
import { createConceptAction } from './actions';
import { ImportMapping } from './import-mapping';
import { createFromImportAction } from './import-actions';

export interface NewConceptFormProps {
  districtId: string;
  defaultTitle: string;
  templates: Array<{ value: string; label: string }>;
  facilities: Array<{ id: string; name: string; capacity: number }>;
}

/** Title, template, responsible body and facilities: the same for a new and an imported concept. */
function ConceptDetailsFields(props: NewConceptFormProps) {
  return (
    <>
      <input type="hidden" name="districtId" value={props.districtId} />
      <Field name="title" label="Titel" defaultValue={props.defaultTitle} />
      <Field
        name="templateId"
        label="Vorlage"
        type="select"
        options={props.templates}
        defaultValue={props.templates[0]?.value}
        hint="Die Abschnitte, Hinweise und Prüfpunkte kommen aus der Vorlage. Das Konzept behält die Vorlagenversion, mit der es angelegt wurde."
      />
      <Field
        name="responsible"
        label="Verantwortliche Stelle"
        hint="Wer trägt die Gesamtverantwortung? Z. B. „Fachdienstleitung Soziales“."
      />
      <fieldset className="field">
        <legend>Geltungsbereich: Unterkünfte</legend>
        {props.facilities.length === 0 ? (
          <p className="hint">
            Noch keine Unterkünfte erfasst. Sie können das Konzept trotzdem anlegen und die Unterkünfte später unter
            „Unterkünfte“ erfassen.
          </p>
        ) : (
          props.facilities.map((f) => (
            <label key={f.id} className="choice">
              <input type="checkbox" name="facilityIds" value={f.id} defaultChecked />
              <span>
                {f.name} ({f.capacity} Plätze)
              </span>
            </label>
          ))
        )}
      </fieldset>
    </>
  );
}

export function NewConceptForm(props: NewConceptFormProps) {
  return (
    <ActionForm action={createConceptAction} submitLabel="Konzept anlegen" resetOnSuccess={false}>
      <ConceptDetailsFields {...props} />
    </ActionForm>
  );
}

/** „Bestehendes Konzept übernehmen“: the same details, a Word file and where its parts go. */
export function ImportConceptForm(props: NewConceptFormProps) {
  return (
    <ActionForm action={createFromImportAction} submitLabel="Konzept aus der Word-Datei anlegen" resetOnSuccess={false}>
      <ConceptDetailsFields {...props} />
      <ImportMapping />
    </ActionForm>
  );
}
