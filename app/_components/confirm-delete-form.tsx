'use client';

import { useActionState } from 'react';
import type { ActionResult } from '@/lib/shared/action-result';
import { ActionError, SubmitButton } from './action-form';

/**
 * A delete button that asks first and shows the action's German error (e.g. „still in a concept's
 * scope“) right above it. `fields` go along as hidden inputs; on success the action redirects.
 * The accessible name starts with the visible label and adds the object's name („Unterkunft
 * löschen: „Am Lindenhof““): speech-input users say what they see (WCAG 2.5.3 Label in Name).
 */
export function ConfirmDeleteForm({
  action,
  fields,
  question,
  label,
  objectName,
}: {
  action: (state: ActionResult<null> | null, formData: FormData) => Promise<ActionResult<null>>;
  fields: Record<string, string>;
  question: string;
  label: string;
  objectName: string;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(question)) event.preventDefault();
      }}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ActionError message={state && !state.ok ? state.error.message : null} />
      <SubmitButton className="btn btn--danger" label={label} accessibleLabel={deleteButtonName(label, objectName)} />
    </form>
  );
}

/** The delete button's accessible name: the visible label first, then which object. */
export function deleteButtonName(label: string, objectName: string): string {
  return `${label}: „${objectName}“`;
}
