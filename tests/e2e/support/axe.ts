import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { baseUrl } from './browser';

/** axe-core's script, to be injected into a page (page.evaluate). */
export const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.0/2.1 level A and AA rules; the app promises BITV 2.0 (WCAG 2.1 AA). */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Two moderate best-practice rules the app was brought in line with and is kept to: headings that
 * skip no level (the section text's own headings start at h3), and no two landmarks with the same
 * name (every table region says which table and which text it is).
 */
const KEPT_RULES = ['heading-order', 'landmark-unique'];

export interface AxeFinding {
  rule: string;
  impact: 'serious' | 'critical' | 'moderate';
  help: string;
  /** CSS selectors of the offending elements (all of them, not only the first). */
  targets: string[];
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/**
 * Serious and critical violations of axe-core's WCAG 2.1 A/AA rules on the current page, and any of
 * the KEPT_RULES. The
 * page's context needs `bypassCSP: true` so that axe can be injected (the app's own CSP forbids
 * inline scripts).
 */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(
    async ({ tags, kept }) => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe;
      const rules = Object.fromEntries(kept.map((rule) => [rule, { enabled: true }]));
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules });
      return result.violations;
    },
    { tags: WCAG_AA, kept: KEPT_RULES },
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || KEPT_RULES.includes(v.id))
    .map((v) => ({
      rule: v.id,
      impact: v.impact as AxeFinding['impact'],
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
}

/** „rule (impact): help – targets“ per violation, as the review-loop test compares them. */
export async function seriousViolations(page: Page): Promise<string[]> {
  return (await axeFindings(page)).map((f) => `${f.rule} (${f.impact}): ${f.help} – ${f.targets.slice(0, 5).join(', ')}`);
}

/** One page of the audit: where it is, who sees it, and how to tell it is the intended page. */
export interface PageCheck {
  /** How the report names the page. */
  name: string;
  /** Path below the app's base URL. */
  path: string;
  /** The HTTP status the page must answer with; 200 unless given (403 and 404 pages are audited too). */
  status?: number;
  /** The page's h1: axe must not pass on an error page in place of the intended one. */
  heading: string | RegExp;
  /** Waits for content that arrives after the load (the editor, a panel opened by a click). */
  ready?: (page: Page) => Promise<void>;
}

export interface PageResult {
  name: string;
  url: string;
  /** Why the page could not be audited (wrong status, wrong page); null when it was. */
  problem: string | null;
  findings: AxeFinding[];
}

/** Opens every page in turn as the signed-in person of `page` and runs axe on it. */
export async function auditPages(page: Page, checks: PageCheck[]): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const check of checks) {
    const url = `${baseUrl()}${check.path}`;
    try {
      const response = await page.goto(url);
      const status = response?.status();
      const expected = check.status ?? 200;
      if (status !== expected) {
        results.push({ name: check.name, url, problem: `HTTP ${status} statt ${expected} (${page.url()})`, findings: [] });
        continue;
      }
      await page.getByRole('heading', { level: 1, name: check.heading }).first().waitFor({ timeout: 15_000 });
      if (check.ready) await check.ready(page);
      results.push({ name: check.name, url, problem: null, findings: await axeFindings(page) });
    } catch (error) {
      const first = await page.locator('h1').first().textContent({ timeout: 1_000 }).catch(() => null);
      results.push({ name: check.name, url, problem: `nicht geprüft: ${(error as Error).message.split('\n')[0]} (h1: ${first ?? '–'})`, findings: [] });
    }
  }
  return results;
}

/**
 * Fails with a readable list – page, then rule, impact and the offending elements – when a page
 * could not be audited or has a serious or critical violation (or one of the KEPT_RULES).
 */
export function expectNoSeriousViolations(results: PageResult[]): void {
  const bad = results.filter((r) => r.problem || r.findings.length > 0);
  if (bad.length === 0) return;
  const count = bad.reduce((sum, r) => sum + r.findings.length, 0);
  const lines = [`Barrierefreiheit: ${count} Verstöße, ${bad.length} von ${results.length} Seiten betroffen`];
  for (const r of bad) {
    lines.push('', `${r.name} – ${r.url}`);
    if (r.problem) lines.push(`  ${r.problem}`);
    for (const f of r.findings) {
      lines.push(`  ${f.rule} (${f.impact}): ${f.help}`);
      for (const target of f.targets.slice(0, 8)) lines.push(`    ${target}`);
      if (f.targets.length > 8) lines.push(`    … und ${f.targets.length - 8} weitere`);
    }
  }
  throw new Error(lines.join('\n'));
}
