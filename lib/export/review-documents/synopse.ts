import type { Actor } from '../../access';
import type { ExportedDocx } from '../export-concept-docx';
import { withExportSlot } from '../export-slots';
import { DOCX_MIME_TYPE } from '../render-docx';
import { loadChangeModel, type ChangeDocumentInput } from './change-model';
import { changeDocumentFilename } from './filename';
import { renderSynopse } from './render-synopse';

/**
 * The Synopse between Fassung n and Fassung m or the current text (render-synopse.ts): the form in which a
 * council reads an amendment. Sections, numbers and data-field values are those of the new text, as in its
 * normal export.
 *
 * Who: anyone with concept.export (the district's coordinators and editors, its assigned advisors for a shared
 * concept). Writes nothing. Throws not_found (unknown concept or Fassung, another district, an unshared
 * concept for advisors), invalid_input (no or the same Fassung twice), rate_limited (two documents are being made
 * for the person already: export-slots.ts).
 */
export async function exportSynopseDocx(actor: Actor, input: ChangeDocumentInput, options: { now?: Date } = {}): Promise<ExportedDocx> {
  const now = options.now ?? new Date();
  const { model, from, to } = await loadChangeModel(actor, input, now);
  return {
    filename: changeDocumentFilename({ kind: 'Synopse', title: model.meta.title, from, to, now }),
    contentType: DOCX_MIME_TYPE,
    // The whole concept twice, rendered on the server's thread: in one of the person's slots (export-slots.ts).
    buffer: await withExportSlot(actor.userId, () => renderSynopse({ model, from, to })),
    tocPageNumbers: false,
  };
}
