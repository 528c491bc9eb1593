import { getDb } from '../../db/client';
import type { Actor } from '../access';
import { loadConcept } from '../concepts/load-concept';
import { listConceptFacilities } from '../concepts/scope-queries';
import { listContacts } from '../contacts/list-contacts';
import { contactsToTiptapTable } from '../contacts/to-tiptap-table';
import type { TiptapNode } from '../editor/types';
import { listDistrictFacilities } from '../facilities/queries';
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
 * The district's records as tables an author can insert into a section of this concept:
 * the facilities of the concept's scope (as the DOCX annex lists them, never the district's
 * other facilities), their building features, and the contact directory. Members with
 * section.edit on the concept (coordinators, editors, while the text is editable). Reads only (the first
 * call for a district may add the nationwide contact numbers, as listContacts does).
 * Throws not_found (unknown concept, another district), forbidden.
 */
export async function listInsertableDataTables(actor: Actor, conceptId: unknown): Promise<InsertableDataTables> {
  const db = getDb();
  const { concept, district } = await loadConcept(db, actor, conceptId, 'section.edit');
  const ids = { districtId: district.id, conceptId: concept.id };
  const [scope, facilities, contacts] = await Promise.all([
    listConceptFacilities(db, ids),
    listDistrictFacilities(db, { districtId: district.id }),
    listContacts(actor, district.id),
  ]);
  const inScope = new Set(scope.map((f) => f.id));
  const covered = facilities.filter((f) => inScope.has(f.id));
  const tables: InsertableDataTable[] = [];
  if (covered.length > 0) {
    tables.push({ key: 'facilities', title: 'Unterkünfte', nodes: [facilitiesToTiptapTable(covered) as TiptapNode] });
    tables.push({ key: 'features', title: 'Bauliche Schutzmerkmale', nodes: [facilityFeaturesToTiptapTable(covered) as TiptapNode] });
  }
  if (contacts.length > 0) tables.push({ key: 'contacts', title: 'Kontaktverzeichnis', nodes: [contactsToTiptapTable(contacts) as TiptapNode] });
  return { tables, facilitiesInScope: covered.length, facilitiesOutOfScope: facilities.length - covered.length };
}
