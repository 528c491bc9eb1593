import type { Actor } from '@/lib/access';
import { listContacts } from '@/lib/contacts/list-contacts';
import { contactsToTiptapTable } from '@/lib/contacts/to-tiptap-table';
import type { TiptapNode } from '@/lib/editor/types';
import { facilitiesToTiptapTable, facilityFeaturesToTiptapTable } from '@/lib/facilities/to-tiptap-table';
import { listFacilities } from '@/lib/facilities/list-facilities';

/** The district's records as tables that can be inserted into a section. */
export async function loadDataTables(actor: Actor, districtId: string): Promise<Array<{ key: string; title: string; nodes: TiptapNode[] }>> {
  const [facilities, contacts] = await Promise.all([listFacilities(actor, districtId), listContacts(actor, districtId)]);
  const tables: Array<{ key: string; title: string; nodes: TiptapNode[] }> = [];
  if (facilities.length > 0) {
    tables.push({ key: 'facilities', title: 'Unterkünfte', nodes: [facilitiesToTiptapTable(facilities) as TiptapNode] });
    tables.push({ key: 'features', title: 'Bauliche Schutzmerkmale', nodes: [facilityFeaturesToTiptapTable(facilities) as TiptapNode] });
  }
  if (contacts.length > 0) tables.push({ key: 'contacts', title: 'Kontaktverzeichnis', nodes: [contactsToTiptapTable(contacts) as TiptapNode] });
  return tables;
}
