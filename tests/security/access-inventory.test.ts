import { ENDPOINTS, USE_CASES } from './access-inventory';
import { scanActorFunctions, scanEndpoints } from './scan-endpoints';

/**
 * The inventory is complete: every use case that takes an actor and every endpoint of app/ is in
 * the access table (tests/security/access-inventory.ts), and every endpoint asks for the session
 * before it calls the use cases the table names, and reaches data only through them.
 */

const useCaseKeys = scanActorFunctions();
const endpoints = scanEndpoints(new Set(useCaseKeys));

function listed(keys: string[], lines: (key: string) => string): string {
  return keys.map((k) => `  ${lines(k)}`).join('\n');
}

describe('access inventory', () => {
  it('finds the use cases and endpoints at all (the scan itself works)', () => {
    expect(useCaseKeys).toContain('lib/sections/save-section-draft.ts#saveSectionDraft');
    expect(useCaseKeys).toContain('lib/workflow/run-concept-step.ts#runConceptStep');
    expect(endpoints.map((e) => e.key)).toEqual(
      expect.arrayContaining([
        'app/(app)/concepts/[conceptId]/page.tsx',
        'app/api/sections/[sectionId]/draft/route.ts#POST',
        'app/api/auth/[...nextauth]/route.ts#POST',
        'app/(app)/districts/[districtId]/facilities/actions.ts#saveFacilityAction',
      ]),
    );
  });

  it('lists every use case in lib/ that takes an actor', () => {
    const missing = useCaseKeys.filter((key) => !(key in USE_CASES));
    if (missing.length > 0) {
      throw new Error(`${listed(missing, (k) => `neuer Use Case ohne Zugriffsregel: ${k}`)}\nTragen Sie ihn mit seiner Regel in tests/security/access-inventory.ts (USE_CASES) ein.`);
    }
  });

  it('lists every page, layout, route handler and server action in app/', () => {
    const missing = endpoints.map((e) => e.key).filter((key) => !(key in ENDPOINTS));
    if (missing.length > 0) {
      throw new Error(`${listed(missing, (k) => `neuer Endpunkt ohne Zugriffsregel: ${k}`)}\nTragen Sie ihn mit den Use Cases, die er aufruft, in tests/security/access-inventory.ts (ENDPOINTS) ein.`);
    }
  });

  it('has no stale entries (a renamed or removed function leaves no rule behind)', () => {
    const stale = [
      ...Object.keys(USE_CASES).filter((key) => !useCaseKeys.includes(key)),
      ...Object.keys(ENDPOINTS).filter((key) => !endpoints.some((e) => e.key === key)),
    ];
    expect(stale).toEqual([]);
  });

  describe.each(endpoints.filter((e) => e.key in ENDPOINTS).map((e) => [e.key, e] as const))('%s', (key, endpoint) => {
    const rule = ENDPOINTS[key]!;

    it('calls exactly the use cases the table names', () => {
      expect({ key, calls: endpoint.calls }).toEqual({ key, calls: [...rule.calls].sort() });
    });

    it('reaches data only through use cases (no db client, Kysely or queries module)', () => {
      expect(endpoint.directDataImports).toEqual([]);
    });

    it('never calls a building block that trusts its caller', () => {
      expect(endpoint.calls.filter((c) => USE_CASES[c]?.kind === 'internal')).toEqual([]);
    });

    if (rule.access === 'signed-in' || rule.access === 'password-change') {
      it('asks for the session (requireActor or requirePageActor)', () => {
        const required = endpoint.kind === 'action' || key.includes('/api/') ? ['requireActor'] : ['requireActor', 'requirePageActor'];
        expect(endpoint.session.some((s) => required.includes(s))).toBe(true);
      });
    }
    if (rule.access === 'optional') {
      it('shows only the signed-in person’s own data', () => {
        expect(rule.calls.every((c) => ['self', 'listing'].includes(USE_CASES[c]?.kind ?? ''))).toBe(true);
        expect(endpoint.session).toEqual(['getActor']);
      });
    }
    if (rule.access === 'public') {
      it('calls no use case', () => {
        expect(endpoint.calls).toEqual([]);
      });
    }

    it(rule.access === 'password-change' ? 'is the only endpoint open to a temporary password' : 'stays closed to accounts with a temporary password', () => {
      expect(endpoint.allowsTemporaryPassword).toBe(rule.access === 'password-change');
    });
  });
});
