import type { Actor } from '@/lib/access';
import { getDistrict } from '@/lib/districts/list-districts';
import { listFacilities } from '@/lib/facilities/list-facilities';
import { listTemplates } from '@/lib/templates';
import { loadOrNotFound, requirePageRight } from '../../../../../_lib/guard';

/**
 * What both ways of creating a concept (from the template, from a Word file) offer: the district,
 * the latest templates, the district's facilities and a suggested title. Not found and forbidden
 * end the page as everywhere else.
 */
export async function loadNewConceptForm(actor: Actor, districtId: string) {
  const [district, facilities] = await loadOrNotFound(() => Promise.all([getDistrict(actor, districtId), listFacilities(actor, districtId)]));
  requirePageRight(actor, 'concept.create', district.id);
  const templates = listTemplates()
    .filter((t) => t.latest)
    .map((t) => ({ value: t.id, label: `${t.title} (Version ${t.version})` }));
  return {
    district,
    form: {
      districtId: district.id,
      defaultTitle: `Gewaltschutzkonzept für die Gemeinschaftsunterkünfte – ${district.name}`,
      templates,
      facilities: facilities.map((f) => ({ id: f.id, name: f.name, capacity: f.capacity })),
    },
  };
}
