/**
 * Which link targets may be stored. Shared by the editor (Link `isAllowedUri`),
 * the server-side validator and the DOCX exporter, so a link that the editor
 * accepts is never rejected on save and vice versa.
 *
 * Browser-safe: no imports.
 */
export const ALLOWED_LINK_PROTOCOLS = ['http', 'https', 'mailto', 'tel'] as const;
export type AllowedLinkProtocol = (typeof ALLOWED_LINK_PROTOCOLS)[number];

export const MAX_LINK_HREF_CHARS = 2_048;

/**
 * Any whitespace or control character anywhere in the href. Browsers strip
 * tabs/newlines and leading spaces before parsing, so "java\nscript:" or
 * " javascript:" would otherwise slip past a scheme check.
 */
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff\ufffe\uffff]/u;
/** Half of a surrogate pair: Postgres refuses it inside the stored JSON, so the whole save would fail. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

export type LinkHrefProblem = 'empty' | 'too_long' | 'whitespace' | 'broken' | 'no_scheme' | 'scheme' | 'no_host';

/** Returns why an href is not allowed, or null if it is fine. */
export function findLinkHrefProblem(href: string): LinkHrefProblem | null {
  if (href === '') return 'empty';
  if (href.length > MAX_LINK_HREF_CHARS) return 'too_long';
  if (WHITESPACE_OR_CONTROL.test(href)) return 'whitespace';
  if (LONE_SURROGATE.test(href)) return 'broken';
  const scheme = SCHEME.exec(href)?.[1]?.toLowerCase();
  if (scheme === undefined) return 'no_scheme';
  if (!(ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(scheme)) return 'scheme';
  if ((scheme === 'http' || scheme === 'https') && !/^https?:\/\/[^/?#@]+/i.test(href)) return 'no_host';
  if ((scheme === 'mailto' || scheme === 'tel') && href.length <= scheme.length + 1) return 'no_host';
  return null;
}

export function isAllowedLinkHref(href: unknown): href is string {
  return typeof href === 'string' && findLinkHrefProblem(href) === null;
}

const BARE_EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/u;

/**
 * Completes the two scheme-less forms people type: "www.kreis.de" becomes
 * "https://www.kreis.de", "name@kreis.de" becomes "mailto:name@kreis.de".
 * The Link extension checks the typed text (not the final href) while
 * autolinking, and pasted HTML may carry such hrefs; completing them in both
 * the editor and the validator keeps the two in agreement. Anything else is
 * returned unchanged (and then judged by findLinkHrefProblem).
 */
export function normaliseLinkHref(href: string): string {
  if (/^www\.[^\s/?#]/i.test(href)) return `https://${href}`;
  if (BARE_EMAIL.test(href)) return `mailto:${href}`;
  return href;
}

/**
 * Autolinking while typing: only text that is unmistakably a link (explicit
 * http/https/mailto scheme, "www." or an e-mail address). Bare "name.de" in
 * running German text stays text.
 */
export function shouldAutoLinkText(text: string): boolean {
  if (/^(https?:\/\/|mailto:)/i.test(text)) return true;
  if (/^www\./i.test(text)) return true;
  return BARE_EMAIL.test(text);
}
