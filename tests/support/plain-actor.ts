import type { Actor } from '../../lib/access';

/** Fixed district ids for rule tests that need no database: the actor's own district and another one. */
export const HOME = '11111111-1111-4111-8111-111111111111';
export const OTHER = '22222222-2222-4222-8222-222222222222';

/** A signed-in person without any district or role, changed by `overrides`; for the permission rules alone. */
export function actor(overrides: Partial<Actor>): Actor {
  return {
    userId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
    email: 'person@test.example',
    displayName: 'Testperson',
    platformRole: 'user',
    mustChangePassword: false,
    memberships: [],
    advisorDistrictIds: [],
    ...overrides,
  };
}
