/**
 * The mapper fails loudly: content it does not know (a node or mark type outside
 * the editor schema, a node in a place the schema does not allow) aborts the
 * export with a message naming the section, instead of dropping text unnoticed.
 * Stored content is validated against the same schema, so these errors mean the
 * schema grew without the exporter (see lib/editor/extensions.ts).
 */
import { SUPPORTED_NODE_TYPES } from '../editor/extensions';
import { AppError } from '../errors';

export type NodeType = (typeof SUPPORTED_NODE_TYPES)[number];

export function unknownType(kind: 'Element' | 'Formatierung', type: string, where: string): AppError {
  return new AppError(
    'invalid_input',
    `${where} enthält ${kind === 'Element' ? 'ein Element' : 'eine Formatierung'} „${type}“, das der DOCX-Export nicht kennt. ` +
      'Der Export wurde abgebrochen, damit kein Text verloren geht.',
    { nodeType: type },
  );
}

export function unexpectedNode(type: string, place: string, where: string): AppError {
  return new AppError('invalid_input', `${where} enthält ein Element „${type}“ an unerwarteter Stelle (${place}).`, { nodeType: type });
}

/** The node's type, checked against the editor schema's node list. */
export function nodeTypeOf(node: { type: unknown }, where: string): NodeType {
  const type = node.type;
  if (typeof type === 'string' && (SUPPORTED_NODE_TYPES as readonly string[]).includes(type)) return type as NodeType;
  throw unknownType('Element', String(type), where);
}
