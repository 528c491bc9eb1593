import { randomUUID } from 'node:crypto';
import { getDb } from '@/db/client';
import type { ConceptStatus } from '@/db/schema-concepts';
import { decideConcept, decideDistrict, districtRelation, type Actor } from '@/lib/access';
import { resolveThread } from '@/lib/comments/resolve-threads';
import { addComment } from '@/lib/comments/write-comments';
import { isAppError } from '@/lib/errors';
import { addMember } from '@/lib/members/invite-member';
import { notify } from '@/lib/notifications/notify';
import { saveSectionDraft } from '@/lib/sections/save-section-draft';
import { findSection, getTemplate } from '@/lib/templates';
import { adoptConcept } from '@/lib/workflow/adopt-concept';
import { approveConcept, requestChanges } from '@/lib/workflow/give-review-outcome';
import { shareConcept, unshareConcept } from '@/lib/workflow/share-concept';
import { submitConceptForReview } from '@/lib/workflow/submit-concept-for-review';
import { withdrawSubmission } from '@/lib/workflow/withdraw-submission';
import { buildConcept, doc, sectionOf } from '../support/concept-factories';
import { buildContact, buildFacility } from '../support/district-data-factories';
import { actorFor, buildAdmin, buildAdvisor, buildDistrict, buildMember, buildUser, uniqueTag } from '../support/factories';
import { USE_CASES, WHO, type Call, type Fixture, type Outcome, type UseCaseRule, type Who } from './access-inventory';

/**
 * Every rule of the access table, run against the real use cases on a real database: the allowed
 * actors succeed (each on a fresh fixture, since the call may change it), everyone else gets
 * forbidden or — for another district, an unshared concept of an advisor, the administrator on
 * district content and guessed ids — not_found. Expected answers come from the rule functions in
 * lib/access, not from this file.
 */

const SECTION_KEY = 'beschwerdemanagement';
/** The states the cases build concepts in („Abgelöst“ behaves like „Beschlossen“ in the rules and is left out). */
const STATES: ConceptStatus[] = ['draft', 'submitted', 'changes_requested', 'approved', 'adopted'];

interface World {
  districtId: string;
  otherDistrictId: string;
  actors: Record<Who, Actor>;
}
let world: World;

beforeAll(async () => {
  const [a, b] = await Promise.all([buildDistrict({ name: `Landkreis Musterland-${uniqueTag()}` }), buildDistrict()]);
  const users = await Promise.all([
    buildMember(a.id, 'coordinator'),
    buildMember(a.id, 'editor'),
    buildAdvisor([a.id]),
    buildAdvisor([b.id]),
    buildMember(b.id, 'coordinator'),
    buildUser(),
    buildAdmin(),
  ]);
  const actors = await Promise.all(users.map((user) => actorFor(user.id)));
  world = { districtId: a.id, otherDistrictId: b.id, actors: Object.fromEntries(WHO.map((who, i) => [who, actors[i]!])) as Record<Who, Actor> };
}, 60_000);

/**
 * The same people as pure data, for working out the expected answers when the cases are
 * collected (before the database exists): only their relation to the district matters.
 */
const MODEL_DISTRICT = 'district-a';
function model(platformRole: Actor['platformRole'], relation: { member?: 'coordinator' | 'editor'; advisorOf?: string; memberOf?: string } = {}): Actor {
  return {
    userId: 'model',
    email: 'model@test.example',
    displayName: 'Modell',
    platformRole,
    mustChangePassword: false,
    memberships: relation.member ? [{ districtId: relation.memberOf ?? MODEL_DISTRICT, role: relation.member }] : [],
    advisorDistrictIds: relation.advisorOf ? [relation.advisorOf] : [],
  };
}
const MODEL: Record<Who, Actor> = {
  coordinator: model('user', { member: 'coordinator' }),
  editor: model('user', { member: 'editor' }),
  advisor: model('advisor', { advisorOf: MODEL_DISTRICT }),
  unassignedAdvisor: model('advisor', { advisorOf: 'district-b' }),
  otherDistrict: model('user', { member: 'coordinator', memberOf: 'district-b' }),
  outsider: model('user'),
  admin: model('admin'),
};

type Settled = Outcome | `${string}: ${string}`;

/** What a call answered, in the words of the table; any other error is shown with its message. */
async function settle(call: Call, actor: Actor, fixture: Fixture): Promise<Settled> {
  try {
    await call(actor, fixture);
    return 'allow';
  } catch (error) {
    if (isAppError(error)) return error.code === 'forbidden' || error.code === 'not_found' ? error.code : `${error.code}: ${error.message}`;
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function emptyFixture(): Fixture {
  const id = () => randomUUID();
  return {
    districtId: world.districtId,
    conceptId: id(),
    sectionId: id(),
    sectionKey: SECTION_KEY,
    checklistKey: 'unbekannt',
    headRevision: 1,
    districtThreadId: id(),
    districtCommentId: id(),
    advisorThreadId: id(),
    advisorCommentId: id(),
    resolvedThreadId: id(),
    facilityId: id(),
    contactId: id(),
    memberUserId: id(),
    invitationId: id(),
    scratchDistrictId: id(),
    scratchUserId: id(),
    scratchAdvisorId: id(),
    ownNotificationId: id(),
    ownInvitationId: id(),
    tag: uniqueTag(),
  };
}

const ID_FIELDS = [
      'conceptId',
      'sectionId',
      'districtThreadId',
      'districtCommentId',
      'advisorThreadId',
      'advisorCommentId',
      'resolvedThreadId',
      'facilityId',
      'contactId',
      'memberUserId',
      'invitationId',
      'scratchDistrictId',
      'scratchUserId',
      'scratchAdvisorId',
      'ownNotificationId',
      'ownInvitationId',
] as const;

/** The same fixture with every record id replaced by a guessed one (the district stays unless asked). */
function guessed(fixture: Fixture, options: { district?: boolean } = {}): Fixture {
  const copy = { ...fixture };
  for (const field of ID_FIELDS) copy[field] = randomUUID();
  if (options.district) copy.districtId = randomUUID();
  return copy;
}

/** A concept of the world's district in the given state, with two saves, three threads and (from submission on) a Fassung. */
async function conceptFixture(state: ConceptStatus, shared: boolean): Promise<Fixture> {
  const { coordinator, editor, advisor } = world.actors;
  const concept = await buildConcept(coordinator, world.districtId);
  const section = await sectionOf(concept.id, SECTION_KEY);
  let head = section.head_revision;
  for (const text of ['Beschwerden gehen an die Koordination.', 'Beschwerden gehen an die Koordination und an eine unabhängige Stelle.']) {
    head = (await saveSectionDraft(editor, { sectionId: section.id, baseRevision: head, content: doc(text) })).revision;
  }
  await shareConcept(coordinator, { conceptId: concept.id });
  const districtThread = await addComment(editor, { sectionId: section.id, body: 'Wer ist die unabhängige Stelle?' });
  const advisorThread = await addComment(advisor, { sectionId: section.id, body: 'Bitte die Fristen nennen.' });
  const resolved = await addComment(editor, { sectionId: section.id, body: 'Telefonnummer ergänzen.' });
  await resolveThread(editor, { threadId: resolved.threadId });
  const conceptId = { conceptId: concept.id };
  if (state !== 'draft' || !shared) await submitConceptForReview(coordinator, conceptId);
  if (state === 'draft') {
    // Unshared with a Fassung: the advisor saw it once and must not any more.
    if (!shared) {
      await withdrawSubmission(coordinator, conceptId);
      await unshareConcept(coordinator, conceptId);
    }
  } else if (state === 'changes_requested') await requestChanges(advisor, { ...conceptId, note: 'Bitte ergänzen.' });
  else if (state === 'approved' || state === 'adopted') {
    await approveConcept(advisor, conceptId);
    if (state === 'adopted') {
      await adoptConcept(coordinator, { ...conceptId, decidedBy: 'Kreistag', decidedOn: '2026-11-20', findingsReason: 'Wird in der Fortschreibung bearbeitet.' });
    }
  } else if (state !== 'submitted') throw new Error(`No fixture for state ${state}`);
  return {
    ...emptyFixture(),
    conceptId: concept.id,
    sectionId: section.id,
    checklistKey: findSection(getTemplate('gewaltschutz-gu'), SECTION_KEY)!.checklist[0]!.key,
    headRevision: head,
    districtThreadId: districtThread.threadId,
    districtCommentId: districtThread.commentId,
    advisorThreadId: advisorThread.threadId,
    advisorCommentId: advisorThread.commentId,
    resolvedThreadId: resolved.threadId,
  };
}

/** Records of the world's district: a facility, a contact, a further editor and an open invitation. */
async function districtFixture(): Promise<Fixture> {
  const tag = uniqueTag();
  const [facility, contact, member, invitation] = await Promise.all([
    buildFacility(world.districtId),
    buildContact(world.districtId),
    buildMember(world.districtId, 'editor'),
    addMember(world.actors.coordinator, { districtId: world.districtId, email: `eingeladen-${tag}@test.example`, displayName: 'Eingeladene Person', role: 'editor' }),
  ]);
  return { ...emptyFixture(), facilityId: facility.id, contactId: contact.id, memberUserId: member.id, invitationId: invitation.invitationId, tag };
}

async function platformFixture(): Promise<Fixture> {
  const scratch = await buildDistrict();
  const [user, advisor] = await Promise.all([buildUser(), buildAdvisor([scratch.id])]);
  return { ...emptyFixture(), scratchDistrictId: scratch.id, scratchUserId: user.id, scratchAdvisorId: advisor.id };
}

/** A person of their own, with a notification and an invitation into the world's district. */
async function ownFixture(): Promise<{ owner: Actor; fixture: Fixture }> {
  const user = await buildUser();
  await notify(getDb(), {
    recipientIds: [user.id],
    actorUserId: null,
    districtId: world.districtId,
    kind: 'comment.new',
    message: 'Ein Abschnitt wurde kommentiert.',
    link: null,
  });
  const [notification] = await getDb().selectFrom('notifications').select('id').where('user_id', '=', user.id).execute();
  const invitation = await addMember(world.actors.coordinator, { districtId: world.districtId, email: user.email, displayName: 'Eingeladene Person', role: 'editor' });
  return { owner: await actorFor(user.id), fixture: { ...emptyFixture(), ownNotificationId: notification!.id, ownInvitationId: invitation.invitationId } };
}

// Fixtures for denied calls are shared (a refused call changes nothing); allowed calls get their own.
const shared = new Map<string, Promise<Fixture>>();
function sharedFixture(key: string, build: () => Promise<Fixture>): Promise<Fixture> {
  if (!shared.has(key)) shared.set(key, build());
  return shared.get(key)!;
}

interface Case {
  name: string;
  expected: Outcome;
  run: () => Promise<Settled>;
}

const LABEL: Record<Who, string> = {
  coordinator: 'coordinator of the district',
  editor: 'editor of the district',
  advisor: 'assigned advisor',
  unassignedAdvisor: 'advisor of another district',
  otherDistrict: 'coordinator of another district',
  outsider: 'signed-in account without district',
  admin: 'platform administrator',
};

/**
 * Reading use cases (named get…, list…, check…, compare…, diff…, export…, load…, count… by the
 * house's naming rule) leave the fixture as it was, so their allowed calls share it too. Only
 * speed depends on this: a reader that did change it would make a later case fail, not pass.
 */
const isReader = (key: string) => /#(get|list|check|compare|diff|export|load|count)[A-Z]/.test(key);

function casesFor(key: string, rule: Exclude<UseCaseRule, { kind: 'internal' | 'listing' | 'self' }>): Case[] {
  const actor = (who: Who) => world.actors[who];
  switch (rule.kind) {
    case 'concept': {
      const denied = () => sharedFixture(`concept:${rule.state}:${rule.shared}`, () => conceptFixture(rule.state, rule.shared));
      const build = isReader(key) ? denied : () => conceptFixture(rule.state, rule.shared);
      const context = { districtId: MODEL_DISTRICT, status: rule.state, isShared: rule.shared, hasAdvisor: true };
      return [
        ...WHO.map((who): Case => {
          const expected = rule.overrides[who] ?? decideConcept(MODEL[who], rule.action, context).decision;
          return { name: LABEL[who], expected, run: async () => settle(rule.call, actor(who), expected === 'allow' ? await build() : await denied()) };
        }),
        // The state rules too: in every other state, whatever the rules refuse is refused (the use case checks the declared action).
        ...STATES.filter((state) => state !== rule.state).flatMap((state) =>
          (['coordinator', 'editor', 'advisor'] as const).flatMap((who): Case[] => {
            const decision = decideConcept(MODEL[who], rule.action, { ...context, status: state, isShared: true }).decision;
            if (decision !== 'forbidden') return [];
            const fixture = () => sharedFixture(`concept:${state}:true`, () => conceptFixture(state, true));
            return [{ name: `${LABEL[who]}, concept ${state}`, expected: 'forbidden', run: async () => settle(rule.call, actor(who), await fixture()) }];
          }),
        ),
        { name: 'assigned advisor, concept not shared', expected: 'not_found', run: async () => settle(rule.call, actor('advisor'), await sharedFixture('concept:unshared', () => conceptFixture('draft', false))) },
        { name: 'coordinator with guessed ids', expected: 'not_found', run: async () => settle(rule.call, actor('coordinator'), guessed(await denied())) },
        { name: 'coordinator of another district with guessed ids', expected: 'not_found', run: async () => settle(rule.call, actor('otherDistrict'), guessed(await denied())) },
      ];
    }
    case 'district': {
      const denied = () => sharedFixture('district', districtFixture);
      const cases = WHO.map((who): Case => {
        const expected = decideDistrict(MODEL[who], rule.action, MODEL_DISTRICT);
        return { name: LABEL[who], expected, run: async () => settle(rule.call, actor(who), expected === 'allow' ? await districtFixture() : await denied()) };
      });
      cases.push({ name: 'coordinator of the district with a guessed district id', expected: 'not_found', run: async () => settle(rule.call, actor('coordinator'), guessed(await denied(), { district: true })) });
      if (rule.object) {
        cases.push(
          { name: 'coordinator of the district, record id guessed', expected: 'not_found', run: async () => settle(rule.call, actor('coordinator'), guessed(await denied())) },
          {
            name: 'coordinator of another district naming their own district and this district’s record',
            expected: 'not_found',
            run: async () => settle(rule.call, actor('otherDistrict'), { ...(await denied()), districtId: world.otherDistrictId }),
          },
        );
      }
      return cases;
    }
    case 'platform': {
      const denied = () => sharedFixture('platform', platformFixture);
      const cases = WHO.map((who): Case => {
        const expected: Outcome = who === 'admin' ? 'allow' : 'forbidden';
        return { name: LABEL[who], expected, run: async () => settle(rule.call, actor(who), expected === 'allow' ? await platformFixture() : await denied()) };
      });
      if (rule.object) cases.push({ name: 'platform administrator with guessed ids', expected: 'not_found', run: async () => settle(rule.call, actor('admin'), guessed(await denied())) });
      return cases;
    }
    case 'own': {
      const denied = () => sharedFixture('own', async () => (await ownFixture()).fixture);
      return [
        { name: 'the person the record belongs to', expected: 'allow', run: async () => { const { owner, fixture } = await ownFixture(); return settle(rule.call, owner, fixture); } },
        ...WHO.map((who): Case => ({ name: `${LABEL[who]} naming someone else’s record`, expected: 'not_found', run: async () => settle(rule.call, actor(who), await denied()) })),
        { name: 'the owner with a guessed id', expected: 'not_found', run: async () => { const { owner, fixture } = await ownFixture(); return settle(rule.call, owner, guessed(fixture)); } },
      ];
    }
  }
}

const entries = Object.entries(USE_CASES);

it('acts as the people the expectations were worked out for', () => {
  for (const who of WHO) {
    const real = world.actors[who];
    expect({ who, platformRole: real.platformRole, relation: districtRelation(real, world.districtId) }).toEqual({
      who,
      platformRole: MODEL[who].platformRole,
      relation: districtRelation(MODEL[who], MODEL_DISTRICT),
    });
  }
});

describe.each(entries.filter(([, rule]) => ['concept', 'district', 'platform', 'own'].includes(rule.kind)))('%s', (key, rule) => {
  const cases = casesFor(key, rule as Parameters<typeof casesFor>[1]);
  it.each(cases.map((c) => [`${c.name} → ${c.expected}`, c] as const))('%s', async (_name, c) => {
    // The key and case name travel with the answer, so a failure names the entry and the actor.
    expect({ useCase: key, case: c.name, answer: await c.run() }).toEqual({ useCase: key, case: c.name, answer: c.expected });
  });
});

const listings = entries.flatMap(([key, rule]) => (rule.kind === 'listing' ? rule.subjects.map((subject) => [key, subject, rule.call] as const) : []));
describe.each(listings)('%s (%s)', (key, subject, call) => {
  it('shows the record only to those who may see it', async () => {
    const [conceptPart, own] = await Promise.all([sharedFixture('concept:submitted:true', () => conceptFixture('submitted', true)), ownFixture()]);
    const fixture = { ...conceptPart, ownNotificationId: own.fixture.ownNotificationId, ownInvitationId: own.fixture.ownInvitationId };
    const context = { districtId: world.districtId, status: 'submitted' as const, isShared: true, hasAdvisor: true };
    const subjectId = { concept: fixture.conceptId, district: world.districtId, notification: fixture.ownNotificationId, invitation: fixture.ownInvitationId }[subject];
    const mayList = (who: Who) =>
      subject === 'concept'
        ? decideConcept(world.actors[who], 'concept.read', context).decision === 'allow'
        : subject === 'district'
          ? decideDistrict(world.actors[who], 'district.read', world.districtId) === 'allow' && who !== 'admin'
          : false;
    for (const who of WHO) {
      if (mayList(who)) continue;
      const shown = JSON.stringify(await call(world.actors[who], fixture));
      expect({ useCase: key, who, leaks: shown.includes(subjectId) }).toEqual({ useCase: key, who, leaks: false });
    }
    if (subject === 'notification' || subject === 'invitation') {
      expect(JSON.stringify(await call(own.owner, fixture))).toContain(subjectId);
    }
  });
});

describe.each(entries.filter(([, rule]) => rule.kind === 'self'))('%s', (key, rule) => {
  if (rule.kind !== 'self') return;
  it('works for any signed-in person on their own account', async () => {
    const { owner, fixture } = await ownFixture();
    expect({ useCase: key, answer: await settle(rule.call, owner, fixture) }).toEqual({ useCase: key, answer: 'allow' });
  });
});
