import { getDb } from '../../db/client';
import type { Actor } from '../access';
import { loadDistrict, type DistrictHeader } from '../districts/load-district';
import { listDistrictFacilities } from '../facilities/queries';
import { listTemplates } from '../templates';

/** What both ways of creating a concept (from the template, from a Word file) offer. */
export interface NewConceptForm {
  district: DistrictHeader;
  form: {
    districtId: string;
    defaultTitle: string;
    /** The latest version of each template. */
    templates: Array<{ value: string; label: string }>;
    /** The district's facilities, for the scope (Geltungsbereich). */
    facilities: Array<{ id: string; name: string; capacity: number }>;
  };
}

/**
 * The form for a new concept: the latest templates, the district's facilities and a suggested
 * title. Members of the district and its assigned advisors ('district.data.read'); only the
 * coordination may use it, which the page states and createConcept checks. Throws not_found for
 * another district.
 */
export async function getNewConceptForm(actor: Actor, districtId: unknown): Promise<NewConceptForm> {
  const db = getDb();
  const district = await loadDistrict(db, actor, districtId, 'district.data.read');
  const facilities = await listDistrictFacilities(db, { districtId: district.id });
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
