import type { Actor } from '../access';

/**
 * The actor the export command line uses. The CLI is local admin tooling: whoever
 * runs it already holds the database (DATABASE_URL or the data folder), so a
 * sign-in would protect nothing. It still goes through the same use case and
 * permission check as the web download, with an actor built explicitly for the
 * one district of the requested concept and with the narrowest relation that may
 * export every concept of it, shared with the advisors or not: a member of the
 * editorial team. The export writes nothing, so its made-up user id never reaches a
 * foreign key. The advisor's Stellungnahme is addressed to the district's coordination: for it the
 * command line acts as a coordinator (`role`).
 */
export function cliExportActor(districtId: string, role: 'editor' | 'coordinator' = 'editor'): Actor {
  return {
    userId: '00000000-0000-4000-8000-00000000c11e',
    email: 'kommandozeile@localhost',
    displayName: 'Kommandozeile (npm run export)',
    platformRole: 'user',
    mustChangePassword: false,
    memberships: [{ districtId, role }],
    advisorDistrictIds: [],
  };
}
