import { getDb } from '../../db/client';
import { assertPlatform, type Actor } from '../access';
import { listUsersWithLinks } from './queries';

/** All accounts with their memberships and advisor assignments. Platform administrators only. */
export async function listUsers(actor: Actor) {
  assertPlatform(actor, 'user.manage');
  return listUsersWithLinks(getDb());
}
