import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { isAppError } from '@/lib/errors';
import { getDb } from '@/db/client';
import { notify } from '@/lib/notifications/notify';
import { submitConceptForReview } from '@/lib/workflow/submit-concept-for-review';
import { withdrawSubmission } from '@/lib/workflow/withdraw-submission';
import { buildConcept, doc, sectionOf, shareWithAdvisors } from '../support/concept-factories';
import { buildContact, buildFacility } from '../support/district-data-factories';
import { actorFor, buildAdmin, buildAdvisor, buildDistrict, buildMember, buildUser, sessionFor } from '../support/factories';
import { MockRedirect, mockSession, signInWith } from '../support/next-session-mock';
import { ENDPOINTS } from './access-inventory';
import { ROOT, scanActorFunctions, scanEndpoints, type ScannedEndpoint } from './scan-endpoints';

/**
 * Every page, route handler and server action of the access table, called for real the way Next
 * calls it, with the session cookie Next would pass: without a session, every endpoint that needs
 * one refuses (actions and APIs: unauthenticated; pages: to the sign-in page) before any use case
 * runs; with a temporary password, nothing but the password change gets through.
 */

jest.mock('next/headers', () => jest.requireActual('../support/next-session-mock').nextHeaders);
jest.mock('next/navigation', () => jest.requireActual('../support/next-session-mock').nextNavigation);
jest.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
// Stylesheets are the bundler's business; the endpoints' code is what is under test.
jest.mock('../../app/(app)/notifications.css', () => ({}));
jest.mock('../../app/globals.css', () => ({}));

/** Route parameters as Next passes them (a promise): the named ones, and a fresh id for any other. */
function anyParams(known: Record<string, string> = {}) {
  return Promise.resolve(new Proxy(known, { get: (target, key) => (key === 'then' ? undefined : typeof key === 'string' && key in target ? target[key] : randomUUID()) }));
}

type Answer = { kind: 'redirect'; url: string } | { kind: 'error'; code: string } | { kind: 'status'; status: number } | { kind: 'returned' };

/** Calls the endpoint and describes what a browser would get. */
async function call(endpoint: ScannedEndpoint, params: Record<string, string> = {}, body = '{}'): Promise<Answer> {
  const [file, name] = endpoint.key.split('#') as [string, string | undefined];
  const loaded = require(path.join(ROOT, file)) as Record<string, (...args: unknown[]) => Promise<unknown>>;
  try {
    let result: unknown;
    if (endpoint.kind === 'page') result = await loaded.default!({ params: anyParams(params), searchParams: Promise.resolve({ von: '1' }) });
    else if (endpoint.kind === 'layout') result = await loaded.default!({ children: 'Inhalt', params: anyParams() });
    else if (endpoint.kind === 'route') {
      const request = new Request(`http://localhost/${file}`, {
        method: name,
        headers: { origin: 'http://localhost', host: 'localhost', 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
        body: name === 'GET' || name === 'HEAD' ? undefined : body,
      });
      result = await loaded[name!]!(request, { params: anyParams(params) });
    } else {
      // Server actions get what the browser sends: form data (or plain objects, which a form data object also stands in for here).
      const fn = loaded[name!]!;
      result = await fn(...Array.from({ length: Math.max(fn.length, 2) }, () => new FormData()));
    }
    if (result instanceof Response) return { kind: 'status', status: result.status };
    if (result && typeof result === 'object' && 'ok' in result && result.ok === false) {
      return { kind: 'error', code: (result as unknown as { error: { code: string } }).error.code };
    }
    return { kind: 'returned' };
  } catch (error) {
    if (error instanceof MockRedirect) return { kind: 'redirect', url: error.url };
    if (isAppError(error)) return { kind: 'error', code: error.code };
    if (error instanceof Error && error.message === 'NEXT_NOT_FOUND') return { kind: 'error', code: 'not_found' };
    if (error instanceof Error && error.message === 'NEXT_FORBIDDEN') return { kind: 'error', code: 'forbidden' };
    throw error;
  }
}

const endpoints = scanEndpoints(new Set(scanActorFunctions())).filter((e) => e.key in ENDPOINTS);
const usesPageSession = (e: ScannedEndpoint) => e.session.includes('requirePageActor');

describe('signed out', () => {
  beforeAll(() => {
    mockSession.cookie = undefined;
  });

  it.each(endpoints.filter((e) => ENDPOINTS[e.key]!.access === 'signed-in' || ENDPOINTS[e.key]!.access === 'password-change').map((e) => [e.key, e] as const))(
    '%s refuses',
    async (_key, endpoint) => {
      const answer = await call(endpoint);
      if (usesPageSession(endpoint)) {
        expect(answer).toMatchObject({ kind: 'redirect', url: expect.stringMatching(/^\/login\?callbackUrl=/) });
      } else if (endpoint.kind === 'route') {
        expect(answer).toEqual({ kind: 'status', status: 401 });
      } else {
        expect(answer).toEqual({ kind: 'error', code: 'unauthenticated' });
      }
    },
  );

  it.each(endpoints.filter((e) => ENDPOINTS[e.key]!.access === 'optional').map((e) => [e.key, e] as const))('%s shows only the page itself', async (_key, endpoint) => {
    expect(await call(endpoint)).toEqual({ kind: 'returned' });
  });
});

describe('signed in with a temporary password', () => {
  beforeAll(async () => {
    const user = await buildUser({ mustChangePassword: true });
    await signInWith(sessionFor(user.id));
  });
  afterAll(() => {
    mockSession.cookie = undefined;
  });

  it.each(endpoints.filter((e) => ENDPOINTS[e.key]!.access === 'signed-in').map((e) => [e.key, e] as const))('%s sends the person to choose a password first', async (key, endpoint) => {
    const answer = await call(endpoint);
    if (usesPageSession(endpoint)) {
      if (key === 'app/(app)/account/page.tsx') expect(answer).toEqual({ kind: 'returned' });
      else expect(answer).toEqual({ kind: 'redirect', url: '/account' });
    } else if (endpoint.kind === 'route') {
      expect(answer).toEqual({ kind: 'status', status: 403 });
    } else {
      expect(answer).toEqual({ kind: 'error', code: 'forbidden' });
    }
  });

  it.each(endpoints.filter((e) => ENDPOINTS[e.key]!.access === 'password-change').map((e) => [e.key, e] as const))('%s lets the password change through', async (_key, endpoint) => {
    // The empty form reaches the use case, which asks for the passwords.
    expect(await call(endpoint)).toEqual({ kind: 'error', code: 'invalid_input' });
  });
});



async function signInAs(userId: string): Promise<void> {
  await signInWith(sessionFor(userId));
}

/** What someone may name in a URL: the ids of a real district, its concept and records. */
interface Target {
  params: Record<string, string>;
  headRevision: number;
  notificationId: string;
  coordinatorId: string;
}

let targetPromise: Promise<Target> | undefined;
/** One district with a concept (with a Fassung), a facility, a contact and a notification of its editor (built once). */
function buildTarget(): Promise<Target> {
  targetPromise ??= (async () => {
    const district = await buildDistrict();
    const [coordinatorUser, editorUser] = await Promise.all([buildMember(district.id, 'coordinator'), buildMember(district.id, 'editor'), buildAdvisor([district.id])]);
    const coordinator = await actorFor(coordinatorUser.id);
    const concept = await buildConcept(coordinator, district.id);
    await shareWithAdvisors(coordinator, concept.id);
    // Submitted and withdrawn again: a draft with Fassung 1, so every concept page has something to show.
    await submitConceptForReview(coordinator, { conceptId: concept.id });
    await withdrawSubmission(coordinator, { conceptId: concept.id });
    const [section, facility, contact] = await Promise.all([sectionOf(concept.id, 'beschwerdemanagement'), buildFacility(district.id), buildContact(district.id)]);
    await notify(getDb(), { recipientIds: [editorUser.id], actorUserId: null, districtId: district.id, kind: 'comment.new', message: 'Ein Abschnitt wurde kommentiert.', link: null });
    const notification = await getDb().selectFrom('notifications').select('id').where('user_id', '=', editorUser.id).executeTakeFirstOrThrow();
    return {
      params: { districtId: district.id, conceptId: concept.id, sectionId: section.id, sectionKey: section.key, facilityId: facility.id, contactId: contact.id, number: '1', notificationId: notification.id },
      headRevision: section.head_revision,
      notificationId: notification.id,
      coordinatorId: coordinatorUser.id,
    };
  })();
  return targetPromise;
}

const withIds = (e: ScannedEndpoint, pattern: RegExp) =>
  (e.kind === 'page' || e.kind === 'route') && pattern.test(e.key) && !e.key.includes('/admin/') && !e.key.includes('/benachrichtigungen/') && ENDPOINTS[e.key]!.access === 'signed-in';
const draftBody = (target: Target) => JSON.stringify({ baseRevision: target.headRevision, content: doc('Neuer Text.') });

describe('signed in as the district’s coordinator (the same URLs work for the right person)', () => {
  let target: Target;
  beforeAll(async () => {
    target = await buildTarget();
    await signInAs(target.coordinatorId);
  });
  afterAll(() => {
    mockSession.cookie = undefined;
  });

  // Pages only: the export and the autosave are exercised for their own users in their own tests.
  it.each(endpoints.filter((e) => e.kind === 'page' && withIds(e, /\[[a-zA-Z]+\]/)).map((e) => [e.key, e] as const))('%s answers', async (_key, endpoint) => {
    expect(await call(endpoint, target.params)).toEqual({ kind: 'returned' });
  });
});

describe.each([
  ['coordinator of another district', 'otherDistrict'],
  ['advisor of another district', 'unassignedAdvisor'],
  ['platform administrator (district content)', 'admin'],
] as const)('signed in as %s, naming this district’s records', (_label, who) => {
  let target: Target;

  beforeAll(async () => {
    target = await buildTarget();
    const other = await buildDistrict();
    const person = who === 'admin' ? await buildAdmin() : who === 'otherDistrict' ? await buildMember(other.id, 'coordinator') : await buildAdvisor([other.id]);
    await signInAs(person.id);
  });
  afterAll(() => {
    mockSession.cookie = undefined;
  });

  // The administrator manages districts and their members but reads no concept: only concept URLs apply.
  const pagesAndRoutes = endpoints.filter((e) => withIds(e, who === 'admin' ? /\[(conceptId|sectionId)\]/ : /\[[a-zA-Z]+\]/));

  it.each(pagesAndRoutes.map((e) => [e.key, e] as const))('%s answers not found', async (_key, endpoint) => {
    const answer = await call(endpoint, target.params, draftBody(target));
    expect(answer).toEqual(endpoint.kind === 'route' ? { kind: 'status', status: 404 } : { kind: 'error', code: 'not_found' });
  });

  it('opening someone else’s notification leads to one’s own list and leaves it unread', async () => {
    const endpoint = endpoints.find((e) => e.key === 'app/(app)/benachrichtigungen/[notificationId]/oeffnen/route.ts#GET')!;
    expect(await call(endpoint, target.params)).toEqual({ kind: 'redirect', url: '/benachrichtigungen' });
    const row = await getDb().selectFrom('notifications').select('read_at').where('id', '=', target.notificationId).executeTakeFirstOrThrow();
    expect(row.read_at).toBeNull();
  });
});
