import type { Db } from '../../db/client';
import type { Bundesland, DistrictKind } from '../../db/types';
import { assertCan, districtRelation, type Actor, type DistrictAction, type DistrictRelation } from '../access';
import { AppError } from '../errors';
import { parseId } from '../shared/schemas';
import { findDistrict } from './queries';

/** A district as its pages name it in the header and breadcrumbs. */
export interface DistrictHeader {
  id: string;
  name: string;
  kind: DistrictKind;
  state: Bundesland;
  /** How the actor relates to the district (`none`: an administrator acting on it). */
  relation: DistrictRelation;
}

/**
 * An active district the actor may use for `action`, for the use case that names the action.
 * Another district, one that does not exist and a deactivated one answer not_found; a missing
 * right inside the actor's own district answers forbidden.
 */
export async function loadDistrict(db: Db, actor: Actor, rawDistrictId: unknown, action: DistrictAction): Promise<DistrictHeader> {
  const districtId = parseId(rawDistrictId);
  assertCan(actor, action, { districtId });
  const district = await findDistrict(db, { districtId });
  if (!district || !district.is_active) throw new AppError('not_found');
  return { id: district.id, name: district.name, kind: district.kind, state: district.state, relation: districtRelation(actor, district.id) };
}
