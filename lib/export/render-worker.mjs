// @ts-check
/**
 * Worker thread: renders an export model into DOCX bytes (render-docx.ts, bundled by render-bundle.mjs), so that the
 * server's thread does not spend the few hundred ms a long concept takes to build and write while saves and page
 * views wait. Plain JavaScript for the same reason as toc-page-numbers-worker.mjs: it is loaded from the source tree.
 *
 * Messages in:  { id, modelBytes: Uint8Array (v8.serialize of an ExportDocument), options: { updateFields?: boolean } }
 * Messages out: { id, data: Uint8Array } (its buffer transferred), or { id, error: { code?, message, details? } }
 */
import { deserialize } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { bundledRenderDocx } from './render-bundle.mjs';
import { lowerThreadPriority } from './worker-support.mjs';

if (!parentPort) throw new Error('render-worker.mjs runs only as a worker thread');
const port = parentPort;

// Like the page layout: a little lower priority than the server's thread, whose saves and page views come first.
lowerThreadPriority(5);

const { renderDocx } = await bundledRenderDocx();
port.postMessage({ ready: true });

port.on('message', async (/** @type {any} */ job) => {
  try {
    // The model comes as the bytes v8.serialize wrote (render-off-thread.ts).
    const buffer = await renderDocx(deserialize(job.modelBytes), job.options);
    // A buffer of its own (not a slice of Node's shared pool), so it can be handed over without copying.
    const data = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength ? new Uint8Array(buffer.buffer) : new Uint8Array(buffer);
    port.postMessage({ id: job.id, data }, [data.buffer]);
  } catch (error) {
    const failure = /** @type {{ name?: unknown, code?: unknown, message?: unknown, details?: unknown, stack?: unknown }} */ (error ?? {});
    port.postMessage({
      id: job.id,
      error: {
        code: typeof failure.code === 'string' && failure.name === 'AppError' ? failure.code : undefined,
        message: String(failure.message ?? error),
        details: failure.details,
        stack: String(failure.stack ?? ''),
      },
    });
  }
});
