import { getDb } from '../../db/client';
import { assertCan, assertPlatform, districtRelation, visibleDistrictIds, type Actor } from '../access';
import { AppError } from '../errors';
import { parseId } from '../shared/schemas';
import { countDistrictConcepts, findDistrict, listDistricts, listInactiveDistrictsOfUser } from './queries';

/** Every district, active or deactivated, with member counts and advisors. Platform administrators only. */
export async function listAllDistricts(actor: Actor) {
  assertPlatform(actor, 'district.manage');
  return listDistricts(getDb());
}

/** The active districts the actor works in or advises, each with the actor's relation. Anyone signed in. */
export async function listMyDistricts(actor: Actor) {
  const districts = await listDistricts(getDb(), { districtIds: visibleDistrictIds(actor) });
  return districts.filter((d) => d.is_active).map((d) => ({ ...d, relation: districtRelation(actor, d.id) }));
}

/**
 * The deactivated districts the actor belongs to or advises, by name, so the start page can
 * say why they are missing. Anyone signed in, about themselves only.
 */
export async function listMyDeactivatedDistricts(actor: Actor): Promise<Array<{ id: string; name: string }>> {
  return listInactiveDistrictsOfUser(getDb(), { userId: actor.userId });
}

/**
 * One active district, with the number of its concepts (a count only: administrators see
 * that concepts exist, never their contents). Throws not_found unless the actor may read it
 * (members, assigned advisors, admins) and the district is active.
 */
export async function getDistrict(actor: Actor, rawDistrictId: unknown) {
  const districtId = parseId(rawDistrictId);
  assertCan(actor, 'district.read', { districtId });
  const db = getDb();
  const [district, conceptCount] = await Promise.all([findDistrict(db, { districtId }), countDistrictConcepts(db, { districtId })]);
  if (!district || !district.is_active) throw new AppError('not_found');
  return { ...district, conceptCount, relation: districtRelation(actor, district.id) };
}

/** One district, active or deactivated, for its administration page. Platform administrators only. */
export async function getDistrictForAdmin(actor: Actor, rawDistrictId: unknown) {
  assertPlatform(actor, 'district.manage');
  const districtId = parseId(rawDistrictId);
  const db = getDb();
  const [district, conceptCount] = await Promise.all([findDistrict(db, { districtId }), countDistrictConcepts(db, { districtId })]);
  if (!district) throw new AppError('not_found');
  return { ...district, conceptCount };
}
