import type { ReactNode } from 'react';
import { dataFieldDescription, dataFieldText, dataFieldToken, isDataFieldMissing, isDataFieldName, type DataFieldValues } from '@/lib/editor/data-fields';
import { isAllowedLinkHref } from '@/lib/editor/link-policy';
import { docToPlainText } from '@/lib/editor/text';
import type { TiptapDoc, TiptapNode } from '@/lib/editor/types';
import { tableRegionLabel } from './table-label';
import { TableWrap } from './table-wrap';

type Mark = { type: string; attrs?: Record<string, unknown> };
type Node = Omit<TiptapNode, 'marks' | 'content'> & { marks?: Mark[]; content?: Node[] };

function renderMarks(text: ReactNode, marks: Mark[] | undefined, key: string): ReactNode {
  return (marks ?? []).reduce<ReactNode>((inner, mark) => {
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
        const href = String(mark.attrs?.href ?? '');
        return isAllowedLinkHref(href) ? (
          <a href={href} rel="noopener noreferrer nofollow">
            {inner}
          </a>
        ) : (
          inner
        );
      }
      default:
        return inner;
    }
  }, <span key={key}>{text}</span>);
}

/** A data field with its current value (or hint), marked like in the editor; without values, its token. */
function renderDataField(node: Node, key: string, values: DataFieldValues | undefined): ReactNode {
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

function renderNode(node: Node, key: string, values?: DataFieldValues): ReactNode {
  const children = node.content?.map((child, i) => renderNode(child, `${key}.${i}`, values));
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
      return renderDataField(node, key, values);
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
        <TableWrap key={key} label={tableRegionLabel((node.content?.[0]?.content ?? []).map((cell) => docToPlainText(cell)))}>
          <table className="table">
            <tbody>{children}</tbody>
          </table>
        </TableWrap>
      );
    case 'tableRow':
      return <tr key={key}>{children}</tr>;
    case 'tableHeader':
      return (
        <th key={key} scope="col" colSpan={Number(node.attrs?.colspan ?? 1)} rowSpan={Number(node.attrs?.rowspan ?? 1)}>
          {children}
        </th>
      );
    case 'tableCell':
      return (
        <td key={key} colSpan={Number(node.attrs?.colspan ?? 1)} rowSpan={Number(node.attrs?.rowspan ?? 1)}>
          {children}
        </td>
      );
    default:
      // Stored content is validated against the editor schema; show unknown nodes' text rather than lose it.
      return <div key={key}>{children}</div>;
  }
}

/**
 * Read-only rendering of stored section content (history, conflicts, advisors). No HTML strings involved.
 * `fieldValues`: the concept's current data field values; without them a field shows its token („⟨Stand⟩“).
 */
export function RichTextView({ doc, label, fieldValues }: { doc: TiptapDoc; label?: string; fieldValues?: DataFieldValues }) {
  return (
    <div className="rich-text" aria-label={label} role={label ? 'region' : undefined}>
      {renderNode(doc as unknown as Node, 'r', fieldValues)}
    </div>
  );
}
