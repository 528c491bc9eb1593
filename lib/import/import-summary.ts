/**
 * The summary of a Word import stored on the concept (concepts.import_summary, migration 0011) and
 * shown on the concept page until dismissed. Kept apart from the conversion so that pages reading
 * it do not load the DOCX reader.
 */
export interface ImportSummary {
  fileName: string;
  importedAt: string;
  /** Template sections that received text: "3 Präambel und Leitbild" ← titles of the parts. */
  sections: Array<{ key: string; label: string; parts: string[] }>;
  /** Titles of the parts placed under „Übernommene Inhalte ohne Zuordnung“. */
  unassigned: string[];
  notTaken: string[];
  /** Template sections that stayed empty (starter text of the template only). */
  emptySections: number;
}

/** Reads a stored summary defensively (it is JSON from the database). */
export function readImportSummary(raw: unknown): ImportSummary | null {
  if (!raw || typeof raw !== 'object') return null;
  const s = raw as Partial<ImportSummary>;
  if (typeof s.fileName !== 'string' || !Array.isArray(s.sections)) return null;
  return {
    fileName: s.fileName,
    importedAt: typeof s.importedAt === 'string' ? s.importedAt : '',
    sections: s.sections,
    unassigned: Array.isArray(s.unassigned) ? s.unassigned : [],
    notTaken: Array.isArray(s.notTaken) ? s.notTaken : [],
    emptySections: typeof s.emptySections === 'number' ? s.emptySections : 0,
  };
}
