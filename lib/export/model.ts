/**
 * The document to export, as plain data: what the use case loads from the
 * database (or the benchmark generates in memory) and what render-docx.ts turns
 * into a DOCX. Keeping this boundary plain lets the benchmark and the tests time
 * and check the mapper without a database.
 */
import type { TiptapDoc, TiptapNode } from '../editor/types';

/**
 * What the document does with sections that have no text (the user chooses when exporting):
 * - 'renumber': leaves them out and numbers the rest without gaps (1, 2, 3 …; 12.1, 12.2 …);
 *   references to section numbers in the text follow (cross-references.ts);
 * - 'entfaellt': keeps the template's numbers and prints the heading of an empty section
 *   with „(entfällt)“, as a council document that drops a point does;
 * - 'mark': keeps everything and notes under each empty heading that it is not written yet
 *   (for drafts under discussion).
 */
export const EMPTY_SECTION_MODES = ['renumber', 'entfaellt', 'mark'] as const;
export type EmptySectionMode = (typeof EMPTY_SECTION_MODES)[number];

export const isEmptySectionMode = (value: unknown): value is EmptySectionMode => (EMPTY_SECTION_MODES as readonly unknown[]).includes(value);

export interface ExportMeta {
  districtName: string;
  /** Concept title: document title, header, title page. */
  title: string;
  /** Template title: the document's subject property. */
  subject: string;
  /** Below the title on the title page: the template title, unless the concept's title already says it. */
  subtitle?: string;
  responsible: string;
  /** „Entwurf“, „Eingereicht“, „Beschlossen“ … */
  statusLabel: string;
  /** Only the adopted Fassung is final; everything else carries the ENTWURF marking. */
  isFinal: boolean;
  /**
   * „Entwurf“ for the current text, „Fassung 2“ for a frozen one: the value of the data field
   * {{edition.fassung}}, so the title page, the footer and the text never name different Fassungen.
   */
  versionLabel: string;
  /** The council's decision of an adopted Fassung, as {{edition.beschluss}} writes it. */
  decisionLabel?: string;
  /** Next planned review of an adopted Fassung, as {{edition.naechste_pruefung}} writes it. */
  nextReviewLabel?: string;
  /** dd.mm.yyyy: the „Stand“, as {{edition.stand}} writes it. */
  dateLabel: string;
  /** „Gewaltschutzkonzept für Gemeinschaftsunterkünfte, Version 2026.1“: in the document properties only, not on a page. */
  templateLabel: string;
  /** Redline only: what the tracked changes compare with („Fassung 1 vom 12.03.2026“), on the title page. */
  changesSinceLabel?: string;
}

export interface ExportSection {
  key: string;
  /** The number printed in the heading and the TOC: the template's („13.2“), or the gapless one in 'renumber' mode („12.2“). */
  number: string;
  /** The template's number, as the app shows it. */
  templateNumber: string;
  title: string;
  /** 0: top-level section (Heading 1); 1 or deeper: sub-section (Heading 2). */
  depth: number;
  /** Stored rich text with its data fields replaced by their values; null when the section has no visible text. */
  content: TiptapDoc | null;
  /**
   * 'entfaellt' mode: the section and all of its sub-sections are empty. Only its heading is printed,
   * with „(entfällt)“, and its sub-sections are left out.
   */
  isDropped: boolean;
  /**
   * Starts one of the document's main parts on a new page: the first section (the body after the
   * table of contents) and every chapter with sub-chapters in the template (the Ablaufpläne, the
   * Anlagen), and each Ablaufplan after the first (childrenStartPage in the template). Other
   * chapters follow on the same page.
   */
  startsPart: boolean;
  /**
   * Word comments on the section's heading (ids in ExportDocument.comments): comments on the whole
   * section and those whose passage is not in the exported text. Comments on a passage are marker
   * nodes in `content` instead (COMMENT_MARKER_NODE, word-comments.ts).
   */
  headingComments?: number[];
  /** Redline only: the section has text in one of the two compared Fassungen only; its heading is a tracked change too. */
  revision?: 'inserted' | 'deleted';
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
  /** See EmptySectionMode; empty parents of filled sub-sections stay as bare headings in every mode. */
  emptySections: EmptySectionMode;
  /** In template order, already filtered and numbered by the empty-section choice. */
  sections: ExportSection[];
  annexes: ExportAnnex[];
  /** Word comments (threads with their replies), when the export includes the review's comments. */
  comments?: ExportComment[];
}

/** One Word comment: the first comment of a thread, or a reply (parentId) under it. */
export interface ExportComment {
  /** w:id, 0, 1, … in document order of the threads, replies after their thread's first comment. */
  id: number;
  /** The thread's first comment's id, for replies. */
  parentId?: number;
  author: string;
  initials: string;
  /** When it was written (a real instant; render-docx.ts writes it as Word shows it). */
  date: Date;
  /** Paragraphs of text. */
  paragraphs: string[];
  /** The thread is erledigt (Word: „Erledigt“, w15:done). */
  isDone: boolean;
}
