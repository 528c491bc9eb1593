/**
 * Page numbers in the table of contents, worked out in a worker thread at export time
 * (LibreOffice shows what the file says; Word rebuilds the TOC anyway).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { DEMO_CONCEPT } from '@/lib/demo/demo-concept-content';
import { validateRichText } from '@/lib/editor/validate-content';
import { renderDocx } from '@/lib/export/render-docx';
import { blocksToTiptap } from '@/lib/templates';
import { exportThreadsProcessId } from '@/lib/export/export-threads';
import { clearTocLayoutCache, fillTocPageNumbers, prepareTocPageNumbers, stopTocLayoutWorker } from '@/lib/export/toc-page-numbers';
import { cell, doc, h, modelWith, para, readDocx, row, table, tocEntries, xmlText } from './support';

const paragraphsOf = (n: number, label: string) =>
  Array.from({ length: n }, (_, i) => para(`${label} ${i + 1}: Die Unterkunft sorgt für Schutz, Beteiligung und klare Abläufe; Beschwerden werden vertraulich bearbeitet, und alle wissen, an wen sie sich wenden können.`));

// Sections of very different lengths, so the numbers have to come from a layout, not from counting sections.
const model = modelWith({
  praeambel: doc(...paragraphsOf(3, 'Präambel')),
  gewaltbegriff: doc(h(3, 'Formen von Gewalt'), ...paragraphsOf(70, 'Gewaltbegriff')),
  verantwortlichkeiten: doc(...paragraphsOf(5, 'Verantwortung')),
  risikoanalyse: doc(...paragraphsOf(40, 'Risiko')),
});

describe('Seitenzahlen im Inhaltsverzeichnis', () => {
  it('writes a page number into every TOC entry, in order, and changes no other text', async () => {
    const plain = await renderDocx(model);
    const result = await fillTocPageNumbers(plain);
    expect(result.filled).toBe(true);

    const before = readDocx(plain);
    const after = readDocx(result.buffer);
    const entriesBefore = tocEntries(before.part('word/document.xml'));
    const entries = tocEntries(after.part('word/document.xml'));
    expect(entriesBefore.length).toBeGreaterThanOrEqual(5);
    expect(entriesBefore.every((e) => e.page === '')).toBe(true);
    expect(entries.map((e) => e.title)).toEqual(entriesBefore.map((e) => e.title));

    const pages = entries.map((e) => Number(e.page));
    expect(pages.every((n) => Number.isInteger(n) && n >= 3)).toBe(true); // after title page and TOC
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    // 70 long paragraphs take several pages: the next section starts well after the Gewaltbegriff one.
    const gewalt = entries.findIndex((e) => e.title.includes('Gewaltbegriff'));
    expect(pages[gewalt + 1]! - pages[gewalt]!).toBeGreaterThanOrEqual(3);

    // Only the TOC's cached numbers changed: the text outside it is the same, and Word still updates fields on opening.
    const body = (parts: typeof before) => xmlText(parts.part('word/document.xml').replace(/<w:sdt>[\s\S]*?<\/w:sdt>/, ''));
    expect(body(after)).toBe(body(before));
    expect(after.part('word/settings.xml')).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/);
    expect(after.parts(/^word\/footer\d+\.xml$/).join('')).toContain('NUMPAGES');
  }, 60_000);

  it('gives the document back unchanged when it cannot be laid out, and the next export works again', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const notADocx = Buffer.from('kein DOCX');
    const broken = await fillTocPageNumbers(notADocx);
    expect(broken.filled).toBe(false);
    expect(broken.buffer.equals(notADocx)).toBe(true);

    const plain = await renderDocx(model);
    const timedOut = await fillTocPageNumbers(plain, { timeoutMs: 1 });
    expect(timedOut.filled).toBe(false);
    expect(timedOut.buffer.equals(plain)).toBe(true);

    // The server log says why, for whoever runs the installation.
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining('Seitenzahlen im Inhaltsverzeichnis nicht berechnet'),
      expect.stringContaining('Zeitlimit von 1 ms'),
    ]);
    warn.mockRestore();

    const again = await fillTocPageNumbers(plain);
    expect(again.filled).toBe(true);
    expect(tocEntries(readDocx(again.buffer).part('word/document.xml')).every((e) => /^\d+$/.test(e.page))).toBe(true);
  }, 60_000);
});

describe('Seitenzahlen: Vorrang für den Server', () => {
  // Linux gives each thread its own priority; elsewhere the layout runs at the process's priority (nothing to check).
  const linux = process.platform === 'linux' && existsSync('/proc/thread-self');
  const niceness = (pid: number | 'self') =>
    new Map(
      readdirSync(`/proc/${pid}/task`).map((thread) => {
        const stat = readFileSync(`/proc/${pid}/task/${thread}/stat`, 'utf8');
        return [Number(thread), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])];
      }),
    );
  (linux ? it : it.skip)('lays out in a process of its own whose threads all yield to the server, garbage collection included', async () => {
    const result = await fillTocPageNumbers(await renderDocx(model));
    expect(result.filled).toBe(true);
    // The layout's threads, and V8's helper threads that collect their garbage, are in the export's own process, at
    // a lower priority every one (the process is there as long as its workers are, which stay a while after a job).
    const host = exportThreadsProcessId();
    expect(host).toBeDefined();
    expect(host).not.toBe(process.pid);
    const hostThreads = [...niceness(host!).values()];
    expect(hostThreads.length).toBeGreaterThan(4);
    expect(hostThreads.every((nice) => nice >= 10)).toBe(true);
    // The server's process (here: jest's) keeps its priority on every thread: none of the export's work runs in it.
    expect([...niceness('self').values()].every((nice) => nice === 0)).toBe(true);
  }, 120_000);
});

describe('Seitenzahlen: Threads vorab gestartet', () => {
  it('starts the layout threads while the document is still being rendered, and lays out as a worker started by the job', async () => {
    const plain = await renderDocx(model);
    const byJob = await fillTocPageNumbers(plain);
    expect(byJob.filled).toBe(true);
    await stopTocLayoutWorker();
    // The export process ends with its last worker; asked ahead, it is back before any document is ready.
    await waitFor(() => exportThreadsProcessId() === undefined);
    prepareTocPageNumbers();
    prepareTocPageNumbers(); // asked twice (two exports starting at once): still one worker
    await waitFor(() => exportThreadsProcessId() !== undefined);
    clearTocLayoutCache();
    const prepared = await fillTocPageNumbers(plain);
    expect(prepared.filled).toBe(true);
    expect(prepared.timings?.laidOut).toBe(prepared.timings?.units);
    expect(tocEntries(readDocx(prepared.buffer).part('word/document.xml'))).toEqual(tocEntries(readDocx(byJob.buffer).part('word/document.xml')));
    // Asked ahead while a worker runs: nothing changes for the next job.
    prepareTocPageNumbers();
    await expect(fillTocPageNumbers(plain)).resolves.toMatchObject({ filled: true });
  }, 120_000);
});

describe('Seitenzahlen: Export-Prozess verloren', () => {
  it('lays the document out again in a fresh process when the export process dies under a running job', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const plain = await renderDocx(model);
    clearTocLayoutCache();
    prepareTocPageNumbers();
    await waitFor(() => exportThreadsProcessId() !== undefined);
    const doomed = exportThreadsProcessId()!;
    const running = fillTocPageNumbers(plain);
    process.kill(doomed, 'SIGKILL');
    const result = await running;
    expect(result.filled).toBe(true);
    expect(exportThreadsProcessId()).not.toBe(doomed);
    expect(tocEntries(readDocx(result.buffer).part('word/document.xml')).every((e) => /^\d+$/.test(e.page))).toBe(true);
    warn.mockRestore();
  }, 120_000);
});

/** Waits until `done` holds (checked every 20 ms, for at most 20 s). */
async function waitFor(done: () => boolean): Promise<void> {
  const until = Date.now() + 20_000;
  while (!done()) {
    if (Date.now() > until) throw new Error('Zustand nicht erreicht');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('Seitenzahlen: Warteschlange', () => {
  it('answers at once without numbers when the export was given up, and when too many wait', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const plain = await renderDocx(model);
    const gone = new AbortController();
    gone.abort();
    await expect(fillTocPageNumbers(plain, { signal: gone.signal })).resolves.toMatchObject({ filled: false });

    // One runs, four wait; the sixth and seventh are not queued for minutes.
    const all = Array.from({ length: 7 }, () => fillTocPageNumbers(plain));
    const results = await Promise.all(all);
    expect(results.map((r) => r.filled)).toEqual([true, true, true, true, true, false, false]);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringContaining('4 Exporte warten bereits'), expect.stringContaining('4 Exporte warten bereits')]);
    warn.mockRestore();

    // Given up while waiting: dropped from the queue without a layout.
    const running = fillTocPageNumbers(plain);
    const leaving = new AbortController();
    const waiting = fillTocPageNumbers(plain, { signal: leaving.signal });
    leaving.abort();
    await expect(waiting).resolves.toMatchObject({ filled: false });
    await expect(running).resolves.toMatchObject({ filled: true });
  }, 120_000);
});

describe('Seitenzahlen: in Teilen berechnet, die auf einer neuen Seite beginnen', () => {
  // Parts that each start on a page of their own: title page and TOC, the main body, the Ablaufpläne, the Anlagen,
  // the annexes in landscape.
  const partsModel = (added: number) =>
    modelWith({
      praeambel: doc(...paragraphsOf(3 + added, 'Präambel')),
      gewaltbegriff: doc(...paragraphsOf(30, 'Gewaltbegriff')),
      'intervention-akute-gewalt': doc(...paragraphsOf(20, 'Akute Gewalt')),
      'dokumentation-datenschutz': doc(...paragraphsOf(8, 'Dokumentation')),
      'anlage-glossar': doc(...paragraphsOf(12, 'Glossar')),
    });
  const entriesOf = (buffer: Buffer) => tocEntries(readDocx(buffer).part('word/document.xml'));
  const pageOf = (buffer: Buffer, title: string) => Number(entriesOf(buffer).find((e) => e.title.includes(title))?.page);
  const pageCountOf = (buffer: Buffer) => /NUMPAGES[\s\S]*?<w:t[^>]*>(\d+)<\/w:t>/.exec(readDocx(buffer).parts(/^word\/footer\d+\.xml$/).join(''))?.[1];

  it('gives the numbers of the whole layout, lays out only the part that changed, and moves what follows it', async () => {
    clearTocLayoutCache();
    const plain = await renderDocx(partsModel(0));
    const inParts = await fillTocPageNumbers(plain);
    const whole = await fillTocPageNumbers(plain, { whole: true });
    expect(inParts.filled && whole.filled).toBe(true);
    const units = Number(inParts.timings?.units);
    expect(units).toBeGreaterThanOrEqual(4);
    expect(inParts.timings?.laidOut).toBe(units);
    expect(entriesOf(inParts.buffer)).toEqual(entriesOf(whole.buffer));
    expect(entriesOf(inParts.buffer).every((e) => /^\d+$/.test(e.page))).toBe(true);
    expect(pageCountOf(inParts.buffer)).toBe(pageCountOf(whole.buffer));

    // Rendered again, with other bookmark and link ids: every part is known, only the TOC is laid out.
    const again = await fillTocPageNumbers(await renderDocx(partsModel(0)));
    expect(again.timings).toMatchObject({ units, laidOut: 0 });
    expect(entriesOf(again.buffer).map((e) => e.page)).toEqual(entriesOf(whole.buffer).map((e) => e.page));

    // An edit that makes the main body pages longer: that part is laid out again, the others are not, and the
    // Ablaufpläne and Anlagen move back by as many pages as the whole layout says.
    const edited = await renderDocx(partsModel(30));
    const afterEdit = await fillTocPageNumbers(edited);
    const wholeAfterEdit = await fillTocPageNumbers(edited, { whole: true });
    expect(afterEdit.timings).toMatchObject({ units, laidOut: 1 });
    expect(entriesOf(afterEdit.buffer)).toEqual(entriesOf(wholeAfterEdit.buffer));
    expect(pageCountOf(afterEdit.buffer)).toBe(pageCountOf(wholeAfterEdit.buffer));
    expect(pageOf(afterEdit.buffer, 'Intervention')).toBeGreaterThan(pageOf(inParts.buffer, 'Intervention'));
    expect(pageOf(afterEdit.buffer, 'Glossar')).toBeGreaterThan(pageOf(inParts.buffer, 'Glossar'));
  }, 240_000);

  it('gives the numbers of the whole layout for the demo concept (lists, tables, landscape pages, annex)', async () => {
    const contents = Object.fromEntries(DEMO_CONCEPT.sections.map((s) => [s.key, validateRichText(blocksToTiptap(s.blocks))]));
    const plain = await renderDocx(modelWith(contents, { concept: { title: DEMO_CONCEPT.title, status: 'draft', responsible: DEMO_CONCEPT.responsible } }));
    clearTocLayoutCache();
    const inParts = await fillTocPageNumbers(plain);
    const whole = await fillTocPageNumbers(plain, { whole: true });
    expect(Number(inParts.timings?.units)).toBeGreaterThanOrEqual(3);
    expect(entriesOf(inParts.buffer).length).toBeGreaterThan(20);
    expect(entriesOf(inParts.buffer)).toEqual(entriesOf(whole.buffer));
    expect(pageCountOf(inParts.buffer)).toBe(pageCountOf(whole.buffer));
  }, 240_000);

  it('lays an edited part out from shortly before the edit, with the numbers of the whole layout', async () => {
    const netzwerk = table(row(cell('Stelle', 'tableHeader'), cell('Rolle', 'tableHeader')), row(cell('Jugendamt'), cell('Kinderschutz')), row(cell('Polizei'), cell('Gefahrenabwehr')));
    const model = (added: number, withTable = false) =>
      modelWith({
        praeambel: doc(...paragraphsOf(3, 'Präambel')),
        gewaltbegriff: doc(...paragraphsOf(90, 'Gewaltbegriff')),
        kooperation: doc(...paragraphsOf(12 + added, 'Kooperation'), ...(withTable ? [netzwerk] : [])),
        'intervention-akute-gewalt': doc(...paragraphsOf(10, 'Akute Gewalt')),
      });
    clearTocLayoutCache();
    const before = await fillTocPageNumbers(await renderDocx(model(0)));
    expect(before.timings?.resumed).toBeUndefined();
    for (const [added, withTable] of [[1, false], [20, false], [20, true]] as const) {
      const edited = await renderDocx(model(added, withTable));
      const resumed = await fillTocPageNumbers(edited);
      const whole = await fillTocPageNumbers(edited, { whole: true });
      // Only the main body changed, late in it: laid out from a page before Kooperation, not from its beginning.
      expect(resumed.timings).toMatchObject({ laidOut: 1, resumed: 1 });
      expect(entriesOf(resumed.buffer)).toEqual(entriesOf(whole.buffer));
      expect(pageCountOf(resumed.buffer)).toBe(pageCountOf(whole.buffer));
    }
    // Twenty more paragraphs move the Ablaufpläne back.
    expect(pageOf((await fillTocPageNumbers(await renderDocx(model(20)))).buffer, 'Intervention')).toBeGreaterThan(pageOf(before.buffer, 'Intervention'));
  }, 240_000);

  it('stops laying an edited part out where it is back in step with the earlier layout, with the numbers of the whole layout', async () => {
    const model = (contents: Partial<Record<'verantwortlichkeiten', ReturnType<typeof doc>>>) =>
      modelWith({
        praeambel: doc(...paragraphsOf(3, 'Präambel')),
        gewaltbegriff: doc(...paragraphsOf(90, 'Gewaltbegriff')),
        verantwortlichkeiten: contents.verantwortlichkeiten ?? doc(...paragraphsOf(8, 'Verantwortung')),
        risikoanalyse: doc(h(3, 'Risiken in der Unterkunft'), ...paragraphsOf(50, 'Risiko')),
        personal: doc(...paragraphsOf(30, 'Personal')),
        beteiligung: doc(...paragraphsOf(30, 'Beteiligung')),
        beschwerdemanagement: doc(...paragraphsOf(30, 'Beschwerde')),
        'intervention-akute-gewalt': doc(...paragraphsOf(10, 'Akute Gewalt')),
      });
    clearTocLayoutCache();
    await fillTocPageNumbers(await renderDocx(model({})));
    const longer = paragraphsOf(8, 'Verantwortung');
    longer[3] = para(`${'Die Leitung der Unterkunft prüft jede Meldung, dokumentiert sie und informiert die Koordination. '.repeat(6)}`);
    const edits = [
      doc(...paragraphsOf(8, 'Zuständigkeit')), // other words, as long: the pages after it stay as they were
      doc(...longer), // as many paragraphs, one of them much longer
      doc(...paragraphsOf(9, 'Verantwortung')), // one paragraph more
      doc(...paragraphsOf(30, 'Verantwortung')), // several pages more
      doc(...paragraphsOf(2, 'Verantwortung')), // a page less
      doc(...paragraphsOf(8, 'Verantwortung'), table(row(cell('Rolle', 'tableHeader'), cell('Aufgabe', 'tableHeader')), row(cell('Leitung'), cell('Koordination')))),
    ];
    const ways: string[] = [];
    for (const verantwortlichkeiten of edits) {
      const edited = await renderDocx(model({ verantwortlichkeiten }));
      const partly = await fillTocPageNumbers(edited);
      const whole = await fillTocPageNumbers(edited, { whole: true });
      expect(partly.timings).toMatchObject({ laidOut: 1, resumed: 1 });
      ways.push(partly.timings?.synced ? 'synced' : partly.timings?.continued ? 'continued' : 'to the end');
      expect(entriesOf(partly.buffer)).toEqual(entriesOf(whole.buffer));
      expect(pageCountOf(partly.buffer)).toBe(pageCountOf(whole.buffer));
      // The chapters after the edit, before and after where the layouts are in step again, have the whole layout's pages.
      for (const title of ['Ressourcenanalyse', 'Personal', 'Beteiligung', 'Beschwerde']) {
        expect(Number.isInteger(pageOf(whole.buffer, title))).toBe(true);
        expect([title, pageOf(partly.buffer, title)]).toEqual([title, pageOf(whole.buffer, title)]);
      }
    }
    // Other words as long as before: the pages after them are the earlier ones. A paragraph grown by several lines moves
    // every page after it: laid out on from the pages looked at, not again from the edit. Paragraphs added or taken
    // away: laid out to the end of the part straight away – unless an earlier version had as many blocks (the table
    // after eight paragraphs, like the version with nine): then looked at first, and laid out on.
    expect(ways).toEqual(['synced', 'continued', 'to the end', 'to the end', 'to the end', 'continued']);
  }, 240_000);

  it('gives the numbers of the whole layout with Word comments on headings', async () => {
    const base = partsModel(0);
    const commented = {
      ...base,
      sections: base.sections.map((section) =>
        section.key === 'gewaltbegriff' || section.key === 'intervention-akute-gewalt' ? { ...section, headingComments: [section.key === 'gewaltbegriff' ? 0 : 1] } : section,
      ),
      comments: [0, 1].map((id) => ({ id, author: 'DeBUG-Beratung', initials: 'DB', date: new Date('2026-11-20T09:00:00Z'), paragraphs: [`Hinweis ${id + 1}: bitte prüfen.`], isDone: false })),
    };
    const plain = await renderDocx(commented);
    expect(readDocx(plain).names).toContain('word/comments.xml');
    clearTocLayoutCache();
    const inParts = await fillTocPageNumbers(plain);
    const whole = await fillTocPageNumbers(plain, { whole: true });
    expect(inParts.timings?.laidOut).toBe(inParts.timings?.units);
    expect(entriesOf(inParts.buffer)).toEqual(entriesOf(whole.buffer));
    expect(pageCountOf(inParts.buffer)).toBe(pageCountOf(whole.buffer));
  }, 240_000);
});
