import { tableNode } from '../facilities/tiptap-table-nodes';
import type { TiptapNode } from '../templates/to-tiptap';
import { CONTACT_CATEGORY_LABELS, compareCategories } from './categories';
import { formatIsoDate } from '../shared/date-format';
import type { Contact } from './queries';

/** What the converter reads: a Contact without its bookkeeping fields. */
export type ContactForTable = Omit<Contact, 'id' | 'districtId' | 'updatedAt' | 'updatedByName'>;

/**
 * The contact directory as one table (annex „Kontaktverzeichnis“ or „Kooperation
 * und Netzwerk“), ordered by category and organisation. „Stand“ shows when an
 * entry was last verified, so readers of the adopted document can judge it. Pure.
 */
export function contactsToTiptapTable(contacts: readonly ContactForTable[]): TiptapNode {
  const header = ['Bereich', 'Stelle', 'Telefon', 'Erreichbarkeit', 'Sprachen', 'Adresse', 'Hinweis', 'Stand'];
  const sorted = [...contacts].sort(
    (a, b) => compareCategories(a.category, b.category) || a.organisation.localeCompare(b.organisation, 'de'),
  );
  const rows = sorted.map((c) => [
    CONTACT_CATEGORY_LABELS[c.category],
    c.organisation,
    c.phone,
    c.hours,
    c.languages,
    c.address,
    c.note,
    c.lastVerifiedOn ? formatIsoDate(c.lastVerifiedOn) : 'nicht geprüft',
  ]);
  return tableNode(header, rows.length > 0 ? rows : [['Noch keine Kontakte erfasst.', ...header.slice(1).map(() => null)]]);
}
