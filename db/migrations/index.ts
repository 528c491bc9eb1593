import type { Migration } from 'kysely';
import * as m0001 from './2026-11-25-0001-tenancy';

/**
 * Every migration, by name. Listed statically (not read from disk) so that the
 * same list works in `next build` output, tsx scripts and jest. Names sort by date.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-25-0001-tenancy': m0001,
};
