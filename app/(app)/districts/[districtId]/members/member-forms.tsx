'use client';

import { useActionState } from 'react';
import { ActionError, ActionForm, Field, SubmitButton } from '../../../../_components/action-form';
import { RELATION_LABELS } from '../../../../_lib/format';
import { addMemberAction, changeMemberRoleAction, removeMemberAction, withdrawInvitationAction } from './actions';

const ROLE_OPTIONS = [
  { value: 'editor', label: 'Redaktion – schreibt Abschnitte' },
  { value: 'coordinator', label: 'Koordination – verwaltet Konzepte, Mitglieder und Daten' },
] as const;

/**
 * Invites a person. The answer is worded the same whether or not the address already has an
 * account, so that nobody learns about accounts of other districts here.
 */
export function AddMemberForm({ districtId }: { districtId: string }) {
  return (
    <ActionForm
      action={addMemberAction}
      submitLabel="Einladen"
      renderSuccess={(data) => (
        <>
          <p className="alert__title">
            {data.displayName} ({data.email}) ist als {RELATION_LABELS[data.role]} eingeladen
          </p>
          <p>
            Vorläufiges Passwort: <span className="secret">{data.temporaryPassword}</span>
          </p>
          <p>
            So geht es weiter: Die Person meldet sich in der Werkstatt an und nimmt die Einladung auf der Startseite an;
            erst dann ist sie Mitglied. Wer noch kein Konto in der Werkstatt hat, meldet sich mit diesem vorläufigen
            Passwort an und wählt danach ein eigenes. Wer schon ein Konto hat, meldet sich mit dem eigenen Passwort an –
            für ein bestehendes Konto gilt das vorläufige Passwort nicht.
          </p>
          <p>
            Das Passwort wird nur jetzt angezeigt. Geben Sie es auf sicherem Weg weiter (nicht per unverschlüsselter
            E-Mail zusammen mit der Adresse).
          </p>
        </>
      )}
    >
      <input type="hidden" name="districtId" value={districtId} />
      <div className="form-row">
        <Field name="displayName" label="Name" autoComplete="off" />
        <Field name="email" label="Dienstliche E-Mail-Adresse" type="email" autoComplete="off" />
      </div>
      <Field name="role" label="Rolle" type="select" options={ROLE_OPTIONS} defaultValue="editor" />
    </ActionForm>
  );
}

/** Withdraws an open invitation; the error (e.g. answered in the meantime) appears in the row. */
export function WithdrawInvitationButton({ districtId, invitationId, name }: { districtId: string; invitationId: string; name: string }) {
  const [state, action] = useActionState(withdrawInvitationAction, null);
  return (
    <div>
      <form
        action={action}
        className="inline-form"
        onSubmit={(event) => {
          if (!window.confirm(`Einladung für ${name} zurückziehen?`)) event.preventDefault();
        }}
      >
        <input type="hidden" name="districtId" value={districtId} />
        <input type="hidden" name="invitationId" value={invitationId} />
        <SubmitButton className="btn btn--secondary btn--small" label="Zurückziehen" accessibleLabel={`Einladung für ${name} zurückziehen`} />
      </form>
      <ActionError
        message={state && !state.ok ? (state.error.code === 'not_found' ? 'Die Einladung ist nicht mehr offen. Bitte laden Sie die Seite neu.' : state.error.message) : null}
      />
    </div>
  );
}

/** Role change and removal for one member row; errors (e.g. last coordinator) appear in the row. */
export function MemberRowActions({
  districtId,
  userId,
  name,
  role,
}: {
  districtId: string;
  userId: string;
  name: string;
  role: 'coordinator' | 'editor';
}) {
  const [roleState, roleAction] = useActionState(changeMemberRoleAction, null);
  const [removeState, removeAction] = useActionState(removeMemberAction, null);
  const error = (roleState && !roleState.ok && roleState.error.message) || (removeState && !removeState.ok && removeState.error.message);
  const otherRole = role === 'coordinator' ? 'editor' : 'coordinator';
  return (
    <div>
      <div className="form-actions" style={{ marginTop: 0 }}>
        <form action={roleAction} className="inline-form">
          <input type="hidden" name="districtId" value={districtId} />
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="role" value={otherRole} />
          <SubmitButton
            className="btn btn--secondary btn--small"
            label={otherRole === 'coordinator' ? 'Zur Koordination machen' : 'Zur Redaktion machen'}
            accessibleLabel={otherRole === 'coordinator' ? `${name} zur Koordination machen` : `${name} zur Redaktion machen`}
          />
        </form>
        <form
          action={removeAction}
          className="inline-form"
          onSubmit={(event) => {
            if (!window.confirm(`${name} wirklich aus der Kommune entfernen? Der Zugang endet sofort.`)) event.preventDefault();
          }}
        >
          <input type="hidden" name="districtId" value={districtId} />
          <input type="hidden" name="userId" value={userId} />
          <SubmitButton className="btn btn--danger btn--small" label="Entfernen" accessibleLabel={`${name} entfernen`} />
        </form>
      </div>
      <ActionError message={error || null} />
    </div>
  );
}
