'use client';

import Link from 'next/link';
import { ActionForm, Field } from '../../../../_components/action-form';
import { updateConceptDetailsAction } from './actions';

export function ConceptDetailsForm(props: {
  conceptId: string;
  districtId: string;
  title: string;
  responsible: string;
  facilities: Array<{ id: string; name: string; capacity: number; inScope: boolean }>;
}) {
  return (
    <ActionForm
      action={updateConceptDetailsAction}
      submitLabel="Eckdaten speichern"
      resetOnSuccess={false}
      renderSuccess={({ changed }) =>
        changed ? (
          <>
            <p>
              Gespeichert. <Link href={`/concepts/${props.conceptId}`}>Zurück zum Konzept</Link>
            </p>
            <p>
              Markierte Angaben aus den Eckdaten in den Abschnitten zeigen die neuen Werte sofort, auch in der Word-Datei. Was als
              fester Text im Abschnitt steht, ändert sich nicht von selbst: Bitte prüfen Sie die Abschnitte{' '}
              <Link href={`/concepts/${props.conceptId}/sections/deckblatt`}>„Angaben zum Konzept“</Link> und{' '}
              <Link href={`/concepts/${props.conceptId}/sections/geltungsbereich`}>„Geltungsbereich und Unterkünfte“</Link>.
            </p>
          </>
        ) : (
          <p>
            Es gab nichts zu ändern. <Link href={`/concepts/${props.conceptId}`}>Zurück zum Konzept</Link>
          </p>
        )
      }
    >
      <input type="hidden" name="conceptId" value={props.conceptId} />
      {/* What the form showed: only what is changed against it is saved (see update-concept-details.ts). */}
      <input type="hidden" name="shownTitle" value={props.title} />
      <input type="hidden" name="shownResponsible" value={props.responsible} />
      {props.facilities
        .filter((f) => f.inScope)
        .map((f) => (
          <input key={f.id} type="hidden" name="shownFacilityIds" value={f.id} />
        ))}
      <Field name="title" label="Titel" defaultValue={props.title} />
      <Field
        name="responsible"
        label="Verantwortliche Stelle"
        defaultValue={props.responsible}
        hint="Wer trägt die Gesamtverantwortung? Z. B. „Fachdienstleitung Soziales“."
      />
      <fieldset className="field" aria-describedby="geltungsbereich-hinweis">
        <legend>Geltungsbereich: Unterkünfte</legend>
        {props.facilities.length === 0 ? (
          <p className="hint" id="geltungsbereich-hinweis">
            Noch keine Unterkünfte erfasst. <Link href={`/districts/${props.districtId}/facilities`}>Unterkünfte erfassen</Link>
          </p>
        ) : (
          <>
            <p className="hint" id="geltungsbereich-hinweis">
              Die ausgewählten Unterkünfte stehen im Anhang des exportierten Konzepts. Eine Unterkunft, die zu einem Konzept
              gehört, kann erst gelöscht werden, wenn sie hier abgewählt ist.
            </p>
            {props.facilities.map((f) => (
              <label key={f.id} className="choice">
                <input type="checkbox" name="facilityIds" value={f.id} defaultChecked={f.inScope} />
                <span>
                  {f.name} ({f.capacity} Plätze)
                </span>
              </label>
            ))}
          </>
        )}
      </fieldset>
    </ActionForm>
  );
}
