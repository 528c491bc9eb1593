'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/app/_lib/session';
import { dismissImportSummary } from '@/lib/import/dismiss-import-summary';
import { toActionResult, type ActionResult } from '@/lib/shared/action-result';

/** „Zusammenfassung ausblenden“ on the concept page after a Word import. */
export async function dismissImportSummaryAction(_state: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const conceptId = formData.get('conceptId');
  const result = await toActionResult(async () => {
    await dismissImportSummary(await requireActor(), conceptId);
    return undefined;
  });
  if (result.ok && typeof conceptId === 'string') revalidatePath(`/concepts/${conceptId}`);
  return result;
}
