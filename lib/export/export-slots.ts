/**
 * How many documents one person may have being made at a time. Making a document costs the server CPU (a concept of
 * 100 pages: rendering and the page layout, seconds on both cores; a Synopse or a document with tracked changes is
 * rendered on the server's thread), and files for varying choices (another handling of empty sections, with or
 * without comments, another Fassung) are each made anew. Without a limit, one person asking for many at once — a
 * script, or a button hammered — kept the export threads busy for everyone else, whose downloads then waited behind
 * them. Two at a time leave room for what people do (the download made in advance when the button was shown, and a
 * click with other choices); a third waits until one of them is done, and is told so in German.
 *
 * Asking for a file that is being made already (the same concept and choices) costs nothing and takes no slot
 * (download-cache.ts). Per server process, as the files are.
 */
import { AppError } from '../errors';

export const DOCUMENTS_AT_A_TIME = 2;

export const BUSY_MESSAGE =
  'Für Sie werden gerade schon zwei Dokumente erstellt. Bitte warten Sie, bis eines davon fertig ist, und versuchen Sie es dann erneut.';

const busy = new Map<string, number>();

/** Whether the person may start making another document now. */
export function hasExportSlot(userId: string): boolean {
  return (busy.get(userId) ?? 0) < DOCUMENTS_AT_A_TIME;
}

/**
 * Takes one of the person's slots, or throws rate_limited (with a German message) when both are taken. The returned
 * function gives it back (once, however often it is called).
 */
export function takeExportSlot(userId: string): () => void {
  if (!hasExportSlot(userId)) throw new AppError('rate_limited', BUSY_MESSAGE, { retryAfterSeconds: 5 });
  busy.set(userId, (busy.get(userId) ?? 0) + 1);
  let given = false;
  return () => {
    if (given) return;
    given = true;
    const left = (busy.get(userId) ?? 1) - 1;
    if (left > 0) busy.set(userId, left);
    else busy.delete(userId);
  };
}

/** Makes a document in one of the person's slots (rate_limited when both are taken; nothing is made then). */
export async function withExportSlot<T>(userId: string, make: () => Promise<T>): Promise<T> {
  const release = takeExportSlot(userId);
  try {
    return await make();
  } finally {
    release();
  }
}
