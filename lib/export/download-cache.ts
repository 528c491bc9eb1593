/**
 * Finished downloads by the export model they were made from (with the options that change the file): a concept
 * downloaded again unchanged (the advisor right after the coordinator, or the same person twice) comes back at once,
 * without rendering and laying it out again. A file being made is made once: whoever asks for it meanwhile (the
 * download after the export was prepared when its button was shown, a second person) waits for the same one. The
 * model holds everything the file shows, including the date on the title page, so an edit, a new day or another
 * Fassung gives another key; nothing needs to be forgotten by hand.
 *
 * The key is worked out on the server's thread from the model (its JSON and SHA-256: 9 ms for the reference
 * concept), not from the finished file, which would have to be unpacked and read there. Not from the model as
 * v8.serialize writes it (that goes to the render worker): the same content can come out in other bytes there (an
 * array V8 keeps in another form after Object.freeze, say), so the same concept asked for twice missed its file now
 * and then. Only complete files are kept (with the TOC's page numbers when they were asked for).
 */
import { createHash } from 'node:crypto';
import { serialize } from 'node:v8';
import { takeExportSlot } from './export-slots';
import type { ExportDocument } from './model';

/** A handful of recent documents, some 150 kB each. */
const SIZE = 8;
const files = new Map<string, Buffer>();

/** The model as v8.serialize writes it, sent as such to the render worker (render-off-thread.ts). */
export function serializedModel(model: ExportDocument): Uint8Array {
  return serialize(model);
}

/**
 * The key of a download: its model and the options that change the file. The model is plain data (its dates written as
 * JSON writes them; a property that is undefined is left out, as the renderer reads it as absent).
 */
export function downloadKey(model: ExportDocument, options: Record<string, boolean>): string {
  return createHash('sha256').update(JSON.stringify(options)).update('\n').update(JSON.stringify(model)).digest('base64url');
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

/** Forgets every kept file (tests, and the benchmark's first download); files being made are kept when done. */
export function clearDownloadCache(): void {
  files.clear();
}

/** A file made for a key: complete when it is what was asked for (false: without the TOC page numbers asked for). */
export interface MadeFile {
  buffer: Buffer;
  complete: boolean;
}

interface Making {
  made: Promise<MadeFile>;
  /** Requests waiting for it that may give up (their tab closed). */
  waiting: number;
  /** Whether it is finished even when every request that may give up did (one waits without a signal: in advance). */
  mustFinish: boolean;
  controller: AbortController;
}
const making = new Map<string, Making>();

/** Whether the file for this key is kept or being made. */
export function downloadKnown(key: string): boolean {
  return files.has(key) || making.has(key);
}

/** How many files are being made now (for downloads, or in advance). */
export function downloadsBeingMade(): number {
  return making.size;
}

/** Thrown to a request that gave up (its tab closed) before its file was made: nobody is left to send it to. */
export class DownloadAbandoned extends Error {
  constructor() {
    super('Die Anfrage wurde beendet, bevor die Datei fertig war.');
    this.name = 'DownloadAbandoned';
  }
}

/**
 * The file for `key`: the kept one, the one being made, or one `make` makes now. A complete file is kept. `signal`:
 * the request gave up (its tab closed): it stops waiting at once (DownloadAbandoned), and the making is stopped
 * (through the signal `make` gets) only when every request waiting for it gave up and none waits without a signal (as
 * the one made in advance, when the download's button was shown: prepare-download.ts). `owner`: the person a file
 * made anew is made for, in one of their slots (export-slots.ts; rate_limited when both are taken, and nothing is
 * made); waiting for one being made takes none. Each caller gets a copy of its own.
 */
export async function madeOnce(key: string, make: (signal: AbortSignal) => Promise<MadeFile>, signal?: AbortSignal, owner?: string): Promise<MadeFile> {
  const kept = cachedDownload(key);
  if (kept) return { buffer: kept, complete: true };
  if (signal?.aborted) throw new DownloadAbandoned();
  let entry = making.get(key);
  if (!entry) {
    const release = owner === undefined ? undefined : takeExportSlot(owner);
    const controller = new AbortController();
    const made = Promise.resolve()
      .then(() => make(controller.signal))
      .then((file) => {
        if (file.complete) rememberDownload(key, file.buffer);
        return file;
      })
      .finally(() => {
        release?.();
        if (making.get(key) === entry) making.delete(key);
      });
    entry = { made, waiting: 0, mustFinish: false, controller };
    making.set(key, entry);
  }
  const current = entry;
  if (!signal) {
    current.mustFinish = true;
    const file = await current.made;
    return { buffer: Buffer.from(file.buffer), complete: file.complete };
  }
  current.waiting++;
  let abandon: () => void = () => undefined;
  const gaveUp = new Promise<never>((_resolve, reject) => (abandon = () => reject(new DownloadAbandoned())));
  const giveUp = () => {
    abandon();
    current.waiting--;
    if (current.waiting > 0 || current.mustFinish) return;
    current.controller.abort();
    // What comes after it (without the page numbers) is nobody's: a request from now on makes the file anew.
    if (making.get(key) === current) making.delete(key);
  };
  signal.addEventListener('abort', giveUp, { once: true });
  try {
    const file = await Promise.race([current.made, gaveUp]);
    return { buffer: Buffer.from(file.buffer), complete: file.complete };
  } finally {
    signal.removeEventListener('abort', giveUp);
    // The making's own outcome is for those still waiting (a failure included).
    current.made.catch(() => undefined);
  }
}
