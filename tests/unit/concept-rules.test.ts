import {
  CONCEPT_ACTIONS,
  assertConcept,
  conceptCapabilities,
  decideConcept,
  type ConceptAction,
  type ConceptContext,
  type Decision,
} from '../../lib/access';
import { CONCEPT_STATUSES, type ConceptStatus } from '../../db/schema-concepts';
import { HOME, OTHER, actor } from '../support/plain-actor';

const coordinator = actor({ memberships: [{ districtId: HOME, role: 'coordinator' }] });
const editor = actor({ memberships: [{ districtId: HOME, role: 'editor' }] });
const advisor = actor({ platformRole: 'advisor', advisorDistrictIds: [HOME] });
const outsiders = {
  'unassigned advisor': actor({ platformRole: 'advisor', advisorDistrictIds: [OTHER] }),
  'coordinator of another district': actor({ memberships: [{ districtId: OTHER, role: 'coordinator' }] }),
  admin: actor({ platformRole: 'admin' }),
};

const context = (status: ConceptStatus, overrides: Partial<ConceptContext> = {}): ConceptContext => ({
  districtId: HOME,
  status,
  isShared: true,
  hasAdvisor: true,
  ...overrides,
});

type Row = [ConceptAction, string, string, string];

// Every action × role × state, written out in full on purpose: any change to a rule must change this
// table. Columns: coordinator, editor, assigned advisor (concept shared, district has an advisor).
// One character per state, in the order of CONCEPT_STATUSES: + allow, - forbidden.
const TABLE: Row[] = [
  //                           draft, submitted, changes_requested, approved, adopted, superseded
  //                           coord     editor    advisor
  ['concept.read',             '++++++', '++++++', '++++++'],
  ['concept.export',           '++++++', '++++++', '++++++'],
  ['concept.statement',        '++++++', '------', '++++++'],
  ['concept.manage',           '+-+---', '------', '------'],
  ['concept.share',            '+-++--', '------', '------'],
  ['concept.unshare',          '+-----', '------', '------'],
  ['concept.submit',           '+-+---', '------', '------'],
  ['concept.withdraw',         '-+----', '------', '------'],
  ['concept.reopen',           '---+--', '------', '------'],
  ['concept.adopt',            '---+--', '------', '------'],
  ['concept.continue',         '----+-', '------', '------'],
  ['section.edit',             '+-+---', '+-+---', '------'],
  ['review.comment',           '++++--', '++++--', '++++--'],
  ['review.resolve',           '++++--', '++++--', '------'],
  ['review.disposition',       '++++--', '++++--', '------'],
  ['review.verdict',           '------', '------', '-+----'],
  ['review.request_changes',   '------', '------', '-+----'],
  ['review.approve',           '------', '------', '-+----'],
  ['review.redact',            '++++++', '------', '------'],
];

const ROLES = ['coordinator', 'editor', 'advisor'] as const;
const rows = TABLE.flatMap(([action, ...perRole]) =>
  ROLES.flatMap((role, r) =>
    CONCEPT_STATUSES.map((status, s) => ({ status, role, action, expected: (perRole[r]![s] === '+' ? 'allow' : 'forbidden') as Decision })),
  ),
);
const ACTORS = { coordinator, editor, advisor };

describe('concept rules (state × action × role)', () => {
  it('the table covers every concept action exactly once, with one mark per state for each role', () => {
    expect(TABLE.map(([action]) => action).sort()).toEqual([...CONCEPT_ACTIONS].sort());
    const marks = new RegExp(`^[+-]{${CONCEPT_STATUSES.length}}$`);
    for (const [, ...perRole] of TABLE) for (const states of perRole) expect(states).toMatch(marks);
  });

  it.each(rows)('$status: $role → $action: $expected', ({ status, role, action, expected }) => {
    const result = decideConcept(ACTORS[role], action, context(status));
    expect(result.decision).toBe(expected);
    const attempt = () => assertConcept(ACTORS[role], action, context(status));
    if (expected === 'allow') expect(attempt).not.toThrow();
    else {
      expect(attempt).toThrow(expect.objectContaining({ code: 'forbidden' }));
      // Every refusal says why, in German.
      expect(result.message).toMatch(/[a-zäöü]{4,}/);
    }
  });

  it.each(Object.entries(outsiders))('%s: not found for every action in every state', (_name, outsider) => {
    for (const status of CONCEPT_STATUSES) {
      for (const action of CONCEPT_ACTIONS) expect(decideConcept(outsider, action, context(status)).decision).toBe('not_found');
    }
  });

  it('an advisor does not see an unshared concept of an assigned district at all', () => {
    for (const action of CONCEPT_ACTIONS) {
      expect(decideConcept(advisor, action, context('draft', { isShared: false })).decision).toBe('not_found');
    }
  });

  it('district members see an unshared concept as usual', () => {
    expect(decideConcept(editor, 'section.edit', context('draft', { isShared: false })).decision).toBe('allow');
  });

  it('without an assigned advisor a coordinator cannot submit, but may adopt from Entwurf and Überarbeitung erbeten', () => {
    const none = (status: ConceptStatus) => context(status, { hasAdvisor: false });
    const submit = decideConcept(coordinator, 'concept.submit', none('draft'));
    expect(submit.decision).toBe('forbidden');
    expect(submit.message).toContain('keine DeBUG-Beratung zugeordnet');
    expect(decideConcept(coordinator, 'concept.adopt', none('draft')).decision).toBe('allow');
    expect(decideConcept(coordinator, 'concept.adopt', none('changes_requested')).decision).toBe('allow');
    expect(decideConcept(coordinator, 'concept.adopt', none('submitted')).decision).toBe('forbidden');
    expect(decideConcept(editor, 'concept.adopt', none('draft')).decision).toBe('forbidden');
  });

  it('with an advisor, adoption needs the approval first', () => {
    const refused = decideConcept(coordinator, 'concept.adopt', context('draft'));
    expect(refused.decision).toBe('forbidden');
    expect(refused.message).toContain('Befürwortung');
  });

  it('the submitted text is read-only with a reason that names the way out', () => {
    expect(decideConcept(editor, 'section.edit', context('submitted')).message).toContain('zurück');
  });

  it('the Stellungnahme goes to the coordination and the advisor; the editorial team is pointed to the hints in the app', () => {
    const refused = decideConcept(editor, 'concept.statement', context('submitted'));
    expect(refused).toMatchObject({ decision: 'forbidden', message: expect.stringContaining('Hinweise der Beratung') });
    // An advisor needs the concept shared, like for every other action.
    expect(decideConcept(advisor, 'concept.statement', context('changes_requested', { isShared: false })).decision).toBe('not_found');
  });

  it('capabilities list exactly the allowed actions', () => {
    const can = conceptCapabilities(editor, context('draft'));
    expect(Object.entries(can).filter(([, v]) => v).map(([k]) => k).sort()).toEqual(
      ['concept.export', 'concept.read', 'review.comment', 'review.disposition', 'review.resolve', 'section.edit'].sort(),
    );
  });
});
