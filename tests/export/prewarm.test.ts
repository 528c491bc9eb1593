/**
 * The export's warm-up (lib/export/prewarm.ts): when a concept's page is shown, the export's threads start and lay out
 * the demo concept, so the first real download does not find them cold; it must not cost a real download anything.
 */
import { renderDocx } from '@/lib/export/render-docx';
import { renderWorkerRunning, stopRenderWorker } from '@/lib/export/render-off-thread';
import { exportThreadsProcessId } from '@/lib/export/export-threads';
import { prewarmExport, warmUpModel } from '@/lib/export/prewarm';
import { clearTocLayoutCache, fillTocPageNumbers, stopTocLayoutWorker, tocLayoutOccupied, tocLayoutWorkerRunning } from '@/lib/export/toc-page-numbers';
import { doc, modelWith, para, readDocx, tocEntries } from './support';

const model = modelWith({
  praeambel: doc(...Array.from({ length: 30 }, (_, i) => para(`Präambel ${i + 1}: Schutz, Beteiligung und klare Abläufe in der Unterkunft.`))),
  risikoanalyse: doc(...Array.from({ length: 50 }, (_, i) => para(`Risiko ${i + 1}: Wege, Sanitärräume und Nachtdienste werden regelmäßig gemeinsam begangen.`))),
});

async function stopped() {
  await stopTocLayoutWorker();
  await stopRenderWorker();
  for (let i = 0; i < 500 && exportThreadsProcessId() !== undefined; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(exportThreadsProcessId()).toBeUndefined();
}

describe('Export vorwärmen', () => {
  afterEach(stopped);

  it('starts the threads and lays the demo concept out aside: the layouts kept for real concepts stay, none are added', async () => {
    clearTocLayoutCache();
    const plain = await renderDocx(model);
    const first = await fillTocPageNumbers(plain);
    expect(first.filled).toBe(true);
    await stopped();

    const warming = prewarmExport();
    // Asked again while it warms (two pages opened at once): the same warm-up.
    expect(prewarmExport()).toBe(warming);
    await expect(warming).resolves.toBe(3);
    expect(renderWorkerRunning() && tocLayoutWorkerRunning()).toBe(true);
    // Running threads are left alone.
    await expect(prewarmExport()).resolves.toBe(0);

    // The real concept's layouts are still known: nothing laid out again, the same page numbers.
    const again = await fillTocPageNumbers(plain);
    expect(again.timings?.laidOut).toBe(0);
    expect(tocEntries(readDocx(again.buffer).part('word/document.xml'))).toEqual(tocEntries(readDocx(first.buffer).part('word/document.xml')));
    // The demo concept's were not kept: laid out, it takes every part anew.
    const demo = await fillTocPageNumbers(await renderDocx(warmUpModel()));
    expect(demo.filled).toBe(true);
    expect(demo.timings?.laidOut).toBe(demo.timings?.units);
  }, 240_000);

  it('stops warming when a real download comes while it lays out, and the download gets its page numbers', async () => {
    await stopped();
    const plain = await renderDocx(model);
    const warming = prewarmExport();
    // The download comes while the warm-up's first pass is being laid out: it waits for that pass only.
    const deadline = Date.now() + 200_000;
    while (Date.now() < deadline && !tocLayoutOccupied()) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(tocLayoutOccupied()).toBe(true);
    const download = fillTocPageNumbers(plain);
    const [passes, result] = await Promise.all([warming, download]);
    expect(result.filled).toBe(true);
    expect(passes).toBe(1);
  }, 240_000);
});
