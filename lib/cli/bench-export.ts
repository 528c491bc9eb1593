import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Packer } from 'docx';
import { referenceConceptModel } from '../export/bench/reference-concept';
import { referenceHtml } from '../export/bench/reference-html';
import { buildDocument, renderDocx } from '../export/render-docx';
import { fillTocPageNumbers } from '../export/toc-page-numbers';

// `npm run bench:export`: times the DOCX export of a generated reference concept (every section
// filled, about 100 pages) as the download delivers it (mapping, packing, TOC page numbers laid out
// in the worker thread), its parts, packing the same document with docx alone, and pandoc
// (HTML → DOCX from the same content), when installed. No database. The last line is stable for tracking:
// export: median N ms, P pages, B bytes; pandoc: median M ms; speedup S×
// (N: the export as delivered; pandoc writes no page numbers, so the line before compares like with like).
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const PAGED_RUNS = Number(process.env.BENCH_PAGED_RUNS ?? 7);
const PANDOC_RUNS = Number(process.env.BENCH_PANDOC_RUNS ?? 7);
const WARMUP = 5;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (value: number) => Math.round(value);

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Wall-clock times of `task`; `prepare` runs before each timed call, untimed. */
async function time<T>(runs: number, task: (input: T) => unknown, prepare: () => T): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = prepare();
    const started = performance.now();
    await task(input);
    times.push(performance.now() - started);
  }
  return times;
}
const nothing = () => undefined;

function pageCount(dir: string, docx: string): number | null {
  if (!has('soffice') || !has('pdfinfo')) return null;
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
    stdio: 'ignore',
    timeout: 300_000,
  });
  const info = execFileSync('pdfinfo', [docx.replace(/\.docx$/, '.pdf')], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? NaN);
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'skw-bench-export-'));
  try {
    const model = referenceConceptModel();
    console.log(`Referenzkonzept: ${model.sections.length} Abschnitte, ${model.annexes.length} Anhänge; ${RUNS} Läufe (nach ${WARMUP} zum Aufwärmen).`);
    await time(WARMUP, () => renderDocx(model), nothing);

    let plain: Buffer = Buffer.alloc(0);
    const renderTimes = await time(
      RUNS,
      async () => {
        plain = await renderDocx(model);
      },
      nothing,
    );
    // The same document, built beforehand (untimed): what packing alone costs with docx.
    const packTimes = await time(RUNS, (doc) => Packer.toBuffer(doc), () => buildDocument(model));
    const renderMs = median(renderTimes);
    const packMs = median(packTimes);
    console.log(`Abbildung + Packen (ohne Seitenzahlen): Median ${ms(renderMs)} ms (min ${ms(Math.min(...renderTimes))}, max ${ms(Math.max(...renderTimes))})`);
    console.log(`nur docx (fertiges Document → Packer.toBuffer): Median ${ms(packMs)} ms; Verhältnis ${(renderMs / packMs).toFixed(2)}× (Ziel ≤ 1,5×)`);

    // As delivered: the TOC page numbers are laid out in the worker (the first call starts it, untimed).
    await fillTocPageNumbers(plain, { cache: false });
    let buffer: Buffer = Buffer.alloc(0);
    const exportTimes = await time(
      PAGED_RUNS,
      async () => {
        // Without the cache of finished layouts: every run lays the pages out, as a first download does.
        const paged = await fillTocPageNumbers(await renderDocx(model), { cache: false });
        if (!paged.filled) throw new Error('Seitenzahlen nicht berechnet');
        buffer = paged.buffer;
      },
      nothing,
    );
    const exportMs = median(exportTimes);
    console.log(`Export wie beim Herunterladen (mit Seitenzahlen im Inhaltsverzeichnis, ${PAGED_RUNS} Läufe): Median ${ms(exportMs)} ms, davon Seitenberechnung ~${ms(exportMs - renderMs)} ms`);

    const docx = path.join(dir, 'referenz.docx');
    writeFileSync(docx, buffer);
    const pages = pageCount(dir, docx);
    console.log(pages === null ? 'Seiten: soffice/pdfinfo nicht installiert, Seitenzahl unbekannt.' : `Seiten (LibreOffice): ${pages}`);

    let pandocPart = '';
    if (has('pandoc')) {
      const html = path.join(dir, 'referenz.html');
      writeFileSync(html, referenceHtml(model));
      const out = path.join(dir, 'pandoc.docx');
      const pandocTimes = await time(PANDOC_RUNS, () => execFileSync('pandoc', ['-f', 'html', '-t', 'docx', '-o', out, html], { stdio: 'ignore' }), nothing);
      const pandocMs = median(pandocTimes);
      console.log(`pandoc (HTML → DOCX, ${PANDOC_RUNS} Läufe): Median ${ms(pandocMs)} ms, ${statSync(out).size} Bytes; Ziel: Export mindestens 5× schneller`);
      console.log(`Vergleich ohne Seitenzahlen (pandoc berechnet keine): ${(pandocMs / renderMs).toFixed(1)}× schneller als pandoc; mit Seitenzahlen: ${(pandocMs / exportMs).toFixed(1)}×`);
      pandocPart = `; pandoc: median ${ms(pandocMs)} ms; speedup ${(pandocMs / exportMs).toFixed(1)}×`;
    } else {
      console.log('pandoc nicht installiert: Vergleich übersprungen (apt-get install pandoc).');
    }
    console.log(`export: median ${ms(exportMs)} ms, ${pages ?? '?'} pages, ${buffer.length} bytes${pandocPart}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
