// @ts-check
/**
 * A block as the page layout reads it: each run's pieces of text between soft hyphens (`w:t`, `w:softHyphen`, `w:t`
 * …) as one `w:t` with SHY where the soft hyphens were, which the fixed docx/layout reads as the pieces and soft
 * hyphens it stands for, as one item instead of many (docx-layout-hyphens.mjs: a fifth less time for the reference
 * concept). Only for the layout: the file keeps its soft hyphens as Word writes them (Word shows a soft hyphen
 * character in a `w:t` as a hard hyphen).
 *
 * Only runs with plain formatting of their own (bold, italic, underline, colour, size …: nothing that changes which
 * font a character is drawn in, fits the text to a width or sets it vertically), and only pieces written as the
 * export writes them (`xml:space="preserve"`, nothing but text, no SHY of their own). Everything else is left as it is.
 */
import { SHY, SHY_ATTRIBUTE } from './docx-layout-hyphens.mjs';

/** @typedef {import('docx').XmlElement} El */

/** Formatting of a run that leaves its pieces to be read as one. */
const PLAIN_FORMATTING = new Set(['w:b', 'w:bCs', 'w:i', 'w:iCs', 'w:u', 'w:strike', 'w:dstrike', 'w:color', 'w:highlight', 'w:sz', 'w:szCs', 'w:lang', 'w:noProof', 'w:rStyle']);

/** The text of a `w:t` as the export writes it, or undefined for any other element. @param {El} element */
function pieceText(element) {
  if (element.type !== 'element' || element.name !== 'w:t') return undefined;
  const attributes = element.attributes ?? {};
  const keys = Object.keys(attributes);
  if (keys.length !== 1 || attributes['xml:space'] !== 'preserve') return undefined;
  let text = '';
  for (const node of element.elements ?? []) {
    if (node.type !== 'text') return undefined;
    text += String(node.text ?? '');
  }
  return text.includes(SHY) ? undefined : text;
}

/** @param {El | undefined} element */
const isSoftHyphen = (element) =>
  element?.type === 'element' && element.name === 'w:softHyphen' && Object.keys(element.attributes ?? {}).length === 0 && (element.elements ?? []).length === 0;

/** A run's elements with its pieces between soft hyphens joined, or the same array when there are none. @param {El[]} elements */
function joinedPieces(elements) {
  const properties = elements.find((e) => e.type === 'element' && e.name === 'w:rPr');
  if (properties && !(properties.elements ?? []).every((e) => e.type === 'element' && PLAIN_FORMATTING.has(String(e.name)))) return elements;
  /** @type {El[] | undefined} */
  let joined;
  for (let i = 0; i < elements.length; i++) {
    const first = pieceText(elements[i]);
    let end = i;
    const pieces = first === undefined ? [] : [first];
    while (first !== undefined && isSoftHyphen(elements[end + 1])) {
      const next = elements[end + 2] && pieceText(elements[end + 2]);
      if (next === undefined) break;
      pieces.push(next);
      end += 2;
    }
    if (end === i) {
      joined?.push(elements[i]);
      continue;
    }
    joined ??= elements.slice(0, i);
    joined.push({ type: 'element', name: 'w:t', attributes: { 'xml:space': 'preserve', [SHY_ATTRIBUTE]: '1' }, elements: [{ type: 'text', text: pieces.join(SHY) }] });
    i = end;
  }
  return joined ?? elements;
}

/** Elements runs are found in (others, such as formatting, are left as they are). */
const HOLDING_RUNS = new Set(['w:p', 'w:hyperlink', 'w:tbl', 'w:tr', 'w:tc', 'w:ins', 'w:moveTo', 'w:sdt', 'w:sdtContent', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:dir', 'w:bdo']);

/**
 * The element with the soft hyphens of its runs in their text, or the element itself when it has none (the caller
 * keeps what it makes of a block: toc-page-numbers-layout.mjs).
 * @param {El} element @returns {El}
 */
export function withHyphensInText(element) {
  if (element.type !== 'element' || !element.elements || element.elements.length === 0) return element;
  if (element.name === 'w:r') {
    const elements = joinedPieces(element.elements);
    return elements === element.elements ? element : { ...element, elements };
  }
  if (!HOLDING_RUNS.has(String(element.name))) return element;
  /** @type {El[] | undefined} */
  let elements;
  element.elements.forEach((child, i) => {
    const next = withHyphensInText(child);
    if (next !== child) (elements ??= [...(element.elements ?? [])])[i] = next;
  });
  return elements ? { ...element, elements } : element;
}
