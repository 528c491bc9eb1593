import type { Actor } from '../../lib/access';
import {
  DISTRICT_ACTIONS,
  PLATFORM_ACTIONS,
  assertCan,
  assertPlatform,
  canInDistrict,
  decideDistrict,
  decidePlatform,
  visibleDistrictIds,
  type Decision,
  type DistrictAction,
  type PlatformAction,
} from '../../lib/access';
import { HOME, OTHER, actor } from '../support/plain-actor';

const THIRD = '33333333-3333-4333-8333-333333333333';

/** Everyone is judged against the district HOME. */
const ROLES = {
  coordinator: actor({ memberships: [{ districtId: HOME, role: 'coordinator' }] }),
  editor: actor({ memberships: [{ districtId: HOME, role: 'editor' }] }),
  'assigned advisor': actor({ platformRole: 'advisor', advisorDistrictIds: [HOME] }),
  'unassigned advisor': actor({ platformRole: 'advisor', advisorDistrictIds: [OTHER] }),
  'coordinator of another district': actor({ memberships: [{ districtId: OTHER, role: 'coordinator' }] }),
  admin: actor({ platformRole: 'admin' }),
} satisfies Record<string, Actor>;
type RoleName = keyof typeof ROLES;
const ROLE_COLUMNS = Object.keys(ROLES) as RoleName[];

const A: Decision = 'allow';
const F: Decision = 'forbidden';
const N: Decision = 'not_found';

// Written out in full on purpose: any change to a rule must change this table.
// Columns follow ROLE_COLUMNS: coordinator, editor, assigned advisor, unassigned advisor,
// coordinator of another district, admin.
const DISTRICT_TABLE: ReadonlyArray<[DistrictAction, Decision, Decision, Decision, Decision, Decision, Decision]> = [
  //                      coord editor advisor unassigned other admin
  ['district.read',         A,    A,     A,      N,        N,    A],
  ['district.data.read',    A,    A,     A,      N,        N,    N],
  ['district.data.edit',    A,    F,     F,      N,        N,    N],
  ['member.read',           A,    A,     F,      N,        N,    A],
  ['member.manage',         A,    F,     F,      N,        N,    A],
  ['concept.list',          A,    A,     A,      N,        N,    N],
  ['concept.create',        A,    F,     F,      N,        N,    N],
  ['audit.read',            A,    F,     F,      N,        N,    N],
];

const districtRows = DISTRICT_TABLE.flatMap(([action, ...decisions]) =>
  ROLE_COLUMNS.map((role, i) => ({ role, action, expected: decisions[i]! })),
);

describe('district permissions (role × action)', () => {
  it('the table covers every district action exactly once', () => {
    expect(DISTRICT_TABLE.map(([action]) => action).sort()).toEqual([...DISTRICT_ACTIONS].sort());
  });

  it.each(districtRows)('$role → $action: $expected', ({ role, action, expected }) => {
    expect(decideDistrict(ROLES[role], action, HOME)).toBe(expected);
    expect(canInDistrict(ROLES[role], action, HOME)).toBe(expected === 'allow');
  });

  it.each(districtRows)('assertCan: $role → $action throws the matching code', ({ role, action, expected }) => {
    const attempt = () => assertCan(ROLES[role], action, { districtId: HOME });
    if (expected === 'allow') expect(attempt).not.toThrow();
    else expect(attempt).toThrow(expect.objectContaining({ name: 'AppError', code: expected }));
  });

  it('a coordinator has no rights in a district they do not belong to', () => {
    for (const action of DISTRICT_ACTIONS) expect(decideDistrict(ROLES.coordinator, action, OTHER)).toBe('not_found');
  });

  it('advisor assignments count only for accounts with the advisor role', () => {
    const staffWithStrayAssignment = actor({ platformRole: 'user', advisorDistrictIds: [HOME] });
    for (const action of DISTRICT_ACTIONS) expect(decideDistrict(staffWithStrayAssignment, action, HOME)).toBe('not_found');
  });

  it('the role in each district decides, not the strongest role anywhere', () => {
    const mixed = actor({
      memberships: [
        { districtId: HOME, role: 'editor' },
        { districtId: OTHER, role: 'coordinator' },
      ],
    });
    expect(decideDistrict(mixed, 'member.manage', HOME)).toBe('forbidden');
    expect(decideDistrict(mixed, 'member.manage', OTHER)).toBe('allow');
  });
});

const PLATFORM_ROLES_UNDER_TEST = {
  coordinator: ROLES.coordinator,
  editor: ROLES.editor,
  advisor: ROLES['assigned advisor'],
  admin: ROLES.admin,
};

// Columns: coordinator, editor, advisor, admin.
const PLATFORM_TABLE: ReadonlyArray<[PlatformAction, Decision, Decision, Decision, Decision]> = [
  //                     coord editor advisor admin
  ['district.manage',      F,    F,     F,     A],
  ['user.manage',          F,    F,     F,     A],
  ['assignment.manage',    F,    F,     F,     A],
  ['template.manage',      F,    F,     F,     A],
];

const platformRows = PLATFORM_TABLE.flatMap(([action, ...decisions]) =>
  (Object.keys(PLATFORM_ROLES_UNDER_TEST) as Array<keyof typeof PLATFORM_ROLES_UNDER_TEST>).map((role, i) => ({
    role,
    action,
    expected: decisions[i]!,
  })),
);

describe('platform permissions (role × action)', () => {
  it('the table covers every platform action exactly once', () => {
    expect(PLATFORM_TABLE.map(([action]) => action).sort()).toEqual([...PLATFORM_ACTIONS].sort());
  });

  it.each(platformRows)('$role → $action: $expected', ({ role, action, expected }) => {
    const subject = PLATFORM_ROLES_UNDER_TEST[role];
    expect(decidePlatform(subject, action)).toBe(expected);
    const attempt = () => assertPlatform(subject, action);
    if (expected === 'allow') expect(attempt).not.toThrow();
    else expect(attempt).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });
});

describe('visibleDistrictIds', () => {
  it('lists every district a staff member belongs to, whatever the role', () => {
    const staff = actor({
      memberships: [
        { districtId: HOME, role: 'coordinator' },
        { districtId: OTHER, role: 'editor' },
      ],
    });
    expect(visibleDistrictIds(staff).sort()).toEqual([HOME, OTHER].sort());
  });

  it('lists the districts assigned to an advisor', () => {
    const advisor = actor({ platformRole: 'advisor', advisorDistrictIds: [OTHER, THIRD] });
    expect(visibleDistrictIds(advisor).sort()).toEqual([OTHER, THIRD].sort());
  });

  it('ignores assignments on accounts that are not advisors', () => {
    expect(visibleDistrictIds(actor({ platformRole: 'user', advisorDistrictIds: [HOME] }))).toEqual([]);
  });

  it('gives an administrator no district of their own (they manage, they do not work in districts)', () => {
    expect(visibleDistrictIds(ROLES.admin)).toEqual([]);
  });

  it('lists a district only once', () => {
    const advisor = actor({ platformRole: 'advisor', advisorDistrictIds: [HOME, HOME] });
    expect(visibleDistrictIds(advisor)).toEqual([HOME]);
  });
});
