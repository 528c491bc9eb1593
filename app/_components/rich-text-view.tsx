import type { ReactNode } from 'react';
import { dataFieldDescription, dataFieldText, dataFieldToken, isDataFieldMissing, isDataFieldName, type DataFieldValues } from '@/lib/editor/data-fields';
import { LINK_REL, SUPPORTED_MARK_TYPES, SUPPORTED_NODE_TYPES } from '@/lib/editor/schema-names';
import { isAllowedLinkHref } from '@/lib/editor/link-policy';
import { docToPlainText } from '@/lib/editor/text';
import type { TiptapDoc, TiptapMark, TiptapNode } from '@/lib/editor/types';
import { tableRegionLabels } from './table-label';
import { TableWrap } from './table-wrap';

/*
 * Why a hand renderer and not @tiptap/static-renderer: that package is not published at the
 * Tiptap version the rest of the app is pinned to (3.32.2), and all @tiptap packages must move
 * together. So this renderer is driven by the schema's own node and mark lists instead
 * (SUPPORTED_NODE_TYPES / SUPPORTED_MARK_TYPES in lib/editor/schema-names.ts, which
 * tests/unit/editor-schema.test.ts keeps equal to the real schema): each switch below is
 * exhaustive, and adding a node or mark to the schema without teaching it here does not compile.
 */

type NodeType = (typeof SUPPORTED_NODE_TYPES)[number];
type MarkType = (typeof SUPPORTED_MARK_TYPES)[number];
type KnownNode = TiptapNode & { type: NodeType };
type KnownMark = TiptapMark & { type: MarkType };

const isKnownNode = (node: TiptapNode): node is KnownNode => (SUPPORTED_NODE_TYPES as readonly string[]).includes(node.type);
const isKnownMark = (mark: TiptapMark): mark is KnownMark => (SUPPORTED_MARK_TYPES as readonly string[]).includes(mark.type);

/** Compile-time proof that a switch covers every case; at run time only reached with bad data. */
function unreachable(value: never): never {
  throw new Error(`Nicht behandelter Typ: ${JSON.stringify(value)}`);
}

/**
 * Stored content is validated against the schema before it is saved, so anything unknown here
 * is a bug or content from an older schema. Tell the developer loudly, not the production log.
 */
function reportUnknown(kind: 'Knoten' | 'Formatierung', type: string): void {
  if (process.env.NODE_ENV !== 'production') {
    console.error(`RichTextView: unbekannter ${kind} „${type}“ – er gehört nicht zum Editor-Schema (lib/editor/extensions.ts).`);
  }
}

function renderMark(inner: ReactNode, mark: KnownMark): ReactNode {
  switch (mark.type) {
    case 'bold':
      return <strong>{inner}</strong>;
    case 'italic':
      return <em>{inner}</em>;
    case 'underline':
      return <u>{inner}</u>;
    case 'strike':
      return <s>{inner}</s>;
    case 'link': {
      // Only allowed schemes become links; anything else stays plain text (no javascript: etc.).
      const href = mark.attrs?.href;
      return isAllowedLinkHref(href) ? (
        <a href={href} rel={LINK_REL}>
          {inner}
        </a>
      ) : (
        inner
      );
    }
    default:
      return unreachable(mark.type);
  }
}

function renderMarks(text: ReactNode, marks: TiptapMark[] | undefined, key: string): ReactNode {
  return (marks ?? []).reduce<ReactNode>(
    (inner, mark) => {
      if (isKnownMark(mark)) return renderMark(inner, mark);
      // An unknown formatting loses nothing but its look: keep the text, report the mark.
      reportUnknown('Formatierung', mark.type);
      return inner;
    },
    <span key={key}>{text}</span>,
  );
}

/** A data field with its current value (or hint), marked like in the editor; without values, its token. */
function renderDataField(node: TiptapNode, key: string, values: DataFieldValues | undefined): ReactNode {
  const name = node.attrs?.name;
  if (!isDataFieldName(name)) return <span key={key}>{dataFieldToken(name)}</span>;
  const isMissing = values !== undefined && isDataFieldMissing(name, values);
  const field = (
    <span className={isMissing ? 'data-field data-field--missing' : 'data-field'} data-field={name} title={dataFieldDescription(name)}>
      {values ? dataFieldText(name, values) : dataFieldToken(name)}
      <span className="visually-hidden"> ({dataFieldDescription(name)})</span>
    </span>
  );
  return <span key={key}>{renderMarks(field, node.marks, key)}</span>;
}

/** Every text inside a node, whatever its type (docToPlainText only looks into known text blocks). */
function allText(node: TiptapNode): string {
  if (typeof node.text === 'string') return node.text;
  return (node.content ?? []).map((child) => (typeof child.text === 'string' ? child.text : ` ${allText(child)} `)).join('');
}

/**
 * A node the schema does not know is neither dropped (a reviewer would think the text was never
 * there) nor shown as if it were normal content: its text appears inside a visible, labelled
 * marker, and development logs an error.
 */
function renderUnknown(node: TiptapNode, key: string): ReactNode {
  reportUnknown('Knoten', node.type);
  const text = allText(node).replace(/\s+/g, ' ').trim();
  return (
    <span key={key} className="rich-text-unknown" data-unknown-node={node.type}>
      [Nicht darstellbarer Inhalt („{node.type}“){text ? `: ${text}` : ''}]
    </span>
  );
}

function cellSpan(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 1;
}

/** What every node of one text is rendered with: the data field values and the names of its table regions. */
interface RenderContext {
  values?: DataFieldValues;
  tableLabels: ReadonlyMap<TiptapNode, string>;
}

/** The tables that will be rendered (not those inside an unknown node), in document order. */
function tablesOf(node: TiptapNode): TiptapNode[] {
  if (!isKnownNode(node)) return [];
  return [...(node.type === 'table' ? [node] : []), ...(node.content ?? []).flatMap(tablesOf)];
}

/** The first row's texts of a table: what its region is named after. */
const firstRowTexts = (table: TiptapNode) => (table.content?.[0]?.content ?? []).map((cell) => docToPlainText(cell));

function renderNode(node: TiptapNode, key: string, context: RenderContext): ReactNode {
  if (!isKnownNode(node)) return renderUnknown(node, key);
  const children = node.content?.map((child, i) => renderNode(child, `${key}.${i}`, context));
  switch (node.type) {
    case 'doc':
      return <>{children}</>;
    case 'paragraph':
      return <p key={key}>{children}</p>;
    case 'heading':
      return node.attrs?.level === 4 ? <h4 key={key}>{children}</h4> : <h3 key={key}>{children}</h3>;
    case 'text':
      return <span key={key}>{renderMarks(node.text ?? '', node.marks, key)}</span>;
    case 'hardBreak':
      return <br key={key} />;
    case 'dataField':
      return renderDataField(node, key, context.values);
    case 'bulletList':
      return <ul key={key}>{children}</ul>;
    case 'orderedList':
      return (
        <ol key={key} start={typeof node.attrs?.start === 'number' ? node.attrs.start : undefined}>
          {children}
        </ol>
      );
    case 'listItem':
      return <li key={key}>{children}</li>;
    case 'blockquote':
      return <blockquote key={key}>{children}</blockquote>;
    case 'table':
      return (
        <TableWrap key={key} label={context.tableLabels.get(node)!}>
          <table className="table">
            <tbody>{children}</tbody>
          </table>
        </TableWrap>
      );
    case 'tableRow':
      return <tr key={key}>{children}</tr>;
    case 'tableHeader':
      return (
        <th key={key} scope="col" colSpan={cellSpan(node.attrs?.colspan)} rowSpan={cellSpan(node.attrs?.rowspan)}>
          {children}
        </th>
      );
    case 'tableCell':
      return (
        <td key={key} colSpan={cellSpan(node.attrs?.colspan)} rowSpan={cellSpan(node.attrs?.rowspan)}>
          {children}
        </td>
      );
    default:
      return unreachable(node.type);
  }
}

/**
 * Read-only rendering of stored section content (history, conflicts, advisors). No HTML strings involved.
 * `fieldValues`: the concept's current data field values; without them a field shows its token („⟨Stand⟩“).
 * `tableContext` (else `label`): which text this is, named in its tables' regions where a page shows
 * several texts, so that no two tables on the page share a name.
 */
export function RichTextView({
  doc,
  label,
  tableContext = label,
  fieldValues,
}: {
  doc: TiptapDoc;
  label?: string;
  tableContext?: string;
  fieldValues?: DataFieldValues;
}) {
  const tables = tablesOf(doc);
  const names = tableRegionLabels(tables.map(firstRowTexts), tableContext);
  const tableLabels = new Map(tables.map((table, i) => [table, names[i]!]));
  return (
    <div className="rich-text" aria-label={label} role={label ? 'region' : undefined}>
      {renderNode(doc, 'r', { values: fieldValues, tableLabels })}
    </div>
  );
}
