import type { Contact } from '../contacts/queries';
import { contactsToTiptapTable } from '../contacts/to-tiptap-table';
import type { TiptapNode } from '../editor/types';
import type { Facility } from '../facilities/queries';
import { facilitiesToTiptapTable, facilityFeaturesToTiptapTable } from '../facilities/to-tiptap-table';

export interface InsertableDataTable {
  key: 'facilities' | 'features' | 'contacts';
  title: string;
  nodes: TiptapNode[];
}

export interface InsertableDataTables {
  tables: InsertableDataTable[];
  /** Facilities in the concept's scope (Geltungsbereich); only these appear in the tables. */
  facilitiesInScope: number;
  /** The district's facilities outside the scope, left out on purpose (the UI says so). */
  facilitiesOutOfScope: number;
}

/**
 * The district's records as tables an author can insert into a section of a concept: the
 * facilities of the concept's scope (as the DOCX annex lists them, never the district's other
 * facilities), their building features, and the contact directory. Pure: the section page's use
 * case loads the records once and decides who is offered them (section.edit).
 */
export function buildInsertableDataTables(input: {
  scope: ReadonlyArray<{ id: string }>;
  facilities: readonly Facility[];
  contacts: readonly Contact[];
}): InsertableDataTables {
  const inScope = new Set(input.scope.map((f) => f.id));
  const covered = input.facilities.filter((f) => inScope.has(f.id));
  const tables: InsertableDataTable[] = [];
  if (covered.length > 0) {
    tables.push({ key: 'facilities', title: 'Unterkünfte', nodes: [facilitiesToTiptapTable(covered) as TiptapNode] });
    tables.push({ key: 'features', title: 'Bauliche Schutzmerkmale', nodes: [facilityFeaturesToTiptapTable(covered) as TiptapNode] });
  }
  if (input.contacts.length > 0) tables.push({ key: 'contacts', title: 'Kontaktverzeichnis', nodes: [contactsToTiptapTable(input.contacts) as TiptapNode] });
  return { tables, facilitiesInScope: covered.length, facilitiesOutOfScope: input.facilities.length - covered.length };
}
