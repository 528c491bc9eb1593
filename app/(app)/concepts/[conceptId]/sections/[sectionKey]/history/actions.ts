'use server';

import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';
import { restoreRevision } from '@/lib/sections/revisions';
import { toActionResult, type ActionResult } from '@/lib/shared/action-result';

export async function restoreRevisionAction(_state: ActionResult<{ revision: number }> | null, formData: FormData) {
  const result = await toActionResult(async () =>
    restoreRevision(await requireActor(), { sectionId: formData.get('sectionId'), revision: formData.get('revision') }),
  );
  if (result.ok) redirect(`${String(formData.get('returnTo'))}?wiederhergestellt=${formData.get('revision')}`);
  return result;
}
