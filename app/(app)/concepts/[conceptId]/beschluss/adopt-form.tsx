'use client';

import Link from 'next/link';
import { ActionForm, Field } from '../../../../_components/action-form';
import { adoptConceptAction } from '../review-actions';

export function AdoptForm({ conceptId, isWithoutApproval, needsFindingsReason }: { conceptId: string; isWithoutApproval: boolean; needsFindingsReason: boolean }) {
  return (
    <ActionForm
      action={adoptConceptAction}
      submitLabel="Beschluss eintragen"
      resetOnSuccess={false}
      renderSuccess={(data) => (
        <p>
          Der Beschluss ist eingetragen (Fassung {String(data.versionNumber)}). <Link href={`/concepts/${conceptId}`}>Zum Konzept</Link>
        </p>
      )}
    >
      <input type="hidden" name="conceptId" value={conceptId} />
      <div className="form-row">
        <Field name="decidedBy" label="Gremium" hint="Zum Beispiel Kreistag, Rat der Stadt, Kreisausschuss" autoComplete="off" />
        <Field name="decidedOn" type="date" label="Datum des Beschlusses" />
        <Field name="resolutionNumber" label="Beschlussnummer" required={false} hint="Zum Beispiel KT/2027/014" autoComplete="off" />
      </div>
      <Field
        name="nextReviewOn"
        type="date"
        required={false}
        label="Nächste planmäßige Überprüfung"
        hint="Ohne Angabe zwölf Monate nach dem Beschluss. Die Mindeststandards sehen eine regelmäßige Überprüfung und Fortschreibung vor."
      />
      {isWithoutApproval && (
        <Field
          name="withoutAdvisorReason"
          type="textarea"
          label="Begründung für den Beschluss ohne fachliche Begleitung"
          hint="Ihrer Kommune ist keine DeBUG-Beratung zugeordnet. Halten Sie fest, warum ohne fachliche Befürwortung beschlossen wurde (mindestens 20 Zeichen)."
          rows={3}
        />
      )}
      {needsFindingsReason && (
        <Field
          name="findingsReason"
          type="textarea"
          label="Begründung für den Beschluss trotz offener Punkte"
          hint="Die Vollständigkeitsprüfung meldet noch offene Punkte (siehe oben). Halten Sie fest, warum das Gremium trotzdem beschlossen hat, z. B. dass sie in der ersten Fortschreibung ergänzt werden (mindestens 20 Zeichen)."
          rows={3}
        />
      )}
      <Field name="note" type="textarea" required={false} label="Anmerkung zur Fassung" hint="Zum Beispiel Änderungen gegenüber der eingereichten Fassung." rows={3} />
    </ActionForm>
  );
}
