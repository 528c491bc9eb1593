/**
 * Page numbers for the table of contents, worked out at export time.
 *
 * LibreOffice shows what the file says, so without numbers its TOC has entries and no pages.
 * docx/layout lays the pages out as Word does (they matched LibreOffice's page for page in our
 * checks, soft hyphens included), so a file with the numbers filled in does not ask Word to
 * update its fields on opening; only one without them does (export-concept-docx.ts). That costs seconds of CPU for
 * a long concept, so it runs in a worker thread: the server keeps answering other requests,
 * and one layout runs at a time (this machine kind has two cores). If the layout fails or
 * takes too long, the document goes out without the numbers, which is still a valid file
 * whose TOC Word fills on opening (the caller renders it with updateFields), and the caller is told so.
 */
import { LayoutWorker, type TocPageNumbersResult, type UnitLayout } from './layout-worker-queue';

export type { TocPageNumbersResult };

/**
 * Long enough for a few hundred pages on a slow machine; after that the download must not wait longer.
 * Counted from when the export asked, so waiting behind other exports counts too.
 */
const DEFAULT_TIMEOUT_MS = positive(process.env.SKW_TOC_LAYOUT_TIMEOUT_MS) ?? 60_000;

function positive(value: string | undefined): number | undefined {
  const number = Number(value);
  return value && Number.isFinite(number) && number > 0 ? number : undefined;
}

/**
 * Layouts of units by content hash: a unit that did not change since an earlier export (of any concept) is not
 * laid out again, and one that changed is laid out from shortly before the change. A unit's entry holds a hash
 * and a page number for each of its blocks (some 10 kB for a long concept's main body), and every job gets a copy
 * of all of them: a few dozen documents' worth is kept.
 */
const UNIT_CACHE_SIZE = 64;
const units = new Map<string, UnitLayout>();

function rememberUnits(fresh: [string, UnitLayout][]): void {
  for (const [hash, layout] of fresh) {
    units.delete(hash);
    units.set(hash, layout);
  }
  while (units.size > UNIT_CACHE_SIZE) units.delete(units.keys().next().value!);
}

/** Whether the workers are to forget what they keep across jobs (blocks read, paragraph lines) before the next job. */
let forgetKept = false;

/** Forgets every unit layout, and the blocks and paragraph lines the workers keep (tests, and the benchmark's first download). */
export function clearTocLayoutCache(): void {
  units.clear();
  forgetKept = true;
}

const cache = {
  known: (): [string, UnitLayout][] => [...units],
  remember: rememberUnits,
  takeForget(): boolean {
    const forget = forgetKept;
    forgetKept = false;
    return forget;
  },
};

let shared: LayoutWorker | null = null;

/**
 * The DOCX with page numbers in its table of contents (and page references), or unchanged with filled=false. The
 * parts that did not change since an earlier layout keep their layouts (unless clearTocLayoutCache() came first);
 * `whole: true` lays it out in one go, without parts (tests compare the two). A finished file is not kept here: the
 * export keeps its downloads by their model (download-cache.ts).
 */
export async function fillTocPageNumbers(docx: Buffer, options: { timeoutMs?: number; signal?: AbortSignal; whole?: boolean } = {}): Promise<TocPageNumbersResult> {
  shared ??= new LayoutWorker(cache);
  const result = await shared.run(docx, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.signal, options.whole === true);
  // SKW_EXPORT_TIMINGS=1: where the time of each layout went, for whoever tunes an installation.
  if (process.env.SKW_EXPORT_TIMINGS && result.timings) {
    console.info(`[export] Seitenzahlen berechnet: ${Object.entries(result.timings).map(([phase, value]) => `${phase} ${value}`).join(', ')}`);
  }
  return result;
}

/**
 * Starts the layout worker (and its helper) if none runs, without waiting for it: called when an export that will want
 * page numbers starts rendering, so the threads are loaded by the time the document is ready.
 */
export function prepareTocPageNumbers(): void {
  shared ??= new LayoutWorker(cache);
  shared.prepare();
}

/** Whether a layout is under way or waits (then no download is made in advance: prepare-download.ts). */
export function tocLayoutOccupied(): boolean {
  return shared?.occupied === true;
}

/** Stops the layout worker if one runs (idle workers also stop by themselves after a while). */
export async function stopTocLayoutWorker(): Promise<void> {
  await shared?.stop();
}
