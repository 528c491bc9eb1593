/**
 * The document to export, as plain data: what the use case loads from the
 * database (or the benchmark generates in memory) and what render-docx.ts turns
 * into a DOCX. Keeping this boundary plain lets the benchmark and the tests time
 * and check the mapper without a database.
 */
import type { TiptapDoc, TiptapNode } from '../editor/types';

export type EmptySectionMode = 'omit' | 'mark';

export interface ExportMeta {
  districtName: string;
  /** Concept title: document title, header, title page. */
  title: string;
  /** Template title: document subject and subtitle on the title page. */
  subject: string;
  responsible: string;
  /** „Entwurf“, „Eingereicht“, „Beschlossen“ … */
  statusLabel: string;
  /** Only the adopted Fassung is final; everything else carries the ENTWURF marking. */
  isFinal: boolean;
  /** „Arbeitsstand vom 25.11.2026“ for the current text, „Fassung 2 vom 12.03.2027“ for a frozen one. */
  versionLabel: string;
  /** The council's decision of an adopted Fassung: „Kreistag am 12.03.2027 (Beschluss-Nr. KT/2027/014)“. */
  decisionLabel?: string;
  /** Next planned review of an adopted Fassung, dd.mm.yyyy. */
  nextReviewLabel?: string;
  /** dd.mm.yyyy */
  dateLabel: string;
  /** „Gewaltschutzkonzept für Gemeinschaftsunterkünfte, Version 2026.1“ */
  templateLabel: string;
}

export interface ExportSection {
  key: string;
  /** Template number, e.g. "13.2". */
  number: string;
  title: string;
  /** 0: top-level section (Heading 1); 1 or deeper: sub-section (Heading 2). */
  depth: number;
  /** Stored rich text with its data fields replaced by their values; null when the section has no visible text. */
  content: TiptapDoc | null;
}

/** A table of records in the annex (facilities, contact directory). */
export interface ExportAnnex {
  /** "A", "B", … */
  letter: string;
  title: string;
  note: string;
  tables: Array<{ caption: string; table: TiptapNode }>;
}

export interface ExportDocument {
  meta: ExportMeta;
  /** 'mark': sections without text get a visible note; 'omit': they were left out (empty parents of filled sub-sections stay as bare headings). */
  emptySections: EmptySectionMode;
  /** In template order, already filtered by the empty-section choice. */
  sections: ExportSection[];
  annexes: ExportAnnex[];
}
