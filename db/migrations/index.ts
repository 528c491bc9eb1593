import type { Migration } from 'kysely';
import * as m0001 from './2026-11-25-0001-tenancy';
import * as m0002 from './2026-11-25-0002-concepts';
import * as m0003 from './2026-11-25-0003-district-data';
import * as m0004 from './2026-11-25-0004-concept-facilities';
import * as m0005 from './2026-11-25-0005-keep-facilities-in-scope';
import * as m0006 from './2026-11-27-0006-session-generation';
import * as m0007 from './2026-11-27-0007-notifications-invitations';
import * as m0008 from './2026-11-27-0008-review-loop';
import * as m0009 from './2026-11-27-0009-district-forms';
import * as m0011 from './2026-11-27-0011-docx-import';
import * as m0012 from './2026-11-28-0012-facility-contact-categories';

/**
 * Every migration, by name. Listed statically (not read from disk) so that the
 * same list works in `next build` output, tsx scripts and jest. Names sort by date.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-25-0001-tenancy': m0001,
  '2026-11-25-0002-concepts': m0002,
  '2026-11-25-0003-district-data': m0003,
  '2026-11-25-0004-concept-facilities': m0004,
  '2026-11-25-0005-keep-facilities-in-scope': m0005,
  '2026-11-27-0006-session-generation': m0006,
  '2026-11-27-0007-notifications-invitations': m0007,
  '2026-11-27-0008-review-loop': m0008,
  '2026-11-27-0009-district-forms': m0009,
  '2026-11-27-0011-docx-import': m0011,
  '2026-11-28-0012-facility-contact-categories': m0012,
};
