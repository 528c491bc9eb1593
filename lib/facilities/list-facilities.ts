import { getDb } from '../../db/client';
import { assertCan, type Actor } from '../access';
import { AppError } from '../errors';
import { parseId } from '../shared/schemas';
import { findFacility, listDistrictFacilities, type Facility } from './queries';

/**
 * The district's facilities, by name. Members of the district and its assigned
 * advisors ('district.data.read'); anyone else gets not_found.
 */
export async function listFacilities(actor: Actor, rawDistrictId: unknown): Promise<Facility[]> {
  const districtId = parseId(rawDistrictId);
  assertCan(actor, 'district.data.read', { districtId });
  return listDistrictFacilities(getDb(), { districtId });
}

/**
 * One facility of the district. Same readers as listFacilities. Throws not_found
 * for another district's facility, also when its id is passed with one's own district.
 */
export async function getFacility(actor: Actor, input: { districtId: unknown; facilityId: unknown }): Promise<Facility> {
  const districtId = parseId(input.districtId);
  const facilityId = parseId(input.facilityId);
  assertCan(actor, 'district.data.read', { districtId });
  const facility = await findFacility(getDb(), { districtId, facilityId });
  if (!facility) throw new AppError('not_found');
  return facility;
}
