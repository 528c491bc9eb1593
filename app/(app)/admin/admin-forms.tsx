'use client';

import { useActionState } from 'react';
import { ActionError, ActionForm, Field, SubmitButton } from '../../_components/action-form';
import { OneTimeSecret } from '../../_components/one-time-secret';
import { PLATFORM_ROLE_LABELS } from '../../_lib/format';
import {
  assignAdvisorAction,
  createDistrictAction,
  createUserAction,
  resetPasswordAction,
  setDistrictActiveAction,
  setUserActiveAction,
  updateDistrictAction,
  unassignAdvisorAction,
} from './actions';

type Option = { value: string; label: string };

export function CreateDistrictForm({ kinds, states }: { kinds: readonly string[]; states: readonly string[] }) {
  return (
    <ActionForm action={createDistrictAction} submitLabel="Kommune anlegen" renderSuccess={(d) => <p>{d.name} wurde angelegt.</p>}>
      <Field name="name" label="Name der Kommune" hint="So, wie er im Konzept erscheinen soll, z. B. „Landkreis Musterland“." />
      <div className="form-row">
        <Field name="kind" label="Art" type="select" options={kinds.map((k) => ({ value: k, label: k }))} />
        <Field name="state" label="Bundesland" type="select" options={states.map((s) => ({ value: s, label: s }))} />
      </div>
    </ActionForm>
  );
}

export function EditDistrictForm({
  district,
  kinds,
  states,
}: {
  district: { id: string; name: string; kind: string; state: string };
  kinds: readonly string[];
  states: readonly string[];
}) {
  return (
    <ActionForm
      action={updateDistrictAction}
      submitLabel="Änderungen speichern"
      resetOnSuccess={false}
      renderSuccess={(d) => <p>{d.changed ? `Gespeichert: ${d.name}.` : 'Keine Änderung – es wurde nichts gespeichert.'}</p>}
    >
      <input type="hidden" name="districtId" value={district.id} />
      <Field name="name" label="Name der Kommune" defaultValue={district.name} />
      <div className="form-row">
        <Field name="kind" label="Art" type="select" defaultValue={district.kind} options={kinds.map((k) => ({ value: k, label: k }))} />
        <Field name="state" label="Bundesland" type="select" defaultValue={district.state} options={states.map((s) => ({ value: s, label: s }))} />
      </div>
    </ActionForm>
  );
}

/** Deactivates (after asking) or reactivates a district; the page shows the new state after the action. */
export function DistrictActiveForm({ districtId, name, isActive }: { districtId: string; name: string; isActive: boolean }) {
  const [state, action] = useActionState(setDistrictActiveAction, null);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (isActive && !window.confirm(`„${name}“ wirklich deaktivieren? Niemand kann danach in dieser Kommune arbeiten, bis sie wieder aktiviert ist.`)) {
          event.preventDefault();
        }
      }}
    >
      <input type="hidden" name="districtId" value={districtId} />
      <input type="hidden" name="isActive" value={String(!isActive)} />
      <ActionError message={state && !state.ok ? state.error.message : null} />
      <SubmitButton
        className={isActive ? 'btn btn--danger' : 'btn'}
        label={isActive ? 'Kommune deaktivieren' : 'Kommune wieder aktivieren'}
      />
    </form>
  );
}

export function AssignAdvisorForm({ advisors, districts }: { advisors: Option[]; districts: Option[] }) {
  return (
    <ActionForm action={assignAdvisorAction} submitLabel="Zuordnen" renderSuccess={() => <p>Die Zuordnung gilt ab sofort.</p>}>
      <div className="form-row">
        <Field name="userId" label="Beratung" type="select" options={advisors} />
        <Field name="districtId" label="Kommune" type="select" options={districts} />
      </div>
    </ActionForm>
  );
}

export function UnassignButton({ userId, districtId, accessibleLabel }: { userId: string; districtId: string; accessibleLabel: string }) {
  const [state, action] = useActionState(unassignAdvisorAction, null);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="districtId" value={districtId} />
      <SubmitButton className="btn btn--secondary btn--small" label="Aufheben" accessibleLabel={accessibleLabel} />
      {state && !state.ok && (
        <span role="alert" className="error">
          {state.error.message}
        </span>
      )}
    </form>
  );
}

export function CreateUserForm() {
  return (
    <ActionForm
      action={createUserAction}
      submitLabel="Konto anlegen"
      renderSuccess={(d) => <OneTimeSecret who={`${d.displayName} (${d.email})`} password={d.initialPassword} />}
    >
      <div className="form-row">
        <Field name="displayName" label="Name" autoComplete="off" />
        <Field name="email" label="E-Mail-Adresse" type="email" autoComplete="off" />
      </div>
      <Field
        name="platformRole"
        label="Kontoart"
        type="select"
        hint="Mitarbeitende einer Kommune laden Sie besser direkt in der Mitgliederliste der Kommune ein."
        options={(['advisor', 'admin', 'user'] as const).map((role) => ({ value: role, label: PLATFORM_ROLE_LABELS[role] }))}
      />
    </ActionForm>
  );
}

export function UserRowActions({ userId, name, isActive }: { userId: string; name: string; isActive: boolean }) {
  const [activeState, activeAction] = useActionState(setUserActiveAction, null);
  const [resetState, resetAction] = useActionState(resetPasswordAction, null);
  const error = (activeState && !activeState.ok && activeState.error.message) || (resetState && !resetState.ok && resetState.error.message);
  return (
    <div>
      <div className="form-actions" style={{ marginTop: 0 }}>
        <form action={activeAction} className="inline-form">
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="isActive" value={String(!isActive)} />
          <SubmitButton
            className={isActive ? 'btn btn--danger btn--small' : 'btn btn--secondary btn--small'}
            label={isActive ? 'Deaktivieren' : 'Aktivieren'}
            accessibleLabel={isActive ? `${name} deaktivieren` : `${name} aktivieren`}
          />
        </form>
        <form action={resetAction} className="inline-form">
          <input type="hidden" name="userId" value={userId} />
          <SubmitButton className="btn btn--secondary btn--small" label="Neues Passwort" accessibleLabel={`Neues Passwort für ${name}`} />
        </form>
      </div>
      <div aria-live="polite">
        {error && (
          <p className="alert alert--error" role="alert">
            {error}
          </p>
        )}
        {resetState?.ok && (
          <div className="alert alert--success">
            <OneTimeSecret who={name} password={resetState.data.initialPassword} />
          </div>
        )}
      </div>
    </div>
  );
}
