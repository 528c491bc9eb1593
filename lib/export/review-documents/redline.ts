import type { Actor } from '../../access';
import type { ChangeMarking } from '../block-context';
import type { ExportedDocx } from '../export-concept-docx';
import { withExportSlot } from '../export-slots';
import { DOCX_MIME_TYPE, renderDocx } from '../render-docx';
import { loadChangeModel, type ChangeDocumentInput } from './change-model';
import { changeDocumentFilename } from './filename';

/** Word's form of a revision date: ISO 8601 to the second, in UTC. */
const wordDate = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The redline: the new text (Fassung m or the current text) as the normal export lays it out, with every
 * change against Fassung n as a Word tracked change (w:ins / w:del, paragraph marks and table rows too) that
 * Word's „Annehmen/Ablehnen“ and LibreOffice's „Änderungen verwalten“ work on. The changes of a Fassung carry
 * its author (who submitted or adopted it) and date; against the current text each section's changes carry
 * whoever saved it last and when. The annex shows the new text's records without tracking.
 *
 * Who: anyone with concept.export (the district's coordinators and editors, its assigned advisors for a shared
 * concept). Writes nothing. Throws not_found (unknown concept or Fassung, another district, an unshared
 * concept for advisors), invalid_input (no or the same Fassung twice), rate_limited (two documents are being made
 * for the person already: export-slots.ts).
 */
export async function exportRedlineDocx(actor: Actor, input: ChangeDocumentInput, options: { now?: Date } = {}): Promise<ExportedDocx> {
  const now = options.now ?? new Date();
  const { model, from, to, authorOf } = await loadChangeModel(actor, input, now);
  // Revision ids must be unique in the document: one counter for all sections.
  const ids = { next: 1 };
  const changesOf = (key: string | null): ChangeMarking => {
    const { author, date } = authorOf(key);
    return { kind: 'tracked', author, date: wordDate(date), ids };
  };
  // The TOC's page numbers are left to Word: with the deleted text shown or hidden the pages differ anyway.
  // Opened in Word, the review mode is on: whoever edits the redline further adds tracked changes of their own.
  // The whole concept, rendered on the server's thread: in one of the person's slots (export-slots.ts).
  const buffer = await withExportSlot(actor.userId, () =>
    renderDocx({ ...model, meta: { ...model.meta, changesSinceLabel: from.label } }, { updateFields: true, changesOf, trackRevisions: true }),
  );
  return {
    filename: changeDocumentFilename({ kind: 'Redline', title: model.meta.title, from, to, now }),
    contentType: DOCX_MIME_TYPE,
    buffer,
    tocPageNumbers: false,
  };
}
