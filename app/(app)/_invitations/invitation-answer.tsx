'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { SubmitButton } from '../../_components/action-form';
import { acceptInvitationAction, declineInvitationAction } from './actions';

/** Accept and decline buttons of one invitation; the outcome is announced in place. */
export function InvitationAnswer({
  invitationId,
  districtName,
  canAccept,
}: {
  invitationId: string;
  districtName: string;
  canAccept: boolean;
}) {
  const [acceptState, accept] = useActionState(acceptInvitationAction, null);
  const [declineState, decline] = useActionState(declineInvitationAction, null);
  const error = (acceptState && !acceptState.ok && acceptState.error) || (declineState && !declineState.ok && declineState.error);
  return (
    <div aria-live="polite">
      {acceptState?.ok ? (
        <p className="alert alert--success">
          Sie sind jetzt Mitglied. <Link href={`/districts/${acceptState.data.districtId}`}>Zu {acceptState.data.districtName}</Link>
        </p>
      ) : declineState?.ok ? (
        <p className="alert alert--success">Sie haben die Einladung abgelehnt.</p>
      ) : (
        <div className="form-actions" style={{ marginTop: 0 }}>
          {canAccept && (
            <form action={accept} className="inline-form">
              <input type="hidden" name="invitationId" value={invitationId} />
              <SubmitButton className="btn btn--small" label="Annehmen" accessibleLabel={`Annehmen: Einladung in ${districtName}`} />
            </form>
          )}
          <form action={decline} className="inline-form">
            <input type="hidden" name="invitationId" value={invitationId} />
            <SubmitButton
              className="btn btn--secondary btn--small"
              label="Ablehnen"
              accessibleLabel={`Ablehnen: Einladung in ${districtName}`}
            />
          </form>
        </div>
      )}
      {error && (
        <p className="alert alert--error" role="alert">
          {error.code === 'not_found' ? 'Diese Einladung ist nicht mehr offen. Bitte laden Sie die Seite neu.' : error.message}
        </p>
      )}
    </div>
  );
}
