import type { Block } from '../../lib/templates';

/** Every text of a template block as written (paragraph, heading, list items, table header and cells). */
export function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [block.text];
    case 'bulletList':
    case 'orderedList':
      return block.items;
    case 'table':
      return [...block.header, ...block.rows.flat()];
  }
}
