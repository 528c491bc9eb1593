/**
 * Makes a concept's download before it is asked for. The download button asks when it is shown (and again when
 * pointed at or focused): the concept is exported then as the button would export it, in the background, and kept
 * (download-cache.ts). The click that follows gets that file at once, or waits for the rest of it when it comes sooner;
 * after an edit in between only the changed part is laid out again (toc-page-numbers.ts).
 *
 * Why: a long concept's first layout takes some 2–3 s with warm threads and 5–7 s with cold ones (the threads stop
 * after ten idle minutes, and a district downloads a few times a day, so nearly every real download found them cold).
 * Made in advance, nobody waits for that. It replaced a warm-up with the demo concept's text, which left the first
 * download at 2.7–3.9 s (`npm run bench:export`).
 *
 * What it costs: the export the person was likely to start anyway, at the threads' low priority, once per concept
 * and content (a file kept or being made for the same content is not made again). One at a time, and none while any
 * file is being made: a real export under way comes first, and a real download that comes while one is being made in
 * advance waits at most for that one (it cannot be stopped without starting the threads anew). Nothing where the
 * threads cannot run (documents are then rendered on the server's thread, which this would only hold up).
 */
import { downloadKnown, downloadsBeingMade, madeOnce, type MadeFile } from './download-cache';
import { hasExportSlot } from './export-slots';
import { renderOccupied, renderWorkerUnavailable } from './render-off-thread';
import { tocLayoutOccupied } from './toc-page-numbers';

/**
 * Whether a download may be made in advance now: the threads can run, and no file is being made (a download's, or
 * one in advance: one at a time), nor anything else rendered or laid out (e.g. a Synopse).
 */
export function mayPrepareDownload(): boolean {
  return !renderWorkerUnavailable() && downloadsBeingMade() === 0 && !renderOccupied() && !tocLayoutOccupied();
}

/**
 * Starts making the file for `key` with `make`, unless it is kept or being made already, mayPrepareDownload() says
 * no, or `owner` (the person it is made for) has both their slots taken (export-slots.ts; it then takes one). `made`
 * resolves when it is done (never rejects: a real download reports what goes wrong).
 */
export function prepareDownload(key: string, make: (signal: AbortSignal) => Promise<MadeFile>, owner?: string): { started: boolean; made: Promise<void> } {
  if (downloadKnown(key) || !mayPrepareDownload() || (owner !== undefined && !hasExportSlot(owner))) return { started: false, made: Promise.resolve() };
  const made = madeOnce(key, make, undefined, owner).then(
    () => undefined,
    () => undefined,
  );
  return { started: true, made };
}
