'use client';

import Link from 'next/link';
import { useActionState, useEffect, useRef } from 'react';
import type { MyInvitation } from '@/lib/members/invitations';
import { SubmitButton } from '../../_components/action-form';
import { RELATION_LABELS, formatDate } from '../../_lib/format';
import { acceptInvitationAction, declineInvitationAction } from './actions';

/**
 * The signed-in person's open invitations, on the start page (notifications link to #einladungen).
 * The outcome of an answer is kept here, above the list: the answered invitation itself leaves
 * the list when the page refreshes.
 */
export function InvitationsPanel({ invitations }: { invitations: MyInvitation[] }) {
  const [acceptState, accept] = useActionState(acceptInvitationAction, null);
  const [declineState, decline] = useActionState(declineInvitationAction, null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (acceptState || declineState) outcomeRef.current?.focus();
  }, [acceptState, declineState]);
  const latest = [acceptState, declineState].find(Boolean);
  const error = latest && !latest.ok ? latest.error : undefined;
  return (
    <>
      <div ref={outcomeRef} tabIndex={-1} aria-live="polite">
        {acceptState?.ok && (
          <p className="alert alert--success">
            Sie sind jetzt Mitglied von {acceptState.data.districtName}.{' '}
            <Link href={`/districts/${acceptState.data.districtId}`}>Zu {acceptState.data.districtName}</Link>
          </p>
        )}
        {declineState?.ok && <p className="alert alert--success">Sie haben die Einladung abgelehnt.</p>}
        {error && (
          <p className="alert alert--error" role="alert">
            {error.code === 'not_found' ? 'Diese Einladung ist nicht mehr offen. Bitte laden Sie die Seite neu.' : error.message}
          </p>
        )}
      </div>
      {invitations.length > 0 && (
        <section id="einladungen" aria-labelledby="einladungen-titel" className="card card--highlight" tabIndex={-1}>
          <h2 id="einladungen-titel">
            {invitations.length === 1 ? 'Eine Einladung wartet auf Ihre Antwort' : `${invitations.length} Einladungen warten auf Ihre Antwort`}
          </h2>
          <ul className="plain-list">
            {invitations.map((invitation) => (
              <li key={invitation.id}>
                <h3>{invitation.districtName}</h3>
                <p>{describe(invitation)}</p>
                {!invitation.canAccept && (
                  <p className="alert alert--warning">
                    Ihr Konto gehört zur DeBUG-Beratung oder zur Plattformverwaltung und kann nicht Mitglied einer Kommune
                    werden. Bitte lehnen Sie die Einladung ab.
                  </p>
                )}
                <div className="form-actions" style={{ marginTop: 0 }}>
                  {invitation.canAccept && (
                    <form action={accept} className="inline-form">
                      <input type="hidden" name="invitationId" value={invitation.id} />
                      <SubmitButton
                        className="btn btn--small"
                        label="Annehmen"
                        accessibleLabel={`Annehmen: Einladung in ${invitation.districtName}`}
                      />
                    </form>
                  )}
                  <form action={decline} className="inline-form">
                    <input type="hidden" name="invitationId" value={invitation.id} />
                    <SubmitButton
                      className="btn btn--secondary btn--small"
                      label="Ablehnen"
                      accessibleLabel={`Ablehnen: Einladung in ${invitation.districtName}`}
                    />
                  </form>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function describe(invitation: MyInvitation): string {
  const by = invitation.isInvitedByAdmin ? 'Die Plattformverwaltung' : invitation.invitedByName;
  const when = formatDate(invitation.createdAt);
  const what = `als ${RELATION_LABELS[invitation.role]} mitzuarbeiten. Erst wenn Sie annehmen, werden Sie Mitglied und sehen die Konzepte der Kommune.`;
  return by ? `${by} hat Sie am ${when} eingeladen, ${what}` : `Sie wurden am ${when} eingeladen, ${what}`;
}
