'use client';

import { useActionState } from 'react';
import { ActionForm, Field, SubmitButton } from '../../../../_components/action-form';
import { OneTimeSecret } from '../../../../_components/one-time-secret';
import { addMemberAction, changeMemberRoleAction, removeMemberAction } from './actions';

const ROLE_OPTIONS = [
  { value: 'editor', label: 'Redaktion – schreibt Abschnitte' },
  { value: 'coordinator', label: 'Koordination – verwaltet Konzepte, Mitglieder und Daten' },
] as const;

export function AddMemberForm({ districtId }: { districtId: string }) {
  return (
    <ActionForm
      action={addMemberAction}
      submitLabel="Mitglied aufnehmen"
      renderSuccess={(data) =>
        data.initialPassword ? (
          <OneTimeSecret who={`${data.displayName} (${data.email})`} password={data.initialPassword} />
        ) : (
          <p>
            Für {data.email} gab es bereits ein Konto; die Person ist jetzt Mitglied und meldet sich mit ihrem bisherigen
            Passwort an.
          </p>
        )
      }
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
      <div aria-live="polite">
        {error && (
          <p className="alert alert--error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
