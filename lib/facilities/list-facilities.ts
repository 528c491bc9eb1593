import { getDb } from '../../db/client';
import { canInDistrict, type Actor } from '../access';
import { loadDistrict, type DistrictHeader } from '../districts/load-district';
import { AppError } from '../errors';
import { parseId } from '../shared/schemas';
import { findFacility, listDistrictFacilities, type Facility } from './queries';

/** The district's facilities page. */
export interface FacilityOverview {
  district: DistrictHeader;
  /** By name. */
  facilities: Facility[];
  /** Whether the actor may add, change and delete facilities (the coordination). */
  canEdit: boolean;
}

/** The page of one facility (its form). */
export interface FacilityPage {
  district: DistrictHeader;
  facility: Facility;
}

/**
 * The district's facilities, by name. Members of the district and its assigned advisors
 * ('district.data.read'); anyone else gets not_found.
 */
export async function getFacilityOverview(actor: Actor, districtId: unknown): Promise<FacilityOverview> {
  const db = getDb();
  const district = await loadDistrict(db, actor, districtId, 'district.data.read');
  const facilities = await listDistrictFacilities(db, { districtId: district.id });
  return { district, facilities, canEdit: canInDistrict(actor, 'district.data.edit', district.id) };
}

/**
 * One facility of the district. Same readers as the overview. Throws not_found for another
 * district's facility, also when its id is passed with one's own district.
 */
export async function getFacility(actor: Actor, input: { districtId: unknown; facilityId: unknown }): Promise<FacilityPage> {
  const db = getDb();
  const facilityId = parseId(input.facilityId);
  const district = await loadDistrict(db, actor, input.districtId, 'district.data.read');
  const facility = await findFacility(db, { districtId: district.id, facilityId });
  if (!facility) throw new AppError('not_found');
  return { district, facility };
}
