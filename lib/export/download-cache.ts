/**
 * Finished downloads by the export model they were made from (with the options that change the file): a concept
 * downloaded again unchanged (the advisor right after the coordinator, or the same person twice) comes back at once,
 * without rendering and laying it out again. The model holds everything the file shows, including the date on the
 * title page, so an edit, a new day or another Fassung gives another key; nothing needs to be forgotten by hand.
 *
 * The key is worked out on the server's thread from the model (v8.serialize, which keeps Maps, Dates and the order
 * of properties, and SHA-256: a few ms for a long concept), not from the finished file, which would have to be
 * unpacked and read there; the same serialized model then goes to the render worker. Only complete files are kept (with the TOC's page numbers when they were asked for).
 */
import { createHash } from 'node:crypto';
import { serialize } from 'node:v8';
import type { ExportDocument } from './model';

/** A handful of recent documents, some 150 kB each. */
const SIZE = 8;
const files = new Map<string, Buffer>();

/** The model as v8.serialize writes it: for the key, and sent as such to the render worker (render-off-thread.ts). */
export function serializedModel(model: ExportDocument): Uint8Array {
  return serialize(model);
}

/** The key of a download: its model (serialized: serializedModel) and the options that change the file. */
export function downloadKey(serialized: Uint8Array, options: Record<string, boolean>): string {
  return createHash('sha256').update(JSON.stringify(options)).update('\n').update(serialized).digest('base64url');
}

/** A copy of the file made for this key, if it is still kept. */
export function cachedDownload(key: string): Buffer | undefined {
  const file = files.get(key);
  if (!file) return undefined;
  files.delete(key);
  files.set(key, file); // most recently used last
  return Buffer.from(file);
}

export function rememberDownload(key: string, file: Buffer): void {
  files.delete(key);
  files.set(key, Buffer.from(file));
  while (files.size > SIZE) files.delete(files.keys().next().value!);
}

/** Forgets every kept file (tests, and the benchmark's first download). */
export function clearDownloadCache(): void {
  files.clear();
}
