'use client';

import { useEffect } from 'react';
import { ActionForm, Field } from '../../_components/action-form';
import { signOutTo } from '../../_lib/sign-out';
import { changePasswordAction } from './actions';

/** After a change every session ends (also this one), so we sign out and ask for the new password. */
function SignOutAfterChange() {
  useEffect(() => {
    const timer = setTimeout(() => void signOutTo('/login?passwort=1'), 1500);
    return () => clearTimeout(timer);
  }, []);
  return <p>Ihr Passwort wurde geändert. Sie werden abgemeldet und können sich gleich mit dem neuen Passwort anmelden.</p>;
}

export function PasswordForm({ minLength }: { minLength: number }) {
  return (
    <ActionForm
      action={changePasswordAction}
      submitLabel="Passwort ändern"
      renderSuccess={() => <SignOutAfterChange />}
    >
      <Field name="currentPassword" label="Bisheriges Passwort" type="password" autoComplete="current-password" />
      <Field
        name="newPassword"
        label="Neues Passwort"
        type="password"
        autoComplete="new-password"
        hint={`Mindestens ${minLength} Zeichen. Ein Satz aus mehreren Wörtern ist sicher und gut zu merken.`}
      />
      <Field name="confirmPassword" label="Neues Passwort wiederholen" type="password" autoComplete="new-password" />
    </ActionForm>
  );
}
