/**
 * Inline content (text with marks, hard breaks) → DOCX runs. Part of the Tiptap →
 * DOCX mapper: every mark type of the editor schema is handled explicitly and an
 * unknown one throws, so formatting or text is never dropped silently. Data fields
 * arrive as text: the export model has put their values in (build-model.ts).
 */
import { DeletedTextRun, ExternalHyperlink, InsertedTextRun, SoftHyphen, Tab, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import { revisionOf, type ChangeMarking } from './block-context';
import { DELETED_MARK, INSERTED_MARK } from './change-marks';
import { DATA_FIELD_NODE } from '../editor/data-fields';
import { SUPPORTED_MARK_TYPES } from '../editor/extensions';
import { isAllowedLinkHref } from '../editor/link-policy';
import type { TiptapMark, TiptapNode } from '../editor/types';
import { commentEnd, commentStart } from './comments-to-docx';
import { hyphenateText } from './hyphenation';
import { FIELD_WORDS, HyphenatedText, preparedRun, type RunChild, type RunFormat } from './prepared-run';
import { unexpectedNode, unknownType } from './mapping-errors';
import { COMMENT_MARKER_NODE, readMarker } from './word-comments';

type MarkType = (typeof SUPPORTED_MARK_TYPES)[number];

/** Characters XML 1.0 cannot carry; the editor validation already removes them, this is the last guard. */
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function isMarkType(type: string): type is MarkType {
  return (SUPPORTED_MARK_TYPES as readonly string[]).includes(type);
}

type Change = 'inserted' | 'deleted' | null;

/** Run formatting, link target and change (Synopse, redline) of a text node's marks. */
function readMarks(marks: readonly TiptapMark[] | undefined, where: string): { format: RunFormat; href: string | null; change: Change } {
  const format: { -readonly [K in keyof RunFormat]: RunFormat[K] } = {};
  let href: string | null = null;
  let change: Change = null;
  for (const mark of marks ?? []) {
    // Not editor marks: review-documents/tracked-doc.ts puts them on the text of two Fassungen merged into one.
    if (mark.type === INSERTED_MARK || mark.type === DELETED_MARK) {
      change = mark.type === INSERTED_MARK ? 'inserted' : 'deleted';
      continue;
    }
    if (!isMarkType(mark.type)) throw unknownType('Formatierung', mark.type, where);
    switch (mark.type) {
      case 'bold':
        format.bold = true;
        break;
      case 'italic':
        format.italics = true;
        break;
      case 'underline':
        format.underline = {};
        break;
      case 'strike':
        format.strike = true;
        break;
      case 'link': {
        // Only schemes the editor allows become live links; anything else stays readable text.
        const target = mark.attrs?.href;
        href = isAllowedLinkHref(target) ? target : null;
        break;
      }
      default: {
        const exhaustive: never = mark.type;
        throw unknownType('Formatierung', String(exhaustive), where);
      }
    }
  }
  if (href) format.style = 'Hyperlink';
  return { format, href, change };
}

type MakeRun = (options: IRunOptions) => ParagraphChild;
const plainRun: MakeRun = (options) => preparedRun(options) ?? new TextRun(options);

/** How a run of this change is written: a Word tracked change, visible formatting, or a plain run. */
function runMaker(change: Change, changes: ChangeMarking | undefined): MakeRun {
  if (!change || !changes) return plainRun;
  if (changes.kind === 'marked') {
    const look = changes[change];
    return (options) => new TextRun({ ...options, ...look });
  }
  return change === 'inserted'
    ? (options) => new InsertedTextRun({ ...options, ...revisionOf(changes) })
    : (options) => new DeletedTextRun({ ...options, ...revisionOf(changes) });
}

const SPECIAL = /[\t\r\n\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** A text of the concept that is exactly a page-number word of docx (FIELD_WORDS) goes in as two pieces, which read and print the same. */
const pushPiece = (piece: string, out: RunChild[]) => (FIELD_WORDS.has(piece) ? out.push(piece.slice(0, 1), piece.slice(1)) : out.push(piece));


/**
 * A piece of text, with soft hyphens at its break points when hyphenated (hyphenation.ts). `direct`: as one
 * HyphenatedText (a plain run); otherwise as strings and SoftHyphens, which tracked changes turn into their own text.
 */
function pushText(text: string, minLetters: number | undefined, out: RunChild[], direct: boolean): void {
  if (!minLetters) {
    if (text) pushPiece(text, out);
    return;
  }
  const pieces = hyphenateText(text, minLetters);
  if (direct) {
    if (pieces.some((piece) => piece)) out.push(new HyphenatedText(pieces));
    return;
  }
  for (const piece of pieces) {
    if (piece === null) out.push(new SoftHyphen());
    else if (piece) pushPiece(piece, out);
  }
}

/**
 * One text node as runs: line feeds become line breaks and tabs real tabs, so no
 * character is lost. Plain loops: this runs for every text node of a concept.
 */
function pushTextRuns(text: string, format: RunFormat, minLetters: number | undefined, out: ParagraphChild[], makeRun: MakeRun = plainRun): void {
  const direct = makeRun === plainRun;
  if (!SPECIAL.test(text)) {
    if (!minLetters) {
      out.push(makeRun({ ...format, text }));
      return;
    }
    const children: RunChild[] = [];
    pushText(text, minLetters, children, direct);
    out.push(makeRun({ ...format, children: children as IRunOptions['children'] }));
    return;
  }
  const lines = text.replace(XML_INVALID, '').split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    const parts = (lines[index] ?? '').split('\t');
    const children: RunChild[] = [];
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) children.push(new Tab());
      pushText(parts[i] ?? '', minLetters, children, direct);
    }
    out.push(makeRun({ ...format, children: children as IRunOptions['children'], ...(index > 0 ? { break: 1 } : {}) }));
  }
}

interface OpenLink {
  href: string;
  runs: ParagraphChild[];
}

function closeLink(link: OpenLink | null, out: ParagraphChild[]): null {
  if (link) out.push(new ExternalHyperlink({ link: link.href, children: link.runs }));
  return null;
}

/**
 * Maps the inline children of a paragraph or heading. `where` names the section for error messages;
 * `hyphenateFrom`: words of at least this many letters get soft hyphens (not in links); none when omitted;
 * `changes`: how text marked as inserted or deleted is written (Synopse, redline).
 */
export function mapInline(nodes: readonly TiptapNode[] | undefined, where: string, hyphenateFrom?: number, changes?: ChangeMarking): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  // Consecutive text nodes with the same target form one hyperlink (bold part of a link is its own text node).
  let link: OpenLink | null = null;
  for (const node of nodes ?? []) {
    if (node.type === 'text') {
      const { format, href, change } = readMarks(node.marks, where);
      const makeRun = runMaker(change, changes);
      if (href === null) {
        link = closeLink(link, out);
        pushTextRuns(node.text ?? '', format, hyphenateFrom, out, makeRun);
        continue;
      }
      if (link !== null && link.href !== href) link = closeLink(link, out);
      link ??= { href, runs: [] };
      // Link text is often an address: never hyphenated.
      pushTextRuns(node.text ?? '', format, undefined, link.runs, makeRun);
    } else if (node.type === 'hardBreak') {
      // A break inside a link stays inside it; the link continues if the next text has the same target.
      const breakRun = runMaker(readMarks(node.marks, where).change, changes)({ break: 1 });
      if (link) link.runs.push(breakRun);
      else out.push(breakRun);
    } else if (node.type === COMMENT_MARKER_NODE) {
      // Where a Word comment's passage starts or ends (word-comments.ts). A link around it is split in two.
      const marker = readMarker(node);
      if (!marker) throw unexpectedNode(node.type, 'ohne Kennung', where);
      link = closeLink(link, out);
      if (marker.edge === 'start') out.push(commentStart(marker.id));
      else out.push(...commentEnd(marker.id));
    } else if (node.type === DATA_FIELD_NODE) {
      // buildExportModel puts the values in (resolveDataFields); a field here would print nothing.
      throw unexpectedNode(node.type, 'ohne eingesetzten Wert', where);
    } else {
      throw unexpectedNode(node.type, 'im Fließtext', where);
    }
  }
  closeLink(link, out);
  return out;
}
