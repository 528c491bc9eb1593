'use client';

import { useActionState } from 'react';
import { SubmitButton } from '../../../../../../_components/action-form';
import { restoreRevisionAction } from './actions';

export function RestoreButton({ sectionId, revision, returnTo }: { sectionId: string; revision: number; returnTo: string }) {
  const [state, action] = useActionState(restoreRevisionAction, null);
  return (
    <form
      action={action}
      className="inline-form"
      onSubmit={(event) => {
        if (!window.confirm(`Version ${revision} wiederherstellen? Sie wird als neueste Version gespeichert; nichts geht verloren.`)) {
          event.preventDefault();
        }
      }}
    >
      <input type="hidden" name="sectionId" value={sectionId} />
      <input type="hidden" name="revision" value={revision} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <SubmitButton className="btn btn--secondary btn--small" label="Wiederherstellen" accessibleLabel={`Version ${revision} wiederherstellen`} />
      {state && !state.ok && (
        <span className="error" role="alert">
          {state.error.message}
        </span>
      )}
    </form>
  );
}
