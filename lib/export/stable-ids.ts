/**
 * The same concept gives the same XML, render after render. docx names the bookmarks of the headings the table of
 * contents lists from a counter shared by every document the process ever wrote (`_Toc44` in the second render where
 * the first had `_Toc1`), and each external link's relationship from a random id. So a quarter of the blocks of a long
 * concept's body came out different in every export, though nothing in them had changed: the page layout
 * (xml-read.mjs, docx-layout-reading.mjs) could not take them as read before, and kept every new version of them
 * until its limit.
 *
 * - Heading bookmarks are numbered per document, 1, 2, 3 … in the order of the headings (the document has no other
 *   bookmarks, tests/export/stable-ids.test.ts);
 * - an external link's relationship is named by its target, one relationship per target, so a link added or removed
 *   elsewhere does not rename the others.
 */
import { createHash } from 'node:crypto';
import type { Document } from 'docx';

/**
 * Numbers the headings' bookmarks of the document's body from 1 (docx takes `get(index)` for the index-th heading
 * its tables of contents list). Nothing happens where docx keeps them elsewhere (another version): ids as docx gives them.
 */
export function numberHeadingBookmarksPerDocument(document: Document): void {
  const body = (document as unknown as { Document?: { View?: { Body?: { headingBookmarkIds?: unknown } } } }).Document?.View?.Body;
  if (body && typeof (body.headingBookmarkIds as { get?: unknown } | undefined)?.get === 'function') {
    body.headingBookmarkIds = { get: (index: number) => index + 1 };
  }
}

const DOCUMENT = 'word/document.xml';
const DOCUMENT_RELATIONSHIPS = 'word/_rels/document.xml.rels';
const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const RELATIONSHIP = /<Relationship\b[^>]*>/g;
const attribute = (element: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];

/**
 * The parts with every external link of document.xml named by its target: `rIdL` + a hash of the target. Links to the
 * same target share one relationship (as python-docx and other writers do; Word and LibreOffice follow it), so a
 * link added or removed elsewhere renames none of the others. Parts without such links are given as they are.
 */
export function withStableLinkIds(parts: Map<string, string | Uint8Array>): Map<string, string | Uint8Array> {
  const relationships = parts.get(DOCUMENT_RELATIONSHIPS);
  const document = parts.get(DOCUMENT);
  if (typeof relationships !== 'string' || document === undefined) return parts;
  const taken = new Set<string>();
  for (const [element] of relationships.matchAll(RELATIONSHIP)) {
    const id = attribute(element, 'Id');
    if (id !== undefined) taken.add(id);
  }
  /** The new id of each link's relationship, and the id of each target's one relationship. */
  const renamed = new Map<string, string>();
  const byTarget = new Map<string, string>();
  const renamedRelationships = relationships.replace(RELATIONSHIP, (element) => {
    const id = attribute(element, 'Id');
    const target = attribute(element, 'Target');
    if (id === undefined || target === undefined || attribute(element, 'Type') !== HYPERLINK || attribute(element, 'TargetMode') !== 'External') return element;
    const known = byTarget.get(target);
    if (known !== undefined) {
      renamed.set(id, known);
      return '';
    }
    let stable = `rIdL${createHash('sha1').update(target).digest('hex').slice(0, 16)}`;
    // Two targets with the same 16 hex digits, or an id of that form already there: a suffix, in document order.
    while (taken.has(stable)) stable += 'x';
    taken.add(stable);
    byTarget.set(target, stable);
    renamed.set(id, stable);
    return element.replace(` Id="${id}"`, ` Id="${stable}"`);
  });
  if (renamed.size === 0) return parts;
  const result = new Map(parts);
  result.set(DOCUMENT_RELATIONSHIPS, renamedRelationships);
  result.set(DOCUMENT, withRenamedReferences(typeof document === 'string' ? Buffer.from(document, 'utf8') : document, renamed));
  return result;
}

const REFERENCE = Buffer.from(' r:id="', 'utf8');
const QUOTE = 0x22;

/**
 * document.xml (UTF-8) with each `r:id` of a renamed relationship renamed; the bytes between taken over as they are
 * (docx-compile.ts gives document.xml as bytes: a string of it would cost more than the renaming).
 */
function withRenamedReferences(document: Uint8Array, renamed: ReadonlyMap<string, string>): Buffer {
  const bytes = Buffer.from(document.buffer, document.byteOffset, document.byteLength);
  const pieces: Uint8Array[] = [];
  let taken = 0;
  let at = bytes.indexOf(REFERENCE);
  while (at >= 0) {
    const start = at + REFERENCE.length;
    const end = bytes.indexOf(QUOTE, start);
    if (end < 0) break;
    // An empty id is no reference (as / r:id="([^"]+)"/ had it), whatever a relationship with Id="" is renamed to.
    const stable = end > start ? renamed.get(bytes.toString('utf8', start, end)) : undefined;
    if (stable !== undefined) {
      pieces.push(bytes.subarray(taken, start), Buffer.from(stable, 'utf8'));
      taken = end;
    }
    at = bytes.indexOf(REFERENCE, end);
  }
  pieces.push(bytes.subarray(taken));
  return Buffer.concat(pieces);
}
