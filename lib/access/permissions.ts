import type { DistrictRole } from '../../db/types';
import { AppError } from '../errors';
import type { Actor } from './actor';

/**
 * One vocabulary for everything a user may do. District actions are checked
 * against a district; platform actions need no resource.
 */
export const DISTRICT_ACTIONS = [
  'district.read',
  'district.data.read',
  'district.data.edit',
  'member.read',
  'member.manage',
  /** Listing a district's concepts; advisors see the shared ones only. Actions on one concept: concept-rules.ts. */
  'concept.list',
  'concept.create',
  'audit.read',
] as const;
export type DistrictAction = (typeof DISTRICT_ACTIONS)[number];

export const PLATFORM_ACTIONS = ['district.manage', 'user.manage', 'assignment.manage', 'template.manage'] as const;
export type PlatformAction = (typeof PLATFORM_ACTIONS)[number];

/** How the actor relates to one district. `none` means the district does not exist for them. */
export type DistrictRelation = DistrictRole | 'advisor' | 'none';

const DISTRICT_RULES: Record<Exclude<DistrictRelation, 'none'>, ReadonlySet<DistrictAction>> = {
  // The coordination runs its district: every district action.
  coordinator: new Set(DISTRICT_ACTIONS),
  editor: new Set<DistrictAction>([
    'district.read',
    'district.data.read',
    'member.read',
    'concept.list',
  ]),
  // Advisors read and comment; they never write a district's text or data.
  advisor: new Set<DistrictAction>(['district.read', 'district.data.read', 'concept.list']),
};

export function districtRelation(actor: Actor, districtId: string): DistrictRelation {
  const membership = actor.memberships.find((m) => m.districtId === districtId);
  if (membership) return membership.role;
  if (actor.platformRole === 'advisor' && actor.advisorDistrictIds.includes(districtId)) return 'advisor';
  return 'none';
}

export type Decision = 'allow' | 'forbidden' | 'not_found';

/**
 * Pure rule: may this actor do this action in this district?
 * Platform administrators manage districts and accounts (including members)
 * but do not read a district's concepts: their content belongs to the district.
 */
export function decideDistrict(actor: Actor, action: DistrictAction, districtId: string): Decision {
  const relation = districtRelation(actor, districtId);
  if (relation === 'none') {
    if (actor.platformRole === 'admin' && ADMIN_DISTRICT_ACTIONS.has(action)) return 'allow';
    return 'not_found';
  }
  return DISTRICT_RULES[relation].has(action) ? 'allow' : 'forbidden';
}

const ADMIN_DISTRICT_ACTIONS: ReadonlySet<DistrictAction> = new Set(['district.read', 'member.read', 'member.manage']);

export function decidePlatform(actor: Actor, action: PlatformAction): Decision {
  void action;
  return actor.platformRole === 'admin' ? 'allow' : 'forbidden';
}

export function canInDistrict(actor: Actor, action: DistrictAction, districtId: string): boolean {
  return decideDistrict(actor, action, districtId) === 'allow';
}

/** Throws not_found for another district's data and forbidden for a missing right. */
export function assertCan(actor: Actor, action: DistrictAction, resource: { districtId: string }): void {
  const decision = decideDistrict(actor, action, resource.districtId);
  if (decision === 'not_found') throw new AppError('not_found');
  if (decision === 'forbidden') throw new AppError('forbidden');
}

export function assertPlatform(actor: Actor, action: PlatformAction): void {
  if (decidePlatform(actor, action) !== 'allow') throw new AppError('forbidden');
}

/** The districts an actor can see at all (members and assigned advisors). */
export function visibleDistrictIds(actor: Actor): string[] {
  const ids = new Set(actor.memberships.map((m) => m.districtId));
  if (actor.platformRole === 'advisor') for (const id of actor.advisorDistrictIds) ids.add(id);
  return [...ids];
}
