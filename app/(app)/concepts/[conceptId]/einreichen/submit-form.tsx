'use client';

import Link from 'next/link';
import { ActionForm, Field } from '../../../../_components/action-form';
import { submitConceptAction } from '../review-actions';

export function SubmitForm({ conceptId, hasFindings }: { conceptId: string; hasFindings: boolean }) {
  return (
    <ActionForm
      action={submitConceptAction}
      submitLabel={hasFindings ? 'Trotzdem einreichen' : 'Einreichen'}
      renderSuccess={(data) => (
        <p>
          Eingereicht als Fassung {String(data.versionNumber)}. Die Beratung wurde benachrichtigt. <Link href={`/concepts/${conceptId}`}>Zum Konzept</Link>
        </p>
      )}
    >
      <input type="hidden" name="conceptId" value={conceptId} />
      <Field
        name="note"
        type="textarea"
        required={false}
        label="Nachricht an die Beratung"
        hint="Zum Beispiel: Was hat sich gegenüber der letzten Fassung geändert? Wozu wünschen Sie besonders eine Rückmeldung?"
        rows={4}
      />
    </ActionForm>
  );
}
