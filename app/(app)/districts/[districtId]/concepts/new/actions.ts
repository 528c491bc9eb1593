'use server';

import { redirect } from 'next/navigation';
import { requireActor } from '@/app/_lib/session';
import { createConcept } from '@/lib/concepts/create-concept';
import { toActionResult, type ActionResult } from '@/lib/shared/action-result';

export async function createConceptAction(_state: ActionResult<{ id: string }> | null, formData: FormData) {
  const result = await toActionResult(async () => {
    const concept = await createConcept(await requireActor(), {
      districtId: formData.get('districtId'),
      title: formData.get('title'),
      templateId: formData.get('templateId'),
      responsible: formData.get('responsible'),
      facilityIds: formData.getAll('facilityIds'),
    });
    return { id: concept.id };
  });
  if (result.ok) redirect(`/concepts/${result.data.id}`);
  return result;
}
