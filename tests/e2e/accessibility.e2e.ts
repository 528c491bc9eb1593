import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@/lib/demo/demo-accounts';
import { auditPages, axeFindings, expectNoSeriousViolations, type PageCheck, type PageResult } from './support/axe';
import { baseUrl, findChromium, formError, launchBrowser, signIn } from './support/browser';
import { typeAtEnd } from './support/editor';

// Skipped only when no chromium is installed (the reason is printed by global-setup); CI installs it.
const describeWithBrowser = findChromium() ? describe : describe.skip;

/*
 * axe-core (WCAG 2.1 A/AA) on every main page, each opened by the role that works with it: the
 * demo concept of Landkreis Musterland is in „Überarbeitung erbeten“ after Fassung 1, so its
 * review views (Fassungen, comparison, hinweise, verdicts, comments) all have content. Every page
 * must answer with the expected status and h1, so axe never passes on an error page by mistake.
 * The review loop (review-loop.e2e.ts) audits the states this concept never reaches (submitted,
 * approved, adopted).
 */
const DEMO_CONCEPT = /Gewaltschutzkonzept für die Gemeinschaftsunterkünfte/;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const editorReady = async (page: Page) => {
  await page.locator('.ProseMirror').waitFor();
};
/** The section page with its help tab shown instead of the comments. */
const helpShown = async (page: Page) => {
  await editorReady(page);
  await page.getByRole('tab', { name: 'Hilfe' }).click();
  await page.getByRole('heading', { name: 'Hilfe zu diesem Abschnitt' }).waitFor();
};

describeWithBrowser('Barrierefreiheit (axe-core, WCAG 2.1 AA) auf allen Hauptseiten', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** What the coordinator finds by following links; the other roles reuse it. */
  let conceptPath = '';
  let districtPath = '';
  let facilityPath = '';
  let contactPath = '';
  let otherDistrictPath = '';
  const results: PageResult[] = [];

  /** A browser of its own for one person, signed in (bypassCSP only so that axe can be injected). */
  async function signedIn(email: string): Promise<Page> {
    const context = await browser.newContext({ bypassCSP: true });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, email, DEMO_PASSWORD);
    await page.waitForURL(`${baseUrl()}/`);
    return page;
  }

  /** The first link in the main content whose path matches, as a path. */
  async function linkPath(page: Page, pattern: RegExp): Promise<string> {
    const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const found = hrefs.find((h) => pattern.test(h));
    if (!found) throw new Error(`Kein Link nach ${pattern} auf ${page.url()}`);
    return found;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
  });

  it('the audit itself finds what it is meant to find (an unnamed image, an unlabelled field, faint text)', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/login`);
    // After hydration: React would otherwise replace what was added to its tree.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'probe';
      probe.innerHTML = '<img src="/favicon.ico"><input type="text" id="ohne-label"><p style="color:#bbb;background:#fff">blass</p>';
      document.querySelector('main')!.append(probe);
    });
    await page.locator('#probe #ohne-label').waitFor({ state: 'attached' });
    const findings = await axeFindings(page);
    expect(findings.map((f) => f.rule).sort()).toEqual(expect.arrayContaining(['color-contrast', 'image-alt', 'label']));
    expect(findings.find((f) => f.rule === 'label')!.targets).toEqual(['#ohne-label']);
    expect(() => expectNoSeriousViolations([{ name: 'Probe', url: page.url(), problem: null, findings }])).toThrow(/Probe – [^\n]*\n[\s\S]*\n {2}image-alt \(critical\): [^\n]*\n {4}[^\n]*img/);
  });

  it('signed out: the sign-in page, with and without an error, and the page that does not exist', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    contexts.push(context);
    const page = await context.newPage();
    const found = await auditPages(page, [
      { name: 'Anmeldung', path: '/login', heading: 'Anmelden' },
      { name: 'Nicht gefunden (abgemeldet)', path: '/gibt-es-nicht', status: 404, heading: 'Seite nicht gefunden' },
    ]);
    // The form after a wrong password: the error is announced and tied to the form.
    await signIn(page, 'niemand@musterland.example', 'falsches-passwort');
    await formError(page).waitFor();
    found.push({ name: 'Anmeldung mit Fehlermeldung', url: page.url(), problem: null, findings: await axeFindings(page) });
    results.push(...found);
    expectNoSeriousViolations(found);
  });

  it('the coordinator’s pages: start, concept, sections, history, Fassungen, review views, district, account', async () => {
    const page = await signedIn('koordination@musterland.example');
    await page.getByRole('main').getByRole('link', { name: DEMO_CONCEPT }).first().click();
    await page.waitForURL(new RegExp(`/concepts/${UUID}$`));
    conceptPath = new URL(page.url()).pathname;
    districtPath = await linkPath(page, new RegExp(`^/districts/${UUID}$`));
    await page.goto(`${baseUrl()}${districtPath}/facilities`);
    facilityPath = await linkPath(page, new RegExp(`^/districts/${UUID}/facilities/${UUID}$`));
    await page.goto(`${baseUrl()}${districtPath}/contacts`);
    contactPath = await linkPath(page, new RegExp(`^/districts/${UUID}/contacts/${UUID}$`));

    const c = conceptPath;
    const d = districtPath;
    const checks: PageCheck[] = [
      { name: 'Start (Koordination)', path: '/', heading: /^Willkommen, Miriam/ },
      { name: 'Konzeptübersicht (Überarbeitung erbeten)', path: c, heading: DEMO_CONCEPT },
      { name: 'Abschnitt mit erledigten Kommentaren', path: `${c}/sections/beschwerdemanagement`, heading: /Beschwerdemanagement$/, ready: editorReady },
      { name: 'Abschnitt mit Hilfe-Reiter', path: `${c}/sections/beschwerdemanagement`, heading: /Beschwerdemanagement$/, ready: helpShown },
      {
        name: 'Abschnitt, erledigte Kommentare aufgeklappt',
        path: `${c}/sections/beschwerdemanagement`,
        heading: /Beschwerdemanagement$/,
        ready: async (p) => {
          await editorReady(p);
          await p.getByRole('tab', { name: /^Kommentare/ }).click();
          await p.getByRole('button', { name: /^Erledigte Kommentare anzeigen/ }).click();
          await p.locator('.comment--resolved').first().waitFor();
        },
      },
      { name: 'Abschnitt mit breiter Tabelle (Risikoanalyse)', path: `${c}/sections/risikoanalyse`, heading: /Risiko- und Ressourcenanalyse$/, ready: editorReady },
      { name: 'Verlauf', path: `${c}/sections/beschwerdemanagement/history`, heading: /^Verlauf: .*Beschwerdemanagement$/ },
      {
        name: 'Verlauf mit Vergleich zweier Versionen',
        path: `${c}/sections/beschwerdemanagement/history?from=1&to=2`,
        heading: /^Verlauf: .*Beschwerdemanagement$/,
        ready: async (p) => {
          await p.locator('main .diff, main table').first().waitFor();
        },
      },
      { name: 'Verlauf, eine Version lesen (breite Tabelle)', path: `${c}/sections/risikoanalyse/history?view=1`, heading: /^Verlauf: .*Risiko- und Ressourcenanalyse$/ },
      { name: 'Fassungen', path: `${c}/fassungen`, heading: 'Fassungen' },
      { name: 'Fassung 1', path: `${c}/fassungen/1`, heading: /^Fassung 1: / },
      { name: 'Vergleich Fassung 1 → aktueller Stand', path: `${c}/fassungen/vergleich?von=1&bis=aktuell`, heading: /^Fassung 1 → / },
      { name: 'Hinweise der Beratung (Stellungnahme)', path: `${c}/hinweise`, heading: 'Hinweise der Beratung und ihre Umsetzung' },
      { name: 'Aktivität', path: `${c}/aktivitaet`, heading: 'Aktivität' },
      { name: 'Vollständigkeitsprüfung', path: `${c}/pruefung`, heading: 'Vollständigkeitsprüfung' },
      { name: 'Einreichen (Fassung 2)', path: `${c}/einreichen`, heading: 'Zur Beratung einreichen' },
      { name: 'Beschluss (noch nicht möglich)', path: `${c}/beschluss`, heading: 'Beschluss eintragen' },
      { name: 'Eckdaten', path: `${c}/eckdaten`, heading: 'Eckdaten bearbeiten' },
      { name: 'Kommune', path: d, heading: 'Landkreis Musterland' },
      { name: 'Mitglieder', path: `${d}/members`, heading: /^Mitglieder – / },
      { name: 'Unterkünfte', path: `${d}/facilities`, heading: /^Unterkünfte – / },
      { name: 'Unterkunft', path: facilityPath, heading: /./ },
      { name: 'Unterkunft anlegen', path: `${d}/facilities/new`, heading: 'Unterkunft anlegen' },
      { name: 'Kontakte', path: `${d}/contacts`, heading: /^Kontakte – / },
      { name: 'Kontakt', path: contactPath, heading: /./ },
      { name: 'Protokoll', path: `${d}/audit`, heading: /^Protokoll – / },
      { name: 'Neues Konzept anlegen', path: `${d}/concepts/new`, heading: 'Neues Schutzkonzept anlegen' },
      { name: 'Benachrichtigungen', path: '/benachrichtigungen', heading: 'Benachrichtigungen' },
      { name: 'Mein Konto', path: '/account', heading: 'Mein Konto' },
      { name: 'Nicht gefunden (angemeldet)', path: `/concepts/00000000-0000-4000-8000-000000000000`, status: 404, heading: 'Seite nicht gefunden' },
    ];
    const found = await auditPages(page, checks);
    results.push(...found);
    expectNoSeriousViolations(found);
  }, 240_000);

  it('the editor’s pages: start, a section with an open hint and its reply and resolve forms, forbidden', async () => {
    const page = await signedIn('redaktion@musterland.example');
    const c = conceptPath;
    // The advisor's open hint on the risk analysis (keyboard.e2e.ts answers and resolves the one in „Personal“).
    const openHint = (page: Page) => page.locator('article.comment').filter({ hasText: 'Bewohner:innenbeirat' }).first();
    const found = await auditPages(page, [
      { name: 'Start (Redaktion)', path: '/', heading: /^Willkommen, Jonas/ },
      { name: 'Konzeptübersicht (Redaktion)', path: c, heading: DEMO_CONCEPT },
      { name: 'Abschnitt mit offenem Hinweis (Redaktion)', path: `${c}/sections/risikoanalyse`, heading: /Risiko- und Ressourcenanalyse$/, ready: editorReady },
      {
        name: 'Abschnitt, Antwort auf einen Hinweis geöffnet',
        path: `${c}/sections/risikoanalyse`,
        heading: /Risiko- und Ressourcenanalyse$/,
        ready: async (p) => {
          await editorReady(p);
          await openHint(p).getByRole('button', { name: /^Antworten/ }).click();
          await openHint(p).getByRole('textbox', { name: /^Antwort auf Kommentar/ }).waitFor();
        },
      },
      {
        name: 'Abschnitt, Hinweis erledigen geöffnet',
        path: `${c}/sections/risikoanalyse`,
        heading: /Risiko- und Ressourcenanalyse$/,
        ready: async (p) => {
          await editorReady(p);
          await openHint(p).getByRole('button', { name: /^Erledigen/ }).click();
          await openHint(p).getByRole('radio', { name: 'übernommen', exact: true }).waitFor();
        },
      },
      {
        name: 'Abschnitt, Kommentar zum Abschnitt schreiben',
        path: `${c}/sections/risikoanalyse`,
        heading: /Risiko- und Ressourcenanalyse$/,
        ready: async (p) => {
          await editorReady(p);
          await p.getByRole('button', { name: 'Abschnitt kommentieren' }).click();
          await p.getByRole('textbox', { name: 'Kommentar zum ganzen Abschnitt' }).waitFor();
        },
      },
      {
        name: 'Abschnitt, Link-Formular der Werkzeugleiste',
        path: `${c}/sections/risikoanalyse`,
        heading: /Risiko- und Ressourcenanalyse$/,
        ready: async (p) => {
          await editorReady(p);
          await p.getByRole('toolbar', { name: 'Textformatierung' }).getByRole('button', { name: 'Link', exact: true }).click();
          await p.locator('.link-form').waitFor();
        },
      },
      { name: 'Protokoll (Redaktion: keine Berechtigung)', path: `${districtPath}/audit`, status: 403, heading: 'Dafür fehlt Ihnen die Berechtigung' },
      { name: 'Benachrichtigungen (Redaktion)', path: '/benachrichtigungen', heading: 'Benachrichtigungen' },
    ]);
    results.push(...found);
    expectNoSeriousViolations(found);
  }, 180_000);

  it('the advisor’s pages: queue, concept, verdicts and comments, hinweise, Fassungen and comparison', async () => {
    const page = await signedIn('beratung@debug.example');
    const c = conceptPath;
    const found = await auditPages(page, [
      { name: 'Start (Beratung)', path: '/', heading: /^Willkommen, Clara/ },
      { name: 'Konzeptübersicht (Beratung)', path: c, heading: DEMO_CONCEPT },
      { name: 'Abschnitt mit Bewertung und Kommentaren (Beratung)', path: `${c}/sections/personal`, heading: /Personal/, ready: editorReady },
      { name: 'Abschnitt mit Kommentar zum Abschnitt (Beratung)', path: `${c}/sections/risikoanalyse`, heading: /Risiko- und Ressourcenanalyse$/, ready: editorReady },
      { name: 'Hinweise (Beratung)', path: `${c}/hinweise`, heading: 'Hinweise der Beratung und ihre Umsetzung' },
      { name: 'Fassungen (Beratung)', path: `${c}/fassungen`, heading: 'Fassungen' },
      { name: 'Vergleich (Beratung)', path: `${c}/fassungen/vergleich?von=1&bis=aktuell`, heading: /^Fassung 1 → / },
      { name: 'Verlauf (Beratung)', path: `${c}/sections/personal/history`, heading: /^Verlauf: / },
      { name: 'Benachrichtigungen (Beratung)', path: '/benachrichtigungen', heading: 'Benachrichtigungen' },
      { name: 'Mein Konto (Beratung)', path: '/account', heading: 'Mein Konto' },
    ]);
    results.push(...found);
    expectNoSeriousViolations(found);
  }, 180_000);

  it('the administration’s pages', async () => {
    const page = await signedIn('admin@werkstatt.example');
    await page.goto(`${baseUrl()}/admin/districts`);
    otherDistrictPath = await linkPath(page, new RegExp(`^/admin/districts/${UUID}$`));
    const found = await auditPages(page, [
      { name: 'Start (Administration)', path: '/', heading: /^Willkommen/ },
      { name: 'Verwaltung: Überblick', path: '/admin', heading: 'Plattformverwaltung' },
      { name: 'Verwaltung: Kommunen', path: '/admin/districts', heading: 'Plattformverwaltung' },
      { name: 'Verwaltung: eine Kommune', path: otherDistrictPath, heading: /./ },
      { name: 'Verwaltung: Konten', path: '/admin/users', heading: 'Plattformverwaltung' },
      { name: 'Mein Konto (Administration)', path: '/account', heading: 'Mein Konto' },
    ]);
    results.push(...found);
    expectNoSeriousViolations(found);
  }, 120_000);

  it('the conflict view and merging by hand (two people in one section)', async () => {
    const first = await signedIn('koordination@musterland.example');
    const second = await signedIn('redaktion@musterland.example');
    const path = `${conceptPath}/sections/monitoring`;
    for (const p of [first, second]) {
      await p.goto(`${baseUrl()}${path}`);
      await p.locator('.ProseMirror[contenteditable="true"]').waitFor();
    }
    await typeAtEnd(first, ' Ergänzung der Koordination.');
    await first.getByTestId('save-status').getByText(/^Gespeichert um/).waitFor({ timeout: 20_000 });
    await typeAtEnd(second, ' Ergänzung der Redaktion.');
    await second.getByRole('heading', { name: /^Konflikt: Miriam Muster hat diesen Abschnitt/ }).waitFor({ timeout: 20_000 });
    const found: PageResult[] = [{ name: 'Konflikt beim Speichern', url: second.url(), problem: null, findings: await axeFindings(second) }];
    await second.getByRole('button', { name: 'Selbst zusammenführen' }).click();
    await second.getByRole('region', { name: 'Selbst zusammenführen' }).waitFor();
    found.push({ name: 'Selbst zusammenführen', url: second.url(), problem: null, findings: await axeFindings(second) });
    await second.getByRole('button', { name: 'Zusammengeführte Version speichern' }).click();
    await second.getByTestId('save-status').getByText(/^Gespeichert um/).waitFor({ timeout: 20_000 });
    results.push(...found);
    expectNoSeriousViolations(found);
  }, 120_000);

  it('audited every page it names, once per role', () => {
    // A guard against a page silently dropping out of the lists above.
    expect(results.filter((r) => r.problem === null).length).toBeGreaterThanOrEqual(60);
  });
});
