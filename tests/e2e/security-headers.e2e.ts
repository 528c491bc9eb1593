import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { DEMO_PASSWORD } from '@/lib/demo/demo-accounts';
import { baseUrl, findChromium, signIn } from './support/browser';
import { signInToDashboard, useBrowserPerTest } from './support/session';

// Skipped only locally when no chromium is installed (the reason is printed); in CI a missing chromium fails.
const describeWithBrowser = findChromium() ? describe : describe.skip;

/** What a data-protection officer checks first: these headers on every page the app renders. */
function checkHeaders(url: string, response: Response): string {
  const headers = response.headers();
  const policy = new Map(
    (headers['content-security-policy'] ?? '').split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );
  const scripts = policy.get('script-src') ?? [];
  const problems = [
    !scripts.some((v) => /^'nonce-[A-Za-z0-9+/=_-]{16,}'$/.test(v)) && 'script-src ohne Nonce',
    scripts.includes("'unsafe-inline'") && "script-src erlaubt 'unsafe-inline'",
    scripts.includes("'unsafe-eval'") && "script-src erlaubt 'unsafe-eval'",
    policy.get('frame-ancestors')?.join(' ') !== "'none'" && 'frame-ancestors fehlt',
    policy.get('object-src')?.join(' ') !== "'none'" && 'object-src fehlt',
    headers['x-content-type-options'] !== 'nosniff' && 'nosniff fehlt',
    headers['x-frame-options'] !== 'DENY' && 'X-Frame-Options fehlt',
    !['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(headers['referrer-policy'] ?? '') &&
      'Referrer-Policy fehlt oder verrät Adressen',
    !/camera=\(\)/.test(headers['permissions-policy'] ?? '') && 'Permissions-Policy fehlt',
    headers['x-powered-by'] !== undefined && 'X-Powered-By verrät den Server',
  ].filter(Boolean);
  return problems.length ? `${url}: ${problems.join(', ')}` : 'ok';
}

const nonceOf = (response: Response) => /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];

/** Traces of the inside of the server a page or answer must never show. */
const LEAKS: Array<[string, RegExp]> = [
  ['Stacktrace', /\bat [\w.<>$]+ \(|\bat (async )?\/|\.(ts|tsx|js|mjs):\d+:\d+/],
  ['Pfad', /node_modules|\/lib\/|\/db\/|webpack|turbopack/i],
  ['SQL', /\b(select|insert into|update|delete from)\b[^<]{0,80}\b(from|set|values|where)\b/i],
  ['Datenbankfehler', /syntax error|invalid input syntax|violates|relation "|column "|postgres|pglite|kysely|duplicate key/i],
  ['Fehlerklasse', /\b(TypeError|ReferenceError|RangeError|ZodError|DatabaseError)\b/],
];
function leaks(text: string): string[] {
  // Scripts carry Next's own data (chunk names and the like); what a person sees and the answers' text are checked.
  const visible = text.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<link\b[^>]*>/gi, '');
  return LEAKS.filter(([, pattern]) => pattern.test(visible)).map(([name]) => `${name}: ${visible.match(LEAKS.find(([n]) => n === name)![1])![0]}`);
}

describeWithBrowser('Sicherheits-Header, CSP mit Nonce und Fehlerseiten', () => {
  /** No bypassCSP: the app's own policy is what is tested here. */
  async function newContext(browser: Browser): Promise<BrowserContext> {
    const created = await browser.newContext();
    // Injected by the browser itself (not subject to the page's CSP): records every policy violation of the page.
    await created.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
    return created;
  }
  const current = useBrowserPerTest(newContext);

  const violations = (p: Page) => p.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  /** Next's inline scripts ran when its flight data array exists: without the nonce the page would not hydrate. */
  const isHydrated = (p: Page) => p.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown }).__next_f));

  async function visit(p: Page, url: string): Promise<{ response: Response; html: string }> {
    const response = (await p.goto(url.startsWith('http') ? url : `${baseUrl()}${url}`))!;
    await p.waitForLoadState('load');
    return { response, html: await response.text() };
  }

  async function checkPage(p: Page, url: string, nonces: Set<string>): Promise<string[]> {
    const { response, html } = await visit(p, url);
    const problems: string[] = [];
    if (response.status() !== 200) problems.push(`${url}: Status ${response.status()}`);
    const headerCheck = checkHeaders(url, response);
    if (headerCheck !== 'ok') problems.push(headerCheck);
    const nonce = nonceOf(response);
    if (nonce) {
      if (nonces.has(nonce)) problems.push(`${url}: Nonce wiederverwendet`);
      nonces.add(nonce);
      const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
      if (scripts.length === 0) problems.push(`${url}: keine Skripte gefunden`);
      const without = scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`));
      if (without.length) problems.push(`${url}: ${without.length} Skripte ohne Nonce, z. B. ${without[0]}`);
    }
    const seen = await violations(p);
    if (seen.length) problems.push(`${url}: CSP-Verstöße ${seen.join(', ')}`);
    if (!(await isHydrated(p))) problems.push(`${url}: Next-Skripte liefen nicht`);
    return problems;
  }

  it('every main page carries CSP with a fresh nonce (no unsafe-inline), frame-ancestors, nosniff, Referrer- and Permissions-Policy; its scripts run', async () => {
    const nonces = new Set<string>();
    const problems: string[] = [];
    problems.push(...(await checkPage(current.page, '/login', nonces)));

    // Signing in runs next-auth's client code: it works only if the page's scripts were allowed.
    await signInToDashboard(current.page, 'koordination@musterland.example');
    const main = current.page.getByRole('main');
    const districtUrl = await main.getByRole('link', { name: 'Landkreis Musterland' }).first().getAttribute('href');
    await main.getByRole('link', { name: /Gewaltschutzkonzept für die Gemeinschaftsunterkünfte/ }).first().click();
    await current.page.waitForURL(/\/concepts\/[0-9a-f-]{36}$/);
    const conceptUrl = new URL(current.page.url()).pathname;
    await current.page.getByRole('table').getByRole('link', { name: 'Rechtliche Grundlagen', exact: true }).click();
    await current.page.waitForURL(/\/sections\//);
    const sectionUrl = new URL(current.page.url()).pathname;

    const pages = [
      '/',
      '/account',
      '/benachrichtigungen',
      districtUrl!,
      `${districtUrl}/members`,
      `${districtUrl}/facilities`,
      `${districtUrl}/contacts`,
      `${districtUrl}/audit`,
      conceptUrl,
      `${conceptUrl}/eckdaten`,
      `${conceptUrl}/fassungen`,
      `${conceptUrl}/hinweise`,
      `${conceptUrl}/pruefung`,
      `${conceptUrl}/aktivitaet`,
      `${conceptUrl}/fassungen/1`,
      sectionUrl,
      `${sectionUrl}/history`,
    ];
    for (const url of pages) problems.push(...(await checkPage(current.page, url, nonces)));
    expect(problems).toEqual([]);

    // The editor (Tiptap, loaded by Next's scripts) comes up editable under the policy.
    await visit(current.page, sectionUrl);
    await current.page.locator('.ProseMirror[contenteditable="true"]').waitFor();
    expect(await violations(current.page)).toEqual([]);

    const admin = await newContext(current.browser);
    const adminPage = await admin.newPage();
    await signIn(adminPage, 'admin@werkstatt.example', DEMO_PASSWORD);
    // Past the sign-in page (its own URL matches any pattern under the base URL): a page opened while the redirect is
    // still under way is not answered.
    await adminPage.waitForURL((url) => !url.pathname.startsWith('/login'));
    const adminProblems: string[] = [];
    for (const url of ['/admin', '/admin/users', '/admin/districts']) adminProblems.push(...(await checkPage(adminPage, url, nonces)));
    expect(adminProblems).toEqual([]);
    await admin.close();

    // The advisor's views of the same concept (the demo concept is shared and under review).
    const advisor = await newContext(current.browser);
    const advisorPage = await advisor.newPage();
    await signInToDashboard(advisorPage, 'beratung@debug.example');
    const advisorProblems: string[] = [];
    for (const url of ['/', conceptUrl, `${conceptUrl}/pruefung`, `${conceptUrl}/hinweise`, sectionUrl]) {
      advisorProblems.push(...(await checkPage(advisorPage, url, nonces)));
    }
    expect(advisorProblems).toEqual([]);
    await advisor.close();
  });

  it('an injected event handler or javascript: link does not run; the browser reports the violation', async () => {
    await visit(current.page, '/login');
    await current.page.evaluate(() => {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<img id="skw-probe" src="data:," onerror="window.__skwRan = \'onerror\'"><a id="skw-link" href="javascript:window.__skwRan = \'link\'">x</a>',
      );
    });
    await current.page.locator('#skw-link').click();
    await current.page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length >= 2);
    expect(await current.page.evaluate(() => (window as unknown as { __skwRan?: string }).__skwRan)).toBeUndefined();
    expect((await violations(current.page)).every((v) => v.startsWith('script-src'))).toBe(true);
  });

  it('errors show a German page or message, never a stack trace, SQL or a path', async () => {
    await signInToDashboard(current.page, 'koordination@musterland.example');
    const problems: string[] = [];
    const pagesThatFail = [
      '/gibt-es-nicht',
      '/concepts/00000000-0000-4000-8000-000000000000',
      '/concepts/kein-gueltiger-schluessel',
      "/concepts/1'%20OR%20'1'='1",
      '/concepts/00000000-0000-4000-8000-000000000000/sections/praeambel/history?von=x&bis=%27%3B--',
      '/districts/%00',
    ];
    for (const url of pagesThatFail) {
      const { response, html } = await visit(current.page, url);
      if (response.status() === 200 || response.status() >= 500) problems.push(`${url}: Status ${response.status()}`);
      if (!/nicht gefunden|Fehler aufgetreten/.test(await current.page.locator('main').innerText())) problems.push(`${url}: keine deutsche Meldung`);
      problems.push(...leaks(html).map((leak) => `${url}: ${leak}`));
      if (checkHeaders(url, response) !== 'ok') problems.push(checkHeaders(url, response));
    }

    // Route handlers and server actions, called as a script on a signed-in page would.
    const answers = await current.page.evaluate(async () => {
      const post = (url: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
        fetch(url, { method: 'POST', headers, body }).then(async (r) => ({ url, status: r.status, text: await r.text() }));
      return Promise.all([
        post('/api/sections/kein-gueltiger-schluessel/draft', JSON.stringify({ baseRevision: 0, content: { type: 'doc', content: [] } })),
        post('/api/sections/00000000-0000-4000-8000-000000000000/draft', JSON.stringify({ baseRevision: "0; drop table sections", content: null })),
        post('/api/sections/00000000-0000-4000-8000-000000000000/draft', '{"baseRevision": 0, "content": {"type": "doc", "content": [{"type": "<script>"}]}'),
        post('/api/sections/00000000-0000-4000-8000-000000000000/draft', 'kein JSON', { 'content-type': 'text/plain' }),
        fetch('/api/concepts/kein-gueltiger-schluessel/export').then(async (r) => ({ url: 'export', status: r.status, text: await r.text() })),
        // The download made in advance, for a concept that is not there (or not the caller's).
        fetch('/api/concepts/kein-gueltiger-schluessel/export', { method: 'POST' }).then(async (r) => ({ url: 'export POST', status: r.status, text: await r.text() })),
        fetch('/api/concepts/00000000-0000-4000-8000-000000000000/export', { method: 'POST' }).then(async (r) => ({ url: 'export POST (unbekannt)', status: r.status, text: await r.text() })),
        // A server action id that does not exist.
        post('/', '[]', { 'next-action': 'ffffffffffffffffffffffffffffffffffffffff', 'content-type': 'text/plain;charset=UTF-8' }),
      ]);
    });
    for (const answer of answers) {
      if (answer.status === 200 || answer.status >= 500) problems.push(`${answer.url}: Status ${answer.status}`);
      // Making a download in advance answers 204: for a concept that is not there, „nicht gefunden“.
      if (answer.url.startsWith('export POST') && answer.status !== 404) problems.push(`${answer.url}: Status ${answer.status}`);
      problems.push(...leaks(answer.text).map((leak) => `${answer.url}: ${leak}`));
    }
    expect(problems).toEqual([]);
  });
});
