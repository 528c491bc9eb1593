/**
 * Word list numbering for editor lists. Every ordered list (at any depth) becomes
 * its own numbering instance (`w:num`), so it counts from its own start and never
 * continues a list further up the document – the classic "broken numbering" of
 * generated documents. One abstract definition per format/start is shared by the
 * instances. Bullet lists have nothing to count, so they all share one instance,
 * which keeps numbering.xml small.
 */
import type { NumberingDefinition } from 'docx';
import { AppError } from '../errors';
import { ORDERED_FORMATS, bulletLevels, orderedLevels, type OrderedType } from './list-styles';

export interface ListRef {
  reference: string;
  instance: number;
}

export class ListNumbering {
  private readonly definitions = new Map<string, NumberingDefinition>();
  private instances = 0;

  /** A new, independent list (own instance) of the given kind. */
  startList(kind: 'bulletList' | 'orderedList', attrs: Record<string, unknown> | undefined): ListRef {
    if (kind === 'bulletList') return { reference: this.bulletReference(), instance: 0 };
    this.instances += 1;
    return { reference: this.orderedReference(attrs), instance: this.instances };
  }

  /** The numbering configuration for the Document (only definitions that were used). */
  config(): NumberingDefinition[] {
    return [...this.definitions.values()];
  }

  private bulletReference(): string {
    const reference = 'aufzaehlung';
    if (!this.definitions.has(reference)) this.definitions.set(reference, { reference, levels: bulletLevels() });
    return reference;
  }

  private orderedReference(attrs: Record<string, unknown> | undefined): string {
    const type = orderedType(attrs?.type);
    const start = orderedStart(attrs?.start);
    const reference = `nummerierung-${type}-${start}`;
    if (!this.definitions.has(reference)) this.definitions.set(reference, { reference, levels: orderedLevels(type, start) });
    return reference;
  }
}

function orderedType(value: unknown): OrderedType {
  if (value === undefined || value === null) return '1';
  if (typeof value === 'string' && Object.hasOwn(ORDERED_FORMATS, value)) return value as OrderedType;
  throw new AppError('invalid_input', `Eine nummerierte Liste hat eine unbekannte Nummerierungsart („${String(value)}“).`);
}

function orderedStart(value: unknown): number {
  if (value === undefined || value === null) return 1;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  throw new AppError('invalid_input', `Eine nummerierte Liste hat einen ungültigen Startwert („${String(value)}“).`);
}
