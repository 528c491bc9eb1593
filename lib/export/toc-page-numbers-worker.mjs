// @ts-check
/**
 * Worker thread: lays the pages of a finished DOCX out (docx/layout) and writes the page
 * numbers into its table of contents. Plain JavaScript on purpose: it runs as its own
 * thread, outside Next's bundle and outside jest's transform, and needs nothing but docx.
 *
 * Message in:  { id: number, data: Uint8Array }
 * Message out: { id: number, data: Uint8Array } or { id: number, error: string }
 */
import { parentPort } from 'node:worker_threads';
import { patchDocument } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';

if (!parentPort) throw new Error('toc-page-numbers-worker.mjs runs only as a worker thread');
const port = parentPort;

// guess: lay out past what the layout cannot match exactly (e.g. a character no font of its tables has) with its
// best guess, instead of leaving the numbers blank.
const pageNumbers = estimatePageNumbersWith({ guess: true });

port.on('message', async (/** @type {{ id: number, data: Uint8Array }} */ { id, data }) => {
  try {
    const patched = await patchDocument({ outputType: 'uint8array', data, patches: {}, pageNumbers });
    port.postMessage({ id, data: patched }, [patched.buffer]);
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
