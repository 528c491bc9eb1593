'use server';

import { redirect } from 'next/navigation';
import { requireActor } from '@/app/_lib/session';
import { restoreRevision } from '@/lib/sections/revisions';
import { toActionResult, type ActionResult } from '@/lib/shared/action-result';
import { safeReturnPath } from '../../../../../../_lib/safe-return-path';

export async function restoreRevisionAction(_state: ActionResult<{ revision: number }> | null, formData: FormData) {
  const result = await toActionResult(async () =>
    restoreRevision(await requireActor(), { sectionId: formData.get('sectionId'), revision: formData.get('revision') }),
  );
  // The revision was valid (the restore succeeded); the return path is checked like any redirect target.
  if (result.ok) redirect(`${safeReturnPath(formData.get('returnTo'))}?wiederhergestellt=${Number(formData.get('revision'))}`);
  return result;
}
