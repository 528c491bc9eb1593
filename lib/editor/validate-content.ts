/**
 * Server-side check of rich text before it becomes a revision: the content must
 * be loadable by the editor (same schema, extensions.ts) and exportable to DOCX.
 * Browser-safe, so the editor can pre-check before sending.
 */
import type { Node as PMNode } from '@tiptap/pm/model';
import { MARK_ATTR_RULES, NODE_ATTR_RULES, invalid, show } from './attribute-rules';
import { getEditorSchema } from './extensions';
import type { TiptapDoc, TiptapMark, TiptapNode } from './types';
import { checkTables } from './validate-table';

import { cleanPastedText, codePointLength } from './text';

export { isEmptyDoc } from './text';

/** Serialized JSON size of one section (UTF-8 bytes). */
export const MAX_SECTION_JSON_BYTES = 500_000;
/** Text of one section, in Unicode code points (same measure as countCharacters). */
export const MAX_SECTION_TEXT_CHARS = 150_000;
/** doc = 0, paragraph = 1, its text = 2; nested lists use two levels each. */
export const MAX_NESTING_DEPTH = 20;

const NODE_LABELS: Record<string, string> = {
  doc: 'Dokument', paragraph: 'Absatz', text: 'Text', heading: 'Zwischenüberschrift', blockquote: 'Zitat',
  bulletList: 'Aufzählung', orderedList: 'nummerierte Liste', listItem: 'Listenpunkt', hardBreak: 'Zeilenumbruch',
  table: 'Tabelle', tableRow: 'Tabellenzeile', tableHeader: 'Kopfzelle', tableCell: 'Tabellenzelle',
  dataField: 'Angabe aus den Eckdaten',
};
const label = (type: string) => `„${NODE_LABELS[type] ?? type}“`;
const formatNumber = (n: number) => n.toLocaleString('de-DE');
const NODE_KEYS = new Set(['type', 'attrs', 'content', 'text', 'marks']);
const NUL_MESSAGE =
  'Der Text enthält ein unsichtbares Steuerzeichen (Nullzeichen), das nicht gespeichert werden kann. ' +
  'Bitte fügen Sie den zuletzt eingefügten Text erneut ein, am besten als reinen Text (Strg+Umschalt+V).';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function cleanAttrs(
  raw: unknown,
  rules: Record<string, Record<string, (v: unknown) => unknown>>,
  type: string,
  what: string,
): Record<string, unknown> | undefined {
  const schema = getEditorSchema();
  const declared = Object.keys(schema.nodes[type]?.spec.attrs ?? schema.marks[type]?.spec.attrs ?? {});
  if (raw !== undefined && raw !== null && !isRecord(raw)) throw invalid(`Die Attribute von ${what} sind ungültig.`);
  const given: Record<string, unknown> = isRecord(raw) ? raw : {};
  const typeRules = rules[type] ?? {};
  for (const key of Object.keys(given)) {
    if (!declared.includes(key) || !(key in typeRules)) {
      throw invalid(`Unbekanntes Attribut „${key}“ bei ${what}. Bitte laden Sie die Seite neu.`);
    }
  }
  // Declared attributes without a rule are not accepted above, so they keep the schema default.
  const ruled = declared.filter((key) => key in typeRules);
  if (ruled.length === 0) return undefined;
  return Object.fromEntries(ruled.map((key) => [key, typeRules[key]?.(given[key])]));
}

function cleanMarks(raw: unknown, path: string): TiptapMark[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) throw invalid(`Die Formatierungen bei ${path} sind ungültig.`);
  const marks = getEditorSchema().marks;
  return raw.map((mark): TiptapMark => {
    if (!isRecord(mark) || typeof mark.type !== 'string') throw invalid(`Eine Formatierung bei ${path} ist ungültig.`);
    if (!Object.hasOwn(marks, mark.type)) {
      throw invalid(
        `Unbekannte Formatierung ${show(mark.type)}. Erlaubt sind: ${Object.keys(marks).join(', ')}.`,
      );
    }
    const attrs = cleanAttrs(mark.attrs, MARK_ATTR_RULES, mark.type, `der Formatierung ${show(mark.type)}`);
    return attrs ? { type: mark.type, attrs } : { type: mark.type };
  });
}

interface WalkState {
  textChars: number;
}

/** Copies only what the schema knows, checking types, attributes and depth on the way. */
function cleanNode(raw: unknown, depth: number, state: WalkState): TiptapNode | null {
  if (depth > MAX_NESTING_DEPTH) {
    throw invalid(`Der Inhalt ist zu tief verschachtelt (mehr als ${MAX_NESTING_DEPTH} Ebenen).`);
  }
  if (!isRecord(raw) || typeof raw.type !== 'string') throw invalid('Der Inhalt enthält ein ungültiges Element.');
  const { type } = raw;
  if (!Object.hasOwn(getEditorSchema().nodes, type)) {
    const allowed = Object.keys(NODE_LABELS).filter((t) => t !== 'doc' && t !== 'text').map(label);
    throw invalid(`Unbekanntes Element ${show(type)}: Es wird vom Editor nicht unterstützt. Erlaubt sind: ${allowed.join(', ')}.`);
  }
  if (depth > 0 && type === 'doc') throw invalid('Ein Dokument darf kein weiteres Dokument enthalten.');
  for (const key of Object.keys(raw)) {
    if (!NODE_KEYS.has(key)) throw invalid(`Unerwartete Eigenschaft „${key}“ bei ${label(type)}.`);
  }
  const marks = cleanMarks(raw.marks, label(type));
  if (type === 'text') {
    if (typeof raw.text !== 'string' || raw.content !== undefined || raw.attrs !== undefined) {
      throw invalid('Der Inhalt enthält einen ungültigen Textbaustein.');
    }
    // Other control characters are paste debris and quietly dropped; a NUL byte is no text at all.
    if (raw.text.includes('\u0000')) throw invalid(NUL_MESSAGE);
    const text = cleanPastedText(raw.text);
    if (text === '') return null;
    state.textChars += codePointLength(text);
    return marks && marks.length > 0 ? { type, text, marks } : { type, text };
  }
  if (raw.text !== undefined) throw invalid(`${label(type)} darf keinen Text direkt enthalten.`);
  const node: TiptapNode = { type };
  const attrs = cleanAttrs(raw.attrs, NODE_ATTR_RULES, type, `${label(type)}`);
  if (attrs) node.attrs = attrs;
  if (raw.content !== undefined) {
    if (!Array.isArray(raw.content)) throw invalid(`Der Inhalt von ${label(type)} ist keine Liste.`);
    node.content = raw.content.map((child) => cleanNode(child, depth + 1, state)).filter((c) => c !== null);
  }
  if (marks && marks.length > 0) node.marks = marks;
  return node;
}

function translateSchemaError(error: unknown): Error {
  const message = error instanceof Error ? error.message : '';
  const type = /node (?:type )?(\w+)/.exec(message)?.[1];
  return invalid(
    `Der Inhalt hat einen ungültigen Aufbau${type ? ` bei ${label(type)}` : ''}. ` +
      'Bitte laden Sie die Seite neu und übernehmen Sie Ihre Änderungen erneut.',
  );
}

/**
 * Validates and normalises one section's rich text. Throws `AppError('invalid_input')`
 * with a German message at the first problem; never returns partially checked content.
 * Returns the normalised document (`node.toJSON()`), which is what should be stored.
 */
export function validateRichText(input: unknown): TiptapDoc {
  if (!isRecord(input) || input.type !== 'doc') {
    throw invalid('Der Abschnittsinhalt ist kein gültiges Dokument. Bitte laden Sie die Seite neu.');
  }
  if (!Array.isArray(input.content) || input.content.length === 0) {
    throw invalid('Das Dokument ist leer: Es braucht mindestens einen (auch leeren) Absatz. Bitte laden Sie die Seite neu.');
  }
  const state: WalkState = { textChars: 0 };
  const clean = cleanNode(input, 0, state);
  if (state.textChars > MAX_SECTION_TEXT_CHARS) {
    throw invalid(
      `Der Abschnitt ist zu lang: Erlaubt sind ${formatNumber(MAX_SECTION_TEXT_CHARS)} Zeichen Text, ` +
        `gesendet wurden ${formatNumber(state.textChars)} Zeichen. Bitte kürzen Sie den Text oder teilen Sie ihn auf.`,
    );
  }
  const bytes = new TextEncoder().encode(JSON.stringify(clean)).length;
  if (bytes > MAX_SECTION_JSON_BYTES) {
    throw invalid(
      `Der Abschnitt ist zu groß: Erlaubt sind ${formatNumber(MAX_SECTION_JSON_BYTES)} Bytes, ` +
        `gesendet wurden ${formatNumber(bytes)} Bytes. Bitte kürzen Sie den Inhalt oder teilen Sie ihn auf.`,
    );
  }
  let doc: PMNode;
  try {
    doc = getEditorSchema().nodeFromJSON(clean);
    doc.check();
  } catch (error) {
    throw translateSchemaError(error);
  }
  checkTables(doc);
  return doc.toJSON() as TiptapDoc;
}
