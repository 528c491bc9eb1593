/**
 * Stored hostile values must stay text on every page. The values are written through the real
 * use cases into the running app's database (a district of its own, so the demo data other
 * browser tests rely on stay as they are): names of the district, the people, facilities and
 * contacts, the concept's details, section text with links and data fields, several revisions,
 * comments, replies, a disposition, a verdict, workflow notes. Then every page that shows stored
 * values is opened as the person who sees it — editor, read-only view, history and diff, the
 * conflict view, comments, overview, Fassungen and their comparison, Hinweise, Protokoll and
 * Aktivität, district data, notifications, administration — and nothing may have run: the
 * payloads call `window.__pwned(id)`, which only records the call; dialogs (alert) and console
 * are watched, and the DOM is searched for injected event handlers, script, frames and
 * script/data links.
 */
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { lockFilePath } from '@/db/embedded';
import type { Actor } from '@/lib/access';
import type { TiptapNode } from '@/lib/editor/types';
import { baseUrl, findChromium, launchBrowser, signIn } from './support/browser';
import { RENDERABLE_PAYLOADS, HOSTILE_PAYLOADS } from '../security/hostile-corpus';

const describeWithBrowser = findChromium() ? describe : describe.skip;

/** The embedded database of the app the browser suite started (its launcher writes the address into its lock file). */
function appDatabaseUrl(): string {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error('E2E_DATA_DIR fehlt: Die Browser-Tests starten die App in tests/e2e/support/global-setup.ts.');
  const lock = JSON.parse(fs.readFileSync(lockFilePath(dataDir), 'utf8')) as { url: string | null };
  if (!lock.url) throw new Error('Die Adresse der eingebetteten Datenbank steht noch nicht in der Sperrdatei.');
  return lock.url;
}

const payload = (id: string) => HOSTILE_PAYLOADS.find((p) => p.id === id)!.text;

interface Stored {
  districtId: string;
  conceptId: string;
  facilityId: string;
  contactId: string;
  coordinator: { email: string; password: string };
  advisor: { email: string; password: string };
  admin: { email: string; password: string };
  /** The editor's session, for the save that makes the coordinator's open editor run into a conflict. */
  editor: Actor;
  sectionId: string;
}

/** Runs a write that may refuse a hostile value; a refusal (German invalid_input) is fine here, the form tests check it. */
async function tryStore<T>(write: () => Promise<T>): Promise<T | undefined> {
  const { isAppError } = await import('@/lib/errors');
  try {
    return await write();
  } catch (error) {
    if (isAppError(error) && error.code === 'invalid_input') return undefined;
    throw error;
  }
}

async function storeHostileValues(): Promise<Stored> {
  process.env.DATABASE_URL = appDatabaseUrl();
  // Loaded only now: the modules read DATABASE_URL when they first open the pool.
  const { getDb } = await import('@/db/client');
  const { hashPassword } = await import('@/lib/auth/passwords');
  const { actorFor, buildAdmin, uniqueTag, DEFAULT_TEST_PASSWORD } = await import('../support/factories');
  const { createDistrict } = await import('@/lib/districts/create-district');
  const { addMember } = await import('@/lib/members/invite-member');
  const { acceptInvitation } = await import('@/lib/members/invitations');
  const { createUser } = await import('@/lib/users/create-user');
  const { assignAdvisor } = await import('@/lib/advisors/manage-assignments');
  const { saveFacility } = await import('@/lib/facilities/manage-facilities');
  const { saveContact } = await import('@/lib/contacts/manage-contacts');
  const { createConcept } = await import('@/lib/concepts/create-concept');
  const { shareConcept } = await import('@/lib/workflow/share-concept');
  const { findSectionByKey } = await import('@/lib/sections/queries');
  const { saveSectionDraft } = await import('@/lib/sections/save-section-draft');
  const { resolveThread } = await import('@/lib/comments/resolve-threads');
  const { addComment, replyToComment } = await import('@/lib/comments/write-comments');
  const { submitConceptForReview } = await import('@/lib/workflow/submit-concept-for-review');
  const { giveVerdict } = await import('@/lib/review/give-verdict');
  const { requestChanges } = await import('@/lib/workflow/give-review-outcome');
  const { facilityValues, contactValues } = await import('../support/district-data-factories');

  const db = getDb();
  const tag = uniqueTag();
  const adminUser = await buildAdmin();
  const admin = await actorFor(adminUser.id);
  /** Accounts get a known password (the use cases hand out a temporary one to be changed at first sign-in). */
  const usable = async (userId: string) => {
    await db
      .updateTable('users')
      .set({ password_hash: await hashPassword(DEFAULT_TEST_PASSWORD), must_change_password: false })
      .where('id', '=', userId)
      .execute();
    return actorFor(userId);
  };

  const district = await createDistrict(admin, { name: `Landkreis ${payload('attr-tag-break')}`.slice(0, 120), kind: 'Landkreis', state: 'Hessen' });
  const member = async (role: 'coordinator' | 'editor', displayName: string) => {
    const email = `feindlich-${role}-${tag}@test.example`;
    const { invitationId } = await addMember(admin, { districtId: district.id, email, displayName, role });
    const user = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    const actor = await usable(user.id);
    await acceptInvitation(actor, { invitationId });
    return { email, actor: await actorFor(user.id) };
  };
  const coordinator = await member('coordinator', payload('img-onerror'));
  const editor = await member('editor', payload('svg-onload'));
  const advisorEmail = `feindlich-beratung-${tag}@test.example`;
  const { user: advisorUser } = await createUser(admin, { email: advisorEmail, displayName: payload('script-tag'), platformRole: 'advisor' });
  await assignAdvisor(admin, { userId: advisorUser.id, districtId: district.id });
  const advisor = await usable(advisorUser.id);

  const facilityIds: string[] = [];
  for (const p of RENDERABLE_PAYLOADS) {
    const text = { name: p.text, address: p.text, operator: p.text, nightCover: p.text, note: p.text };
    const saved = await tryStore(() => saveFacility(coordinator.actor, { districtId: district.id, ...facilityValues(), ...text }));
    if (saved) facilityIds.push(saved.id);
  }
  let contactId: string | undefined;
  for (const p of RENDERABLE_PAYLOADS) {
    const text = { organisation: p.text, hours: p.text, languages: p.text, address: p.text, note: p.text };
    const saved = await tryStore(() => saveContact(coordinator.actor, { districtId: district.id, ...contactValues(), ...text }));
    contactId ??= saved?.id;
  }
  expect(facilityIds.length).toBeGreaterThan(40);

  const concept = await createConcept(coordinator.actor, {
    districtId: district.id,
    templateId: 'gewaltschutz-gu',
    title: `Gewaltschutzkonzept ${payload('attr-double-quote')}`,
    responsible: payload('noscript-title'),
    facilityIds: facilityIds.slice(0, 6),
  });
  await shareConcept(coordinator.actor, { conceptId: concept.id });
  const section = (await findSectionByKey(db, { conceptId: concept.id, key: 'praeambel' }))!;

  const text = (value: string, marks?: TiptapNode['marks']): TiptapNode => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
  // The NUL byte is refused in rich text (the autosave tests check that); everything else is stored.
  const storable = RENDERABLE_PAYLOADS.filter((p) => !p.text.includes('\u0000'));
  const paragraphs = (from: number, to: number): TiptapNode[] =>
    storable.slice(from, to).map((p) => ({ type: 'paragraph', content: [text(p.text, p.id.length % 2 ? [{ type: 'bold' }] : undefined)] }));
  const fields: TiptapNode = {
    type: 'paragraph',
    content: ['district.name', 'concept.title', 'concept.responsible', 'concept.coordinator', 'facilities.names'].map((name) => ({ type: 'dataField', attrs: { name } })),
  };
  const link: TiptapNode = {
    type: 'paragraph',
    content: [text(payload('anchor-js'), [{ type: 'link', attrs: { href: payload('https-quote-break'), title: payload('attr-single-quote') } }])],
  };
  const table: TiptapNode = {
    type: 'table',
    content: [
      { type: 'tableRow', content: [0, 1].map((i) => ({ type: 'tableHeader', content: [{ type: 'paragraph', content: [text(RENDERABLE_PAYLOADS[i]!.text)] }] })) },
      { type: 'tableRow', content: [2, 3].map((i) => ({ type: 'tableCell', content: [{ type: 'paragraph', content: [text(RENDERABLE_PAYLOADS[i]!.text)] }] })) },
    ],
  };
  let head = 0;
  const save = async (actor: Actor, content: TiptapNode[]) => {
    head = (await saveSectionDraft(actor, { sectionId: section.id, baseRevision: head, content: { type: 'doc', content } })).revision;
  };
  await save(editor.actor, [fields, link, table, ...paragraphs(0, 40)]);
  await save(editor.actor, [fields, link, table, ...paragraphs(20, 60)]);

  for (const p of RENDERABLE_PAYLOADS.slice(0, 40)) await tryStore(() => addComment(advisor, { sectionId: section.id, body: p.text }));
  const thread = await addComment(advisor, { sectionId: section.id, body: payload('details-ontoggle'), range: { revision: head, start: 0, end: 12 } });
  await replyToComment(editor.actor, { threadId: thread.threadId, body: payload('mxss-math') });
  await resolveThread(coordinator.actor, { threadId: thread.threadId, disposition: 'teilweise', reason: payload('iframe-srcdoc') });

  await submitConceptForReview(coordinator.actor, { conceptId: concept.id, note: payload('comment-break') });
  await giveVerdict(advisor, { sectionId: section.id, verdict: 'nachbessern', note: payload('input-autofocus') });
  await requestChanges(advisor, { conceptId: concept.id, note: payload('json-script-close') });
  await save(editor.actor, [fields, link, table, ...paragraphs(40, storable.length)]);

  return {
    districtId: district.id,
    conceptId: concept.id,
    facilityId: facilityIds[0]!,
    contactId: contactId!,
    coordinator: { email: coordinator.email, password: DEFAULT_TEST_PASSWORD },
    advisor: { email: advisorEmail, password: DEFAULT_TEST_PASSWORD },
    admin: { email: adminUser.email, password: DEFAULT_TEST_PASSWORD },
    editor: editor.actor,
    sectionId: section.id,
  };
}

interface Watch {
  calls: string[];
  dialogs: string[];
  console: string[];
}

/** A signed-in browser context whose pages record every sign that a payload ran. */
async function watchedContext(browser: Browser, account: { email: string; password: string }): Promise<{ context: BrowserContext; page: Page; watch: Watch }> {
  const context = await browser.newContext();
  const watch: Watch = { calls: [], dialogs: [], console: [] };
  await context.exposeBinding('__pwned', (_source, id: unknown) => void watch.calls.push(String(id)));
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    const line = message.text();
    if (/pwned|Refused to (execute|load)|Content Security Policy/i.test(line)) watch.console.push(line);
  });
  page.on('pageerror', (error) => watch.console.push(`pageerror: ${error.message}`));
  await signIn(page, account.email, account.password);
  await page.waitForURL(`${baseUrl()}/`);
  // The watch itself must see a call and an injected element, or every check below would pass for nothing.
  await page.evaluate(() => (window as unknown as { __pwned: (id: string) => void }).__pwned('selbsttest'));
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<span id="selbsttest" onmouseover="void 0"></span>'));
  // The binding's call reaches this process asynchronously.
  for (let i = 0; i < 50 && watch.calls.length === 0; i++) await page.waitForTimeout(20);
  expect(watch.calls).toEqual(['selbsttest']);
  expect(await injectedElements(page)).toEqual([expect.stringContaining('onmouseover')]);
  await page.evaluate(() => document.getElementById('selbsttest')?.remove());
  // The self-test's own handler may be reported by the Content Security Policy (blocked, as it should be);
  // those reports arrive asynchronously and belong to the self-test, not to the pages checked below.
  await page.waitForTimeout(200);
  watch.calls.length = 0;
  watch.console.length = 0;
  return { context, page, watch };
}

/** Elements and attributes that only an injection could have put into the page. */
async function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (el: Element) => el.outerHTML.slice(0, 160);
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`event handler ${attr.name}: ${describe(el)}`);
        if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'background', 'poster'].includes(attr.name.toLowerCase())) {
          // React's own placeholder on forms bound to a server action (it only throws, if ever submitted natively).
          if (attr.value === "javascript:throw new Error('React form unexpectedly submitted.')") continue;
          const value = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
          if (/^(javascript|vbscript|data):/.test(value) || attr.name.toLowerCase() === 'srcdoc') found.push(`${attr.name}: ${describe(el)}`);
        }
      }
    }
    for (const el of Array.from(document.querySelectorAll('iframe, object, embed, base, frame, frameset, meta[http-equiv], svg script, math, img[src="x"], video, details[ontoggle]'))) {
      found.push(`element: ${describe(el)}`);
    }
    for (const script of Array.from(document.querySelectorAll('script'))) {
      if ((script.textContent ?? '').includes('__pwned(') && !/self\.__next_f|__next_f\.push/.test(script.textContent ?? '')) found.push(`script: ${describe(script)}`);
    }
    return found;
  });
}

async function expectNothingRan(page: Page, watch: Watch, what: string, options: { mustShow?: string } = {}): Promise<void> {
  // Give event handlers (onload, onerror, autofocus) a moment to fire.
  await page.waitForTimeout(400);
  const body = await page.locator('body').innerText();
  expect({ what, error: /unerwarteter Fehler|Application error|nicht gefunden/i.test(body) }).toEqual({ what, error: false });
  if (options.mustShow !== undefined) expect({ what, shows: body.includes(options.mustShow) }).toEqual({ what, shows: true });
  expect({ what, injected: await injectedElements(page) }).toEqual({ what, injected: [] });
  expect({ what, calls: watch.calls, dialogs: watch.dialogs, console: watch.console }).toEqual({ what, calls: [], dialogs: [], console: [] });
}

describeWithBrowser('Gespeicherte feindliche Werte im Browser', () => {
  let browser: Browser;
  let stored: Stored;

  beforeAll(async () => {
    stored = await storeHostileValues();
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    const { closeDb } = await import('@/db/client');
    await closeDb();
  });

  // Any stored value as the pages show it: its text, not markup.
  const visible = "window.__pwned('";

  it('the district sees every page with stored values, and none of them runs anything', async () => {
    const { context, page, watch } = await watchedContext(browser, stored.coordinator);
    const concept = `/concepts/${stored.conceptId}`;
    const district = `/districts/${stored.districtId}`;
    const pages: [string, string, string?][] = [
      ['Übersicht', '/'],
      ['Konzept', concept],
      ['Editor', `${concept}/sections/praeambel`],
      ['Verlauf', `${concept}/sections/praeambel/history`],
      ['Vergleich zweier Versionen', `${concept}/sections/praeambel/history?from=1&to=3`],
      ['Fassungen', `${concept}/fassungen`],
      ['Fassung 1', `${concept}/fassungen/1`],
      ['Fassung mit aktuellem Text verglichen', `${concept}/fassungen/vergleich?von=1&bis=aktuell`],
      ['Hinweise der Beratung', `${concept}/hinweise`],
      ['Aktivität', `${concept}/aktivitaet`],
      ['Vollständigkeitsprüfung', `${concept}/pruefung`],
      ['Eckdaten', `${concept}/eckdaten`],
      ['Einreichen', `${concept}/einreichen`],
      ['Beschluss', `${concept}/beschluss`],
      ['Kommune', district],
      ['Unterkünfte', `${district}/facilities`],
      ['Unterkunft', `${district}/facilities/${stored.facilityId}`],
      ['Kontakte', `${district}/contacts`],
      ['Kontakt', `${district}/contacts/${stored.contactId}`],
      ['Mitglieder', `${district}/members`],
      ['Protokoll', `${district}/audit`],
      ['Benachrichtigungen', '/benachrichtigungen'],
      ['Konto', '/account'],
    ];
    for (const [what, url] of pages) {
      const response = await page.goto(`${baseUrl()}${url}`);
      expect({ what, status: response?.status() }).toEqual({ what, status: 200 });
      await expectNothingRan(page, watch, what, { mustShow: visible });
    }

    // Comments beside the text.
    await page.goto(`${baseUrl()}${concept}/sections/praeambel`);
    await page.locator('.ProseMirror').waitFor();
    await page.getByRole('tab', { name: /Kommentare/ }).click();
    await page.locator('.comment__body').first().waitFor();
    await expectNothingRan(page, watch, 'Kommentare', { mustShow: visible });

    // The conflict view shows the other person's hostile text beside one's own.
    // The editor saves while the coordinator's page is open.
    const { saveSectionDraft } = await import('@/lib/sections/save-section-draft');
    const { getDb } = await import('@/db/client');
    const section = await getDb().selectFrom('sections').select('head_revision').where('id', '=', stored.sectionId).executeTakeFirstOrThrow();
    await saveSectionDraft(stored.editor, {
      sectionId: stored.sectionId,
      baseRevision: section.head_revision,
      content: { type: 'doc', content: RENDERABLE_PAYLOADS.filter((p) => !p.text.includes('\u0000')).slice(0, 30).map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: `${p.text} (Konflikt)` }] })) },
    });
    await page.locator('.ProseMirror').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Eigener Satz.');
    await page.getByRole('heading', { name: /^Konflikt:/ }).waitFor({ timeout: 30_000 });
    await expectNothingRan(page, watch, 'Konflikt', { mustShow: '(Konflikt)' });
    await context.close();
  }, 300_000);

  it('the advisor sees the read-only text, the comments and the review pages, and none of them runs anything', async () => {
    const { context, page, watch } = await watchedContext(browser, stored.advisor);
    const concept = `/concepts/${stored.conceptId}`;
    for (const [what, url] of [
      ['Arbeitsplatz der Beratung', '/'],
      ['Konzept (Beratung)', concept],
      ['Abschnitt schreibgeschützt', `${concept}/sections/praeambel`],
      ['Verlauf (Beratung)', `${concept}/sections/praeambel/history`],
      ['Hinweise (Beratung)', `${concept}/hinweise`],
      ['Fassung 1 (Beratung)', `${concept}/fassungen/1`],
      ['Benachrichtigungen (Beratung)', '/benachrichtigungen'],
    ] as const) {
      const response = await page.goto(`${baseUrl()}${url}`);
      expect({ what, status: response?.status() }).toEqual({ what, status: 200 });
      await expectNothingRan(page, watch, what, { mustShow: visible });
    }
    await context.close();
  }, 180_000);

  it('the administration lists districts and accounts with their hostile names, and nothing runs', async () => {
    const { context, page, watch } = await watchedContext(browser, stored.admin);
    // The start page of the administration lists only what needs attention (none of the stored names).
    await page.goto(`${baseUrl()}/admin`);
    await expectNothingRan(page, watch, 'Verwaltung');
    for (const [what, url] of [
      ['Konten', '/admin/users'],
      ['Kommunen', '/admin/districts'],
      ['Kommune (Verwaltung)', `/admin/districts/${stored.districtId}`],
    ] as const) {
      const response = await page.goto(`${baseUrl()}${url}`);
      expect({ what, status: response?.status() }).toEqual({ what, status: 200 });
      await expectNothingRan(page, watch, what, { mustShow: visible });
    }
    await context.close();
  }, 120_000);
});

// Keep the corpus honest: the browser test stores enough of it to mean something.
if (RENDERABLE_PAYLOADS.length < 50) throw new Error('Der Korpus für den Browser-Test ist zu klein.');
