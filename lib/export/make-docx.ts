/**
 * Making a download's file: the concept rendered (in the render thread) and, when asked for, the page numbers of its
 * table of contents laid out (in the layout threads). Called once per file (download-cache.ts): for a download, or
 * ahead of one (prepare-download.ts).
 */
import type { MadeFile } from './download-cache';
import type { ExportDocument } from './model';
import { renderDocxOffThread } from './render-off-thread';
import { fillTocPageNumbers, prepareTocPageNumbers } from './toc-page-numbers';

/**
 * Renders the model, with `tocPageNumbers` laid out for the TOC's page numbers. Complete unless those were asked for
 * and could not be worked out (the layout failed, took too long, or `signal` stopped it): then the file says so, and
 * Word fills them on opening.
 */
export async function makeDocx(model: ExportDocument, serialized: Uint8Array, tocPageNumbers: boolean, signal: AbortSignal): Promise<MadeFile> {
  // The layout's threads load while the document renders (nothing happens when they are running already).
  if (tocPageNumbers) prepareTocPageNumbers();
  // Word asks on every opening whether to update the fields when the file says so (updateFields). With the
  // TOC's page numbers worked out here the question is needless, so the file only says so when they are missing.
  const rendered = await renderDocxOffThread(model, { updateFields: !tocPageNumbers }, serialized);
  if (!tocPageNumbers) return { buffer: rendered, complete: true };
  // The layouts of the parts that did not change since an earlier export are used again.
  const paged = await fillTocPageNumbers(rendered, { signal });
  if (paged.filled) return { buffer: paged.buffer, complete: true };
  // Not kept (download-cache.ts): the next download tries again.
  return { buffer: await renderDocxOffThread(model, { updateFields: true }, serialized), complete: false };
}
