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

const A: Decision = 'allow';
const F: Decision = 'forbidden';

const context = (status: ConceptStatus, overrides: Partial<ConceptContext> = {}): ConceptContext => ({
  districtId: HOME,
  status,
  isShared: true,
  hasAdvisor: true,
  ...overrides,
});

type Row = [ConceptAction, Decision, Decision, Decision];

// Every transition and action × role × state, written out in full on purpose: any change to a rule
// must change this table. Columns: coordinator, editor, assigned advisor (concept shared, district
// has an advisor).
const TABLE: Record<ConceptStatus, Row[]> = {
  draft: [
    //                          coord editor advisor
    ['concept.read',              A,    A,     A],
    ['concept.export',            A,    A,     A],
    ['concept.statement',         A,    F,     A],
    ['concept.manage',            A,    F,     F],
    ['concept.share',             A,    F,     F],
    ['concept.unshare',           A,    F,     F],
    ['concept.submit',            A,    F,     F],
    ['concept.withdraw',          F,    F,     F],
    ['concept.reopen',            F,    F,     F],
    ['concept.adopt',             F,    F,     F],
    ['concept.continue',          F,    F,     F],
    ['section.edit',              A,    A,     F],
    ['review.comment',            A,    A,     A],
    ['review.resolve',            A,    A,     F],
    ['review.disposition',        A,    A,     F],
    ['review.verdict',            F,    F,     F],
    ['review.request_changes',    F,    F,     F],
    ['review.approve',            F,    F,     F],
    ['review.redact',             A,    F,     F],
  ],
  submitted: [
    ['concept.read',              A,    A,     A],
    ['concept.export',            A,    A,     A],
    ['concept.statement',         A,    F,     A],
    ['concept.manage',            F,    F,     F],
    ['concept.share',             F,    F,     F],
    ['concept.unshare',           F,    F,     F],
    ['concept.submit',            F,    F,     F],
    ['concept.withdraw',          A,    F,     F],
    ['concept.reopen',            F,    F,     F],
    ['concept.adopt',             F,    F,     F],
    ['concept.continue',          F,    F,     F],
    ['section.edit',              F,    F,     F],
    ['review.comment',            A,    A,     A],
    ['review.resolve',            A,    A,     F],
    ['review.disposition',        A,    A,     F],
    ['review.verdict',            F,    F,     A],
    ['review.request_changes',    F,    F,     A],
    ['review.approve',            F,    F,     A],
    ['review.redact',             A,    F,     F],
  ],
  changes_requested: [
    ['concept.read',              A,    A,     A],
    ['concept.export',            A,    A,     A],
    ['concept.statement',         A,    F,     A],
    ['concept.manage',            A,    F,     F],
    ['concept.share',             A,    F,     F],
    ['concept.unshare',           F,    F,     F],
    ['concept.submit',            A,    F,     F],
    ['concept.withdraw',          F,    F,     F],
    ['concept.reopen',            F,    F,     F],
    ['concept.adopt',             F,    F,     F],
    ['concept.continue',          F,    F,     F],
    ['section.edit',              A,    A,     F],
    ['review.comment',            A,    A,     A],
    ['review.resolve',            A,    A,     F],
    ['review.disposition',        A,    A,     F],
    ['review.verdict',            F,    F,     F],
    ['review.request_changes',    F,    F,     F],
    ['review.approve',            F,    F,     F],
    ['review.redact',             A,    F,     F],
  ],
  approved: [
    ['concept.read',              A,    A,     A],
    ['concept.export',            A,    A,     A],
    ['concept.statement',         A,    F,     A],
    ['concept.manage',            F,    F,     F],
    ['concept.share',             A,    F,     F],
    ['concept.unshare',           F,    F,     F],
    ['concept.submit',            F,    F,     F],
    ['concept.withdraw',          F,    F,     F],
    ['concept.reopen',            A,    F,     F],
    ['concept.adopt',             A,    F,     F],
    ['concept.continue',          F,    F,     F],
    ['section.edit',              F,    F,     F],
    ['review.comment',            A,    A,     A],
    ['review.resolve',            A,    A,     F],
    ['review.disposition',        A,    A,     F],
    ['review.verdict',            F,    F,     F],
    ['review.request_changes',    F,    F,     F],
    ['review.approve',            F,    F,     F],
    ['review.redact',             A,    F,     F],
  ],
  adopted: [
    ['concept.read',              A,    A,     A],
    ['concept.export',            A,    A,     A],
    ['concept.statement',         A,    F,     A],
    ['concept.manage',            F,    F,     F],
    ['concept.share',             F,    F,     F],
    ['concept.unshare',           F,    F,     F],
    ['concept.submit',            F,    F,     F],
    ['concept.withdraw',          F,    F,     F],
    ['concept.reopen',            F,    F,     F],
    ['concept.adopt',             F,    F,     F],
    ['concept.continue',          A,    F,     F],
    ['section.edit',              F,    F,     F],
    ['review.comment',            F,    F,     F],
    ['review.resolve',            F,    F,     F],
    ['review.disposition',        F,    F,     F],
    ['review.verdict',            F,    F,     F],
    ['review.request_changes',    F,    F,     F],
    ['review.approve',            F,    F,     F],
    ['review.redact',             A,    F,     F],
  ],
  superseded: [
    ['concept.read',              A,    A,     A],
    ['concept.export',            A,    A,     A],
    ['concept.statement',         A,    F,     A],
    ['concept.manage',            F,    F,     F],
    ['concept.share',             F,    F,     F],
    ['concept.unshare',           F,    F,     F],
    ['concept.submit',            F,    F,     F],
    ['concept.withdraw',          F,    F,     F],
    ['concept.reopen',            F,    F,     F],
    ['concept.adopt',             F,    F,     F],
    ['concept.continue',          F,    F,     F],
    ['section.edit',              F,    F,     F],
    ['review.comment',            F,    F,     F],
    ['review.resolve',            F,    F,     F],
    ['review.disposition',        F,    F,     F],
    ['review.verdict',            F,    F,     F],
    ['review.request_changes',    F,    F,     F],
    ['review.approve',            F,    F,     F],
    ['review.redact',             A,    F,     F],
  ],
};

const rows = CONCEPT_STATUSES.flatMap((status) =>
  TABLE[status].flatMap(([action, ...decisions]) =>
    (['coordinator', 'editor', 'advisor'] as const).map((role, i) => ({ status, role, action, expected: decisions[i]! })),
  ),
);
const ACTORS = { coordinator, editor, advisor };

describe('concept rules (state × action × role)', () => {
  it.each(CONCEPT_STATUSES)('the table for %s covers every concept action exactly once', (status) => {
    expect(TABLE[status].map(([action]) => action).sort()).toEqual([...CONCEPT_ACTIONS].sort());
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
