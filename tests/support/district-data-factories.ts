import { getDb } from '../../db/client';
import type { Actor } from '../../lib/access';
import { insertContact } from '../../lib/contacts/queries';
import type { ContactValues } from '../../lib/contacts/schemas';
import { insertFacility } from '../../lib/facilities/queries';
import type { FacilityValues } from '../../lib/facilities/schemas';
import { actorFor, buildAdvisor, buildDistrict, buildMember, buildUser, uniqueTag, type BuiltDistrict } from './factories';

/**
 * Factories for district data (facilities, contacts). Values are typed records
 * as the use cases receive them from code; form tests pass strings instead.
 */

export function facilityValues(overrides: Partial<FacilityValues> = {}): FacilityValues {
  return {
    name: `Gemeinschaftsunterkunft Test-${uniqueTag()}`,
    address: 'Teststraße 1, Musterstadt',
    type: 'Gemeinschaftsunterkunft',
    capacity: 100,
    occupancy: 80,
    operator: 'Testträger gGmbH',
    fteSocialWork: 2.5,
    fteManagement: 1,
    fteCaretaker: 1,
    fteSecurity: 4,
    staffWomen: 5,
    staffMen: 4,
    hasNightCover: true,
    nightCover: 'Sicherheitsdienst 22–6 Uhr',
    hasLockableRooms: true,
    hasSeparateSanitary: true,
    hasLighting: false,
    hasChildFriendlySpace: true,
    hasWomensRoom: false,
    isBarrierFree: false,
    note: null,
    ...overrides,
  };
}

export function contactValues(overrides: Partial<ContactValues> = {}): ContactValues {
  return {
    category: 'jugendamt',
    organisation: `Jugendamt Test-${uniqueTag()}`,
    phone: '05999 100-200',
    hours: 'Mo–Fr 8–16 Uhr',
    languages: 'Deutsch, Englisch',
    address: 'Am Markt 5, Musterstadt',
    note: null,
    lastVerifiedOn: null,
    isNationwide: false,
    ...overrides,
  };
}

/** A facility stored directly (no use case, no audit entry). */
export async function buildFacility(districtId: string, overrides: Partial<FacilityValues> = {}) {
  const values = facilityValues(overrides);
  const id = await insertFacility(getDb(), { districtId, userId: null, values });
  return { id, ...values };
}

/** A contact stored directly (no use case, no audit entry, no nationwide prefill). */
export async function buildContact(districtId: string, overrides: Partial<ContactValues> = {}) {
  const values = contactValues(overrides);
  const id = await insertContact(getDb(), { districtId, userId: null, values });
  return { id, ...values };
}

export interface DistrictTeam {
  district: BuiltDistrict;
  coordinatorId: string;
  coordinator: Actor;
  editor: Actor;
  advisor: Actor;
  /** A coordinator of another district. */
  foreignCoordinator: Actor;
  /** Signed in, but no relation to any district. */
  outsider: Actor;
}

/** A district with one person of each relation, plus a foreign coordinator and an outsider. */
export async function buildDistrictTeam(): Promise<DistrictTeam> {
  const district = await buildDistrict();
  const coordinatorUser = await buildMember(district.id, 'coordinator');
  const [editorUser, advisorUser, foreignUser, outsiderUser] = await Promise.all([
    buildMember(district.id, 'editor'),
    buildAdvisor([district.id]),
    buildDistrict().then((other) => buildMember(other.id, 'coordinator')),
    buildUser(),
  ]);
  const [coordinator, editor, advisor, foreignCoordinator, outsider] = await Promise.all(
    [coordinatorUser, editorUser, advisorUser, foreignUser, outsiderUser].map((u) => actorFor(u.id)),
  );
  return { district, coordinatorId: coordinatorUser.id, coordinator: coordinator!, editor: editor!, advisor: advisor!, foreignCoordinator: foreignCoordinator!, outsider: outsider! };
}
