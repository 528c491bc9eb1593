/**
 * Warms the export's threads before someone downloads. The threads stop after ten idle minutes, and a district's
 * staff download a concept a few times a day: nearly every real download found them cold – the process and its
 * threads to start, docx and its layout to load, and all of their code still to be compiled by V8, which made the
 * reference concept's download take 5.9–7.1 s where a warm one takes 2.1–2.8 s (`npm run bench:export`).
 *
 * When a concept's page is shown to someone who may export it (the download button is on it), the threads are started
 * and export a document of fictional text of their own, the demo concept's, three times (what it kept forgotten in
 * between, as for a new concept): V8 has compiled the code that matters by then. One pass was not enough: the
 * reference concept then took 4.2 s, after three passes 2.7–3.9 s, near what threads warmed by real downloads take.
 * Nothing of a district's data is read or kept for it. Costs 6–8 s at the threads' low priority, once per
 * idle start (not while they run), and the export process's memory while it is kept. A real download that comes
 * meanwhile waits for the pass under way only: the warm-up stops then. The lines and blocks the layout threads keep
 * from the last pass (by content) stay until real concepts take their place.
 */
import { buildFieldValues } from '@/lib/concepts/field-values';
import { DEMO_CONCEPT } from '@/lib/demo/demo-concept-content';
import { validateRichText } from '@/lib/editor/validate-content';
import { blocksToTiptap, getTemplate } from '@/lib/templates';
import { buildExportModel } from './build-model';
import type { ExportDocument } from './model';
import { renderDocxOffThread, renderOccupied, renderWorkerRunning, renderWorkerUnavailable } from './render-off-thread';
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
 * being warmed. Only what is not running is warmed: a layout worker that still runs keeps what it holds for real
 * concepts (the render worker alone is then warmed). Nothing happens where the threads cannot run (documents are then
 * rendered on the server's thread, which a warm-up would only hold up). Never throws (a real download reports what
 * goes wrong); resolves when the warm-up is over, with the number of passes done (0 when nothing needed warming).
 */
export function prewarmExport(): Promise<number> {
  if (warming) return warming;
  const layOut = !tocLayoutWorkerRunning();
  if ((renderWorkerRunning() && !layOut) || renderWorkerUnavailable()) return Promise.resolve(0);
  const run = (async () => {
    let passes = 0;
    try {
      if (layOut) prepareTocPageNumbers();
      // A real export waits for the threads: it comes first (it is under way already, or comes while a pass runs).
      const realOne = () => renderOccupied() || tocLayoutOccupied();
      for (let pass = 0; pass < PASSES && !realOne(); pass++) {
        const docx = await renderDocxOffThread(warmUpModel());
        if (layOut && !realOne()) {
          // Laid out aside, as a first download is: the workers forget what they kept first (only the warm-up's own,
          // as they were not running), the unit layouts the server keeps for real concepts are neither used nor changed.
          const result = await fillTocPageNumbers(docx, { aside: true });
          if (!result.filled) break;
        }
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
