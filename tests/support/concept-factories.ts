import { createConcept } from '@/lib/concepts/create-concept';
import { getDb } from '@/db/client';
import { findSectionByKey } from '@/lib/sections/queries';
import type { Actor } from '@/lib/access';
import type { TiptapDoc } from '@/lib/editor/types';

/** A concept from the default template, created by the given coordinator. */
export async function buildConcept(coordinator: Actor, districtId: string, overrides: { facilityIds?: string[]; title?: string } = {}) {
  return createConcept(coordinator, {
    districtId,
    title: overrides.title ?? 'Gewaltschutzkonzept Testkreis',
    templateId: 'gewaltschutz-gu',
    responsible: 'Fachdienst Soziales',
    facilityIds: overrides.facilityIds ?? [],
  });
}

export async function sectionOf(conceptId: string, key: string) {
  const section = await findSectionByKey(getDb(), { conceptId, key });
  if (!section) throw new Error(`Section ${key} missing`);
  return section;
}

/** A document with one paragraph per argument. */
export function doc(...paragraphs: string[]): TiptapDoc {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })),
  };
}

/** „Für die Beratung freigeben“ by the district's coordinator: the assigned advisors may read and comment. */
export async function shareWithAdvisors(coordinator: Actor, conceptId: string) {
  const { shareConcept } = await import('@/lib/workflow/share-concept');
  await shareConcept(coordinator, { conceptId });
}
