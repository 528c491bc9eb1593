import { getDb } from '../../db/client';
import type { Bundesland, DistrictKind } from '../../db/types';
import { assertPlatform, districtRelation, visibleDistrictIds, type Actor, type DistrictRelation } from '../access';
import { AppError } from '../errors';
import { parseId } from '../shared/schemas';
import { loadDistrict, type DistrictHeader } from './load-district';
import { listUsersWithLinks } from '../users/queries';
import { countDistrictConcepts, findDistrict, listDistricts, listInactiveDistrictsOfUser } from './queries';

/** A district on the administration's list. */
export interface AdministeredDistrict {
  id: string;
  name: string;
  kind: DistrictKind;
  state: Bundesland;
  isActive: boolean;
  memberCount: number;
  /** The advisor accounts assigned to it, by name. */
  advisors: Array<{ id: string; displayName: string }>;
}

/** The administration's page of districts. */
export interface DistrictAdministration {
  /** Every district, active or deactivated, by name. */
  districts: AdministeredDistrict[];
  /** Every advisor account, for assigning one to a district. */
  advisors: Array<{ id: string; displayName: string; email: string }>;
}

/**
 * Every district, active or deactivated, with member counts and assigned advisors, and the
 * advisor accounts that can be assigned. Platform administrators only.
 */
export async function getDistrictAdministration(actor: Actor): Promise<DistrictAdministration> {
  assertPlatform(actor, 'district.manage');
  const db = getDb();
  const [districts, users] = await Promise.all([listDistricts(db), listUsersWithLinks(db)]);
  const advisors = users.filter((u) => u.platform_role === 'advisor');
  return {
    districts: districts.map((d) => ({
      id: d.id,
      name: d.name,
      kind: d.kind,
      state: d.state,
      isActive: d.is_active,
      memberCount: Number(d.member_count ?? 0),
      advisors: advisors.filter((a) => a.assignments.some((x) => x.district_id === d.id)).map((a) => ({ id: a.id, displayName: a.display_name })),
    })),
    advisors: advisors.map((a) => ({ id: a.id, displayName: a.display_name, email: a.email })),
  };
}

/** The administration's start page: how many districts and accounts there are. */
export interface PlatformOverview {
  activeDistricts: number;
  /** Active districts without an assigned advisor. */
  activeDistrictsWithoutAdvisor: number;
  inactiveDistricts: number;
  accounts: number;
  advisorAccounts: number;
  inactiveAccounts: number;
}

/** Counts of districts and accounts for the administration's start page. Platform administrators only. */
export async function getPlatformOverview(actor: Actor): Promise<PlatformOverview> {
  assertPlatform(actor, 'district.manage');
  assertPlatform(actor, 'user.manage');
  const db = getDb();
  const [districts, users] = await Promise.all([listDistricts(db), listUsersWithLinks(db)]);
  const active = districts.filter((d) => d.is_active);
  return {
    activeDistricts: active.length,
    activeDistrictsWithoutAdvisor: active.filter((d) => !d.advisor_names).length,
    inactiveDistricts: districts.length - active.length,
    accounts: users.length,
    advisorAccounts: users.filter((u) => u.platform_role === 'advisor').length,
    inactiveAccounts: users.filter((u) => !u.is_active).length,
  };
}

/** A district on the start page and the account page: what it is and the actor's role there. */
export interface MyDistrict {
  id: string;
  name: string;
  kind: DistrictKind;
  state: Bundesland;
  relation: DistrictRelation;
}

/** The active districts the actor works in or advises, each with the actor's relation. Anyone signed in. */
export async function listMyDistricts(actor: Actor): Promise<MyDistrict[]> {
  const districts = await listDistricts(getDb(), { districtIds: visibleDistrictIds(actor) });
  return districts
    .filter((d) => d.is_active)
    .map((d) => ({ id: d.id, name: d.name, kind: d.kind, state: d.state, relation: districtRelation(actor, d.id) }));
}

/**
 * The deactivated districts the actor belongs to or advises, by name, so the start page can
 * say why they are missing. Anyone signed in, about themselves only.
 */
export async function listMyDeactivatedDistricts(actor: Actor): Promise<Array<{ id: string; name: string }>> {
  return listInactiveDistrictsOfUser(getDb(), { userId: actor.userId });
}

/**
 * One active district as its pages name it (header, breadcrumbs). Throws not_found unless the
 * actor may read it (members, assigned advisors, admins) and the district is active.
 */
export async function getDistrict(actor: Actor, districtId: unknown): Promise<DistrictHeader> {
  return loadDistrict(getDb(), actor, districtId, 'district.read');
}

/** A district's administration page. */
export interface DistrictForAdmin {
  id: string;
  name: string;
  kind: DistrictKind;
  state: Bundesland;
  isActive: boolean;
  createdAt: Date;
  /** A count only: administrators never read concept contents. */
  conceptCount: number;
}

/** One district, active or deactivated, for its administration page. Platform administrators only. */
export async function getDistrictForAdmin(actor: Actor, rawDistrictId: unknown): Promise<DistrictForAdmin> {
  assertPlatform(actor, 'district.manage');
  const districtId = parseId(rawDistrictId);
  const db = getDb();
  const [district, conceptCount] = await Promise.all([findDistrict(db, { districtId }), countDistrictConcepts(db, { districtId })]);
  if (!district) throw new AppError('not_found');
  return {
    id: district.id,
    name: district.name,
    kind: district.kind,
    state: district.state,
    isActive: district.is_active,
    createdAt: district.created_at,
    conceptCount,
  };
}
