/**
 * Warms the export's threads before someone downloads. The threads stop after ten idle minutes, and a district's
 * staff download a concept a few times a day: nearly every real download found them cold – the process and its
 * threads to start, docx and its layout to load, and all of their code still to be compiled by V8, which made the
 * reference concept's download take 5.5–6.2 s where a warm one takes 2.3–2.4 s (`npm run bench:export`).
 *
 * When a concept's page is shown to someone who may export it (the download button is on it), the threads are started
 * and export a document of fictional text of their own, the demo concept's, three times (what it kept forgotten in
 * between, as for a new concept): V8 has compiled the code that matters by then. One pass was not enough: the
 * reference concept then took 4.2 s, after three passes 2.9 s, as much as with threads warmed by real downloads.
 * Nothing of a district's data is read or kept for it. Costs about 6 s of CPU at the threads' low priority, once per
 * idle start (not while they run), and the export process's memory while it is kept. A real download that comes
 * meanwhile waits for the pass under way only: the warm-up stops then.
 */
import { buildFieldValues } from '@/lib/concepts/field-values';
import { DEMO_CONCEPT } from '@/lib/demo/demo-concept-content';
import { validateRichText } from '@/lib/editor/validate-content';
import { blocksToTiptap, getTemplate } from '@/lib/templates';
import { buildExportModel } from './build-model';
import type { ExportDocument } from './model';
import { renderDocxOffThread, renderOccupied, renderWorkerRunning } from './render-off-thread';
import { fillTocPageNumbers, prepareTocPageNumbers, tocLayoutOccupied, tocLayoutWorkerRunning } from './toc-page-numbers';

const PASSES = 3;

/** A fixed date: the same document every time (its layouts are kept as those of any export). */
const WARM_UP_DATE = new Date('2026-01-15T10:00:00Z');
const DISTRICT = { name: 'Landkreis Musterland', kind: 'Landkreis' };

let model: ExportDocument | undefined;
/** The demo concept as an export model: the default template, its fictional texts, no facilities or contacts. */
export function warmUpModel(): ExportDocument {
  if (model) return model;
  const concept = { title: DEMO_CONCEPT.title, status: 'draft' as const, responsible: DEMO_CONCEPT.responsible };
  model = buildExportModel({
    concept,
    districtName: DISTRICT.name,
    template: getTemplate('gewaltschutz-gu'),
    contents: new Map(DEMO_CONCEPT.sections.map((section) => [section.key, validateRichText(blocksToTiptap(section.blocks))])),
    fieldValues: buildFieldValues({ district: DISTRICT, concept, coordinatorNames: [], facilities: [], now: WARM_UP_DATE }),
    facilities: [],
    contacts: [],
    emptySections: 'renumber',
    now: WARM_UP_DATE,
  });
  return model;
}

let warming: Promise<number> | undefined;

/**
 * Starts the export's threads and warms them with exports of the demo concept, unless they run already or are
 * being warmed. Never throws (a real download reports what goes wrong); resolves when the warm-up is over, with the
 * number of passes laid out (0 when the threads ran already).
 */
export function prewarmExport(): Promise<number> {
  if (warming) return warming;
  if (renderWorkerRunning() && tocLayoutWorkerRunning()) return Promise.resolve(0);
  const run = (async () => {
    let passes = 0;
    try {
      prepareTocPageNumbers();
      for (let pass = 0; pass < PASSES; pass++) {
        // A real export waits for the threads: it comes first.
        if (pass > 0 && (renderOccupied() || tocLayoutOccupied())) break;
        // Laid out aside, as a first download is: nothing kept from the pass before, the layouts the server keeps for
        // real concepts neither used nor changed.
        await fillTocPageNumbers(await renderDocxOffThread(warmUpModel()), { aside: true });
        passes++;
      }
    } catch {
      // The download that comes next starts the threads itself, and says so when it cannot.
    }
    return passes;
  })();
  warming = run;
  void run.finally(() => {
    if (warming === run) warming = undefined;
  });
  return run;
}
