/**
 * Allowed values for every attribute in the editor schema. ProseMirror itself
 * does not check attribute values (a heading with level "<script>" would pass
 * `node.check()`), so each attribute gets a rule here. A rule returns the
 * normalised value or throws an `invalid_input` AppError with a German message.
 *
 * Link decision: `href` is completed ("www.…" → https, bare e-mail → mailto)
 * and checked against the scheme allowlist; `target`,
 * `rel` and `class` are presentation we decide, so any sent value is replaced
 * (target null, rel LINK_REL, class null) instead of rejected: pasted HTML often
 * carries target="_blank". `title` is kept if it is a short string.
 */
import { AppError } from '../errors';
import { isDataFieldName } from './data-fields';
import { cleanPastedText } from './text';
import { ALLOWED_HEADING_LEVELS, LINK_REL } from './extensions';
import { ALLOWED_LINK_PROTOCOLS, MAX_LINK_HREF_CHARS, findLinkHrefProblem, normaliseLinkHref } from './link-policy';

export type AttrRule = (value: unknown) => unknown;

export const MAX_TABLE_ROWS = 500;
export const MAX_TABLE_COLUMNS = 20;
const MAX_LINK_TITLE_CHARS = 500;
const ORDERED_LIST_TYPES = ['1', 'a', 'A', 'i', 'I'];
const CELL_ALIGNMENTS = ['left', 'center', 'right'];

export function invalid(message: string): AppError {
  return new AppError('invalid_input', message);
}

/** Short, printable rendering of a rejected value for messages. */
export function show(value: unknown): string {
  if (value === undefined) return 'kein Wert';
  let s: string;
  try {
    s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    s = String(value);
  }
  s = s.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `„${s.length > 60 ? `${s.slice(0, 60)}…` : s}“`;
}

function integer(label: string, min: number, max: number, fallback?: number): AttrRule {
  return (value) => {
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
    throw invalid(`${label} muss eine ganze Zahl von ${min} bis ${max} sein (gesendet: ${show(value)}).`);
  };
}

function oneOf(label: string, allowed: readonly string[]): AttrRule {
  return (value) => {
    if (value === undefined || value === null) return null;
    if (typeof value === 'string' && allowed.includes(value)) return value;
    throw invalid(`${label} muss einer der Werte ${allowed.join(', ')} sein (gesendet: ${show(value)}).`);
  };
}

const colwidth: AttrRule = (value) => {
  if (value === undefined || value === null) return null;
  if (
    Array.isArray(value) &&
    value.length <= MAX_TABLE_COLUMNS &&
    value.every((w) => typeof w === 'number' && Number.isInteger(w) && w >= 0 && w <= 10_000)
  ) {
    return value;
  }
  throw invalid(`Die Spaltenbreite einer Tabellenzelle ist ungültig (gesendet: ${show(value)}).`);
};

const headingLevel: AttrRule = (value) => {
  if ((ALLOWED_HEADING_LEVELS as readonly unknown[]).includes(value)) return value;
  throw invalid(
    `Zwischenüberschriften sind nur in den Ebenen ${ALLOWED_HEADING_LEVELS.join(' und ')} erlaubt ` +
      `(gesendet: ${typeof value === 'number' ? `Ebene ${value}` : show(value)}). ` +
      'Die Ebenen 1 und 2 sind den Abschnittstiteln vorbehalten.',
  );
};

const HREF_PROBLEMS = {
  empty: 'ist leer',
  too_long: `ist zu lang (höchstens ${MAX_LINK_HREF_CHARS} Zeichen)`,
  whitespace: 'enthält Leer- oder Steuerzeichen',
  broken: 'enthält ein unvollständiges Schriftzeichen',
  no_scheme: 'muss eine vollständige Adresse sein (relative Adressen sind nicht erlaubt)',
  scheme: 'verwendet ein nicht erlaubtes Protokoll',
  no_host: 'ist unvollständig',
} as const;

const linkHref: AttrRule = (value) => {
  const href = typeof value === 'string' ? normaliseLinkHref(value) : '';
  const problem = findLinkHrefProblem(href);
  if (problem === null) return href;
  const allowed = `Erlaubt sind Links mit ${ALLOWED_LINK_PROTOCOLS.map((p) => `${p}:`).join(', ')}.`;
  if (problem === 'empty') throw invalid(`Ein Link hat kein Ziel (die Adresse fehlt). ${allowed}`);
  throw invalid(`Der Link ${show(value)} ${HREF_PROBLEMS[problem]}. ${allowed}`);
};

/** Cleaned like text: a NUL byte or half an emoji in a pasted title would make the whole save fail in Postgres. */
const linkTitle: AttrRule = (value) => {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.length <= MAX_LINK_TITLE_CHARS) return cleanPastedText(value);
  throw invalid(`Der Titel eines Links ist ungültig oder länger als ${MAX_LINK_TITLE_CHARS} Zeichen.`);
};

/** A data field names one of the closed list of facts (data-fields.ts); anything else would show nothing. */
const dataFieldName: AttrRule = (value) => {
  if (isDataFieldName(value)) return value;
  throw invalid(
    `Der Text enthält eine unbekannte Angabe aus den Eckdaten (${show(value)}). ` +
      'Bitte laden Sie die Seite neu und fügen Sie die Angabe über einen Textbaustein erneut ein.',
  );
};

const cellRules: Record<string, AttrRule> = {
  colspan: integer('Die Spaltenverbindung (colspan) einer Tabellenzelle', 1, MAX_TABLE_COLUMNS, 1),
  rowspan: integer('Die Zeilenverbindung (rowspan) einer Tabellenzelle', 1, MAX_TABLE_ROWS, 1),
  colwidth,
  align: oneOf('Die Ausrichtung einer Tabellenzelle', CELL_ALIGNMENTS),
};

/** Rules by node type; types without an entry must not carry attributes. */
export const NODE_ATTR_RULES: Record<string, Record<string, AttrRule>> = {
  heading: { level: headingLevel },
  orderedList: {
    start: integer('Der Startwert einer nummerierten Liste', 0, 99_999, 1),
    type: oneOf('Die Art der Nummerierung', ORDERED_LIST_TYPES),
  },
  tableCell: cellRules,
  tableHeader: cellRules,
  dataField: { name: dataFieldName },
};

/** Rules by mark type; types without an entry must not carry attributes. */
export const MARK_ATTR_RULES: Record<string, Record<string, AttrRule>> = {
  link: { href: linkHref, target: () => null, rel: () => LINK_REL, class: () => null, title: linkTitle },
};
