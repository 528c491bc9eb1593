/**
 * Word comments in the DOCX: the comments part (docx writes comments.xml, and commentsExtended.xml
 * with w15:paraIdParent for replies and w15:done for erledigt threads as soon as one comment is a
 * reply, which every erledigt thread has: word-comments.ts), the range marks around a passage or
 * a heading, and the reference run Word shows the comment's anchor with.
 */
import { CommentRangeEnd, CommentRangeStart, CommentReference, Paragraph, TextRun, type ICommentsOptions, type ParagraphChild } from 'docx';
import type { ExportComment } from './model';

const BERLIN = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * The instant as Berlin's wall clock, written as if it were UTC. w:date carries no usable time zone:
 * Word and LibreOffice show its digits as they stand, so a comment written at 14:03 in Berlin must
 * say 14:03 there too, as the app does, whatever time zone the server runs in.
 */
export function wordCommentDate(date: Date): Date {
  const parts = Object.fromEntries(BERLIN.formatToParts(date).map((p) => [p.type, p.value]));
  return new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second)));
}

/** The document's comments part. */
export function docxComments(comments: readonly ExportComment[]): ICommentsOptions {
  return {
    children: comments.map((c) => ({
      id: c.id,
      author: c.author,
      initials: c.initials,
      date: wordCommentDate(c.date),
      ...(c.parentId !== undefined ? { parentId: c.parentId } : {}),
      resolved: c.isDone,
      children: c.paragraphs.map((text) => new Paragraph({ children: [new TextRun(text)] })),
    })),
  };
}

/** Where a comment's range ends: the end mark and the run that carries the comment's reference. */
export function commentEnd(id: number): ParagraphChild[] {
  return [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];
}

export function commentStart(id: number): ParagraphChild {
  return new CommentRangeStart(id);
}

/** A heading's runs inside the ranges of the comments that sit on it (none: the runs as they are). */
export function withHeadingComments(runs: ParagraphChild[], ids: readonly number[] | undefined): ParagraphChild[] {
  if (!ids || ids.length === 0) return runs;
  return [...ids.map(commentStart), ...runs, ...[...ids].reverse().flatMap(commentEnd)];
}
