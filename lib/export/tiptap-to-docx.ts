/**
 * The Tiptap → DOCX mapper: one exhaustive switch over the node types of the
 * editor schema (lib/editor/extensions.ts). Unknown or misplaced nodes throw
 * (mapping-errors.ts); nothing is skipped. Lists nest to any depth, and every
 * ordered list counts on its own numbering instance (list-numbering.ts); tables
 * are in table-to-docx.ts, inline text and marks in inline-to-docx.ts, the look
 * in styles.ts and list-styles.ts.
 */
import { HeadingLevel, Paragraph } from 'docx';
import type { TiptapDoc, TiptapNode } from '../editor/types';
import { HYPHENATE_MIN_LETTERS } from './hyphenation';
import { mapInline } from './inline-to-docx';
import { GAP_AFTER_TABLE, indentOf, revisionOf, type Block, type BlockContext } from './block-context';
import { blockRevision } from './change-marks';
import type { ListRef } from './list-numbering';
import { nodeTypeOf, unexpectedNode } from './mapping-errors';
import { LIST_STEP, MAX_LIST_LEVEL } from './list-styles';
import { STYLE } from './styles';
import { mapTable } from './table-to-docx';
import { paragraphOf, type PreparedParagraph } from './prepared-paragraph';

export { rootContext, type Block, type BlockContext } from './block-context';

/** The top-level blocks of a stored section document (which must be a `doc`). */
export function documentContent(doc: TiptapDoc, where: string): readonly TiptapNode[] {
  if (nodeTypeOf(doc, where) !== 'doc') throw unexpectedNode(doc.type, 'statt eines Dokuments', where);
  return doc.content ?? [];
}

/** A stored section document as DOCX blocks. */
export function mapDocument(doc: TiptapDoc, ctx: BlockContext): Block[] {
  return mapBlocks(documentContent(doc, ctx.where), ctx);
}

export function mapBlocks(nodes: readonly TiptapNode[], ctx: BlockContext): Block[] {
  const out: Block[] = [];
  nodes.forEach((node, i) => mapBlock(node, i > 0 && nodes[i - 1]?.type === 'table' ? { ...ctx, afterTable: true } : ctx, out));
  return out;
}

function mapBlock(node: TiptapNode, ctx: BlockContext, out: Block[]): void {
  const type = nodeTypeOf(node, ctx.where);
  switch (type) {
    case 'paragraph':
      out.push(paragraph(node, ctx));
      return;
    case 'heading':
      out.push(heading(node, ctx));
      return;
    case 'blockquote':
      (node.content ?? []).forEach((child, i) => mapBlock(child, { ...ctx, quoteDepth: ctx.quoteDepth + 1, afterTable: i === 0 && ctx.afterTable }, out));
      return;
    case 'bulletList':
    case 'orderedList':
      list(node, type, ctx, out);
      return;
    case 'table':
      out.push(mapTable(node, ctx, mapBlocks));
      return;
    case 'doc':
    case 'text':
    case 'hardBreak':
    case 'dataField':
    case 'listItem':
    case 'tableRow':
    case 'tableHeader':
    case 'tableCell':
      throw unexpectedNode(type, 'als eigener Absatz', ctx.where);
    default: {
      const exhaustive: never = type;
      throw unexpectedNode(String(exhaustive), 'als eigener Absatz', ctx.where);
    }
  }
}

function paragraphStyle(ctx: BlockContext): string | undefined {
  if (ctx.cell?.isCompact) return ctx.cell.isHeader ? STYLE.tableHeadingCompact : STYLE.tableTextCompact;
  if (ctx.cell) return ctx.cell.isHeader ? STYLE.tableHeading : STYLE.tableText;
  return ctx.quoteDepth > 0 ? STYLE.quote : undefined;
}

/**
 * A paragraph of one Fassung only (redline): its paragraph mark is a tracked change too, so that accepting a
 * deletion removes the paragraph and rejecting an insertion leaves no empty one behind.
 */
function paragraphMark(node: TiptapNode, ctx: BlockContext): { run?: { insertion?: ReturnType<typeof revisionOf>; deletion?: ReturnType<typeof revisionOf> } } {
  const revision = blockRevision(node);
  if (!revision || ctx.changes?.kind !== 'tracked') return {};
  return { run: revision === 'inserted' ? { insertion: revisionOf(ctx.changes) } : { deletion: revisionOf(ctx.changes) } };
}

/** Words from this many letters get soft hyphens (hyphenation.ts): fewer in table cells, whose columns are narrow. */
const hyphenateFrom = (ctx: BlockContext) => (ctx.cell ? HYPHENATE_MIN_LETTERS.cell : HYPHENATE_MIN_LETTERS.text);

function paragraph(node: TiptapNode, ctx: BlockContext): Paragraph | PreparedParagraph {
  const indent = indentOf(ctx);
  return paragraphOf({
    style: paragraphStyle(ctx),
    alignment: ctx.cell?.alignment,
    ...(indent > 0 ? { indent: { left: indent } } : {}),
    ...(ctx.afterTable ? { spacing: { before: GAP_AFTER_TABLE } } : {}),
    ...paragraphMark(node, ctx),
    children: mapInline(node.content, ctx.where, hyphenateFrom(ctx), ctx.changes),
  });
}

const HEADINGS = { 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;

function heading(node: TiptapNode, ctx: BlockContext): Paragraph {
  const level = node.attrs?.level;
  if (level !== 3 && level !== 4) throw unexpectedNode(`heading (Ebene ${String(level)})`, 'nur Ebene 3 und 4', ctx.where);
  const indent = indentOf(ctx);
  return new Paragraph({
    heading: HEADINGS[level],
    alignment: ctx.cell?.alignment,
    ...(indent > 0 ? { indent: { left: indent } } : {}),
    ...paragraphMark(node, ctx),
    children: mapInline(node.content, ctx.where, undefined, ctx.changes),
  });
}

function list(node: TiptapNode, type: 'bulletList' | 'orderedList', ctx: BlockContext, out: Block[]): void {
  const ref = ctx.lists.startList(type, node.attrs);
  const level = ctx.listLevel + 1;
  let afterTable = ctx.afterTable === true;
  for (const item of node.content ?? []) {
    if (item.type !== 'listItem') throw unexpectedNode(item.type, 'direkt in einer Liste', ctx.where);
    let isNumbered = false;
    for (const child of item.content ?? []) {
      if (!isNumbered) {
        isNumbered = true;
        out.push(listParagraph(child.type === 'paragraph' ? child : { type: 'paragraph' }, ref, level, { ...ctx, afterTable }));
        afterTable = false;
        if (child.type === 'paragraph') continue;
      }
      // Further paragraphs, nested lists, tables … of the item, indented under its text.
      mapBlock(child, { ...ctx, listLevel: level, afterTable: false }, out);
    }
    if (!isNumbered) out.push(listParagraph({ type: 'paragraph' }, ref, level, { ...ctx, afterTable }));
    afterTable = false;
  }
}

function listParagraph(node: TiptapNode, ref: ListRef, level: number, ctx: BlockContext): Paragraph | PreparedParagraph {
  // Inside quotes and beyond Word's nine levels the indent is set here; otherwise the list level's own indent applies.
  const needsIndent = ctx.quoteDepth > 0 || level > MAX_LIST_LEVEL;
  return paragraphOf({
    style: paragraphStyle(ctx),
    alignment: ctx.cell?.alignment,
    numbering: { reference: ref.reference, instance: ref.instance, level: Math.min(level, MAX_LIST_LEVEL) },
    ...(needsIndent ? { indent: { left: indentOf(ctx, level), hanging: LIST_STEP } } : {}),
    ...(ctx.afterTable ? { spacing: { before: GAP_AFTER_TABLE } } : {}),
    ...paragraphMark(node, ctx),
    children: mapInline(node.content, ctx.where, hyphenateFrom(ctx), ctx.changes),
  });
}
