import { getDb } from '../../db/client';
import { assertCan, assertPlatform, districtRelation, visibleDistrictIds, type Actor } from '../access';
import { AppError } from '../errors';
import { parseId } from '../shared/schemas';
import { findDistrict, listDistricts } from './queries';

/** Every district with member counts and advisors. Platform administrators only. */
export async function listAllDistricts(actor: Actor) {
  assertPlatform(actor, 'district.manage');
  return listDistricts(getDb());
}

/** The districts the actor works in or advises, each with the actor's relation. Anyone signed in. */
export async function listMyDistricts(actor: Actor) {
  const districts = await listDistricts(getDb(), { districtIds: visibleDistrictIds(actor) });
  return districts.map((d) => ({ ...d, relation: districtRelation(actor, d.id) }));
}

/** One district. Throws not_found unless the actor may read it (members, assigned advisors, admins). */
export async function getDistrict(actor: Actor, rawDistrictId: unknown) {
  const districtId = parseId(rawDistrictId);
  assertCan(actor, 'district.read', { districtId });
  const district = await findDistrict(getDb(), { districtId });
  if (!district) throw new AppError('not_found');
  return { ...district, relation: districtRelation(actor, district.id) };
}
