import { z } from 'zod';
import type { Db } from '../../db/client';
import { DISTRICT_ROLES } from '../../db/types';
import { districtRelation, type Actor } from '../access';
import type { NotificationKind } from '../notifications/kinds';
import { notify } from '../notifications/notify';
import { listCoordinatorIds } from './queries';

export const roleSchema = z.enum(DISTRICT_ROLES, { error: 'Bitte wählen Sie eine Rolle.' });

/**
 * True when a platform administrator acts in a district they do not belong to. Such changes
 * are logged in the district's Protokoll and the coordinators are told: an administrator could
 * otherwise give an account of their own access to the district's concepts unnoticed.
 */
export function isAdminActing(actor: Actor, districtId: string): boolean {
  return actor.platformRole === 'admin' && districtRelation(actor, districtId) === 'none';
}

/**
 * Tells the district's active coordinators (and `alsoTell`, e.g. the person who invited) about a
 * change to the team, linking to the member list. Pass the use case's transaction.
 */
export async function notifyCoordinators(
  trx: Db,
  actor: Actor,
  district: { id: string; name: string },
  kind: NotificationKind,
  message: string,
  alsoTell: ReadonlyArray<string | null> = [],
) {
  const coordinators = await listCoordinatorIds(trx, { districtId: district.id });
  await notify(trx, {
    recipientIds: [...coordinators, ...alsoTell.filter((id): id is string => id !== null)],
    actorUserId: actor.userId,
    districtId: district.id,
    kind,
    message,
    link: `/districts/${district.id}/members`,
  });
}
