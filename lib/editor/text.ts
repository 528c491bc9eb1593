/**
 * Plain-text views of stored rich text: for search snippets, character counts,
 * emptiness checks and the readable revision diff (lib/diff). Works on the JSON
 * (no schema needed) and is browser-safe.
 *
 * A data field appears as its token („⟨Verantwortliche Stelle⟩“), not its value:
 * these views describe what was written, and a revision's text must not change
 * when only the Eckdaten do (no phantom diff, stable text positions). For the text
 * as a reader sees it, run `resolveDataFields` (data-fields.ts) first.
 */
import { DATA_FIELD_NODE, dataFieldToken } from './data-fields';
import type { TiptapDoc, TiptapNode } from './types';

export type TextBlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableRow' | 'quote';

export interface TextBlock {
  kind: TextBlockKind;
  /** heading: its level (3/4); listItem: nesting level starting at 1. */
  depth?: number;
  text: string;
}

const TEXTBLOCKS = new Set(['paragraph', 'heading']);

/** Inline content as text; hard breaks become "\n". */
function inlineText(node: TiptapNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  if (node.type === DATA_FIELD_NODE) return dataFieldToken(node.attrs?.name);
  return (node.content ?? []).map(inlineText).join('');
}

function collectTextblocks(node: TiptapNode, out: string[]): void {
  if (TEXTBLOCKS.has(node.type)) out.push(inlineText(node));
  else for (const child of node.content ?? []) collectTextblocks(child, out);
}

/** Each paragraph, heading, list item paragraph and table cell paragraph on its own line. */
export function docToPlainText(doc: TiptapDoc | TiptapNode): string {
  const lines: string[] = [];
  collectTextblocks(doc, lines);
  return lines.join('\n');
}

function cellText(cell: TiptapNode): string {
  const lines: string[] = [];
  collectTextblocks(cell, lines);
  return lines.join(' ').replace(/\n/g, ' ');
}

function visit(node: TiptapNode, listDepth: number, inQuote: boolean, out: TextBlock[]): void {
  switch (node.type) {
    case 'paragraph':
      out.push({ kind: inQuote ? 'quote' : 'paragraph', text: inlineText(node) });
      return;
    case 'heading':
      out.push({ kind: 'heading', depth: Number(node.attrs?.level ?? 3), text: inlineText(node) });
      return;
    case 'blockquote':
      for (const child of node.content ?? []) visit(child, listDepth, true, out);
      return;
    case 'bulletList':
    case 'orderedList':
      for (const item of node.content ?? []) {
        const children = item.content ?? [];
        const own = children.filter((c) => TEXTBLOCKS.has(c.type)).map(inlineText);
        out.push({ kind: 'listItem', depth: listDepth + 1, text: own.join('\n') });
        for (const child of children) if (!TEXTBLOCKS.has(child.type)) visit(child, listDepth + 1, inQuote, out);
      }
      return;
    case 'table':
      for (const row of node.content ?? []) {
        out.push({ kind: 'tableRow', text: (row.content ?? []).map(cellText).join(' | ') });
      }
      return;
    default:
      for (const child of node.content ?? []) visit(child, listDepth, inQuote, out);
  }
}

/** The document as a flat list of readable blocks (input of the revision diff). */
export function docToBlocks(doc: TiptapDoc | TiptapNode): TextBlock[] {
  const out: TextBlock[] = [];
  visit(doc, 0, false, out);
  return out;
}

// Invalid in DOCX (XML 1.0) or in Postgres JSON, and invisible in the editor; tab, LF and CR stay.
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The clean-up of pasted text before it is stored in rich text (text and link titles): control
 * characters are paste debris and dropped, half of a surrogate pair (half an emoji) becomes „�“.
 * Postgres refuses both inside JSON, and Word refuses control characters in a document.
 */
export function cleanPastedText(text: string): string {
  return text.replace(CONTROL_CHARS, '').replace(LONE_SURROGATE, '\ufffd');
}

/** Length in Unicode code points (an emoji or „ß“ is one, as users count). */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    const d = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
      n--;
      i++;
    }
  }
  return n;
}

function forEachText(node: TiptapNode, fn: (text: string) => void): void {
  if (node.type === 'text') fn(node.text ?? '');
  else for (const child of node.content ?? []) forEachText(child, fn);
}

/** Characters of text (Unicode code points, like MAX_SECTION_TEXT_CHARS); breaks and structure do not count. */
export function countCharacters(doc: TiptapDoc | TiptapNode): number {
  let n = 0;
  forEachText(doc, (text) => {
    n += codePointLength(text);
  });
  return n;
}

function hasDataField(node: TiptapNode): boolean {
  return node.type === DATA_FIELD_NODE || (node.content ?? []).some(hasDataField);
}

/** True if the document has no visible text (e.g. one empty paragraph, or a table of empty cells); a data field is visible. */
export function isEmptyDoc(doc: TiptapDoc | TiptapNode): boolean {
  let empty = true;
  forEachText(doc, (text) => {
    if (empty && text.trim() !== '') empty = false;
  });
  return empty && !hasDataField(doc);
}
