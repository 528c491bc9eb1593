/**
 * StatementDocument → DOCX bytes, in the look of the concept export (its styles, title page
 * facts table, header and footer): title page, the verdict per section, coverage by
 * Mindeststandard as a native Word chart and as a table, and the table of the advisor's hints
 * with the district's answers (landscape). Pure: no database, no clock.
 */
import { Document, HeadingLevel, Packer, Paragraph, TableRow, TextRun, type FileChild } from 'docx';
import { ChartRun } from 'docx/charts';
import { formatDate } from '../../shared/date-format';
import type { ExportMeta } from '../model';
import { PageFlow } from '../page-flow';
import { factsTable, metaRow } from '../page-parts';
import { COLOR, FONT, LANDSCAPE_TEXT_WIDTH, STYLE, TEXT_WIDTH, documentStyles } from '../styles';
import { cell, cellParagraphs, grid, muted, partHeading } from './docx-parts';
import { ADVISOR_ORGANISATION, percent, type StatementDocument, type StatementHint } from './stellungnahme-model';

export const STATEMENT_TITLE = 'Stellungnahme der Beratung';
export const PART_TITLES = { verdicts: 'Bewertung je Abschnitt', coverage: 'Abdeckung nach Mindeststandards', hints: 'Hinweise der Beratung und ihr Umgang' } as const;
export const HINT_COLUMNS = ['Nr.', 'Abschnitt', 'Textstelle', 'Hinweis der Beratung', 'Umgang', 'Begründung', 'Erledigt in'] as const;
export const CHART_SERIES = { ticked: 'Prüfpunkte abgehakt', fulfilled: 'Abschnitte erfüllt oder entfällt' } as const;

/** Twips per pixel at 96 dpi: the chart's size is given in pixels. */
const TWIPS_PER_PIXEL = 15;

function outcomeLabel(fassung: StatementDocument['input']['fassung']): string {
  const at = fassung.outcomeAt ? ` am ${formatDate(fassung.outcomeAt)}` : '';
  switch (fassung.outcome) {
    case 'changes_requested':
      return `Überarbeitung erbeten${at}`;
    case 'approved':
      return `fachlich befürwortet${at}`;
    case 'withdrawn':
      return `Einreichung von der Kommune zurückgezogen${at}`;
    default:
      return fassung.kind === 'adoption' ? 'beschlossene Fassung (keine eigene Rückmeldung)' : 'noch keine Rückmeldung';
  }
}

function titlePage(model: StatementDocument): FileChild[] {
  const { concept, fassung, now } = model.input;
  const frozen = `${fassung.kind === 'adoption' ? 'beschlossen' : 'eingereicht'} am ${formatDate(fassung.createdAt)}`;
  return [
    new Paragraph({ style: STYLE.coverDistrict, text: concept.districtName }),
    new Paragraph({ heading: HeadingLevel.TITLE, text: STATEMENT_TITLE }),
    new Paragraph({ style: STYLE.coverSubtitle, text: `zu „${concept.title}“, Fassung ${fassung.number}` }),
    factsTable([
      metaRow('Konzept', concept.title),
      metaRow('Kommune', concept.districtName),
      metaRow('Fassung', `Fassung ${fassung.number}, ${frozen}`),
      metaRow('Rückmeldung der Beratung', outcomeLabel(fassung)),
      metaRow('Beratung', ADVISOR_ORGANISATION),
      metaRow(model.advisorNames.length > 1 ? 'Beraterinnen und Berater' : 'Beraterin oder Berater', model.advisorNames.join(', ') || '–'),
      metaRow('Datum der Stellungnahme', formatDate(now)),
    ]),
    ...(fassung.outcomeNote
      ? [new Paragraph({ spacing: { before: 360 }, children: [new TextRun({ text: 'Rückmeldung der Beratung zur Fassung', bold: true, color: COLOR.heading })] }), ...fassung.outcomeNote.split('\n').map((line) => new Paragraph({ text: line }))]
      : []),
    new Paragraph({
      style: STYLE.annexNote,
      spacing: { before: 480 },
      text: 'Die DeBUG-Beratung gibt eine fachliche Einschätzung. Sie ist keine Genehmigung: Über das Konzept entscheidet das zuständige Gremium der Kommune.',
    }),
  ];
}

function verdictPart(model: StatementDocument): FileChild[] {
  const { counts } = model;
  const judged = model.sections.length - counts.none;
  const summary = `${judged} von ${model.sections.length} Abschnitten bewertet: ${counts.erfuellt} erfüllt, ${counts.nachbessern} nachbessern, ${counts.offen} offen, ${counts.entfaellt} entfällt.`;
  const columns = [
    { label: 'Nr.', width: 800 },
    { label: 'Abschnitt', width: 3000 },
    { label: 'Bewertung', width: 1900 },
    { label: 'Anmerkung der Beratung', width: TEXT_WIDTH - 5700 },
  ];
  const rows = model.sections.map((s) => {
    const earlier = s.verdict && s.verdict.versionNumber !== model.input.fassung.number ? [muted(` (zu Fassung ${s.verdict.versionNumber})`)] : [];
    return new TableRow({
      cantSplit: true,
      children: [
        cell(cellParagraphs(s.number), columns[0]!.width),
        cell(cellParagraphs(s.title), columns[1]!.width),
        cell([new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text: s.label, bold: s.verdict?.verdict === 'nachbessern', color: s.verdict ? undefined : COLOR.muted }), ...earlier] })], columns[2]!.width),
        cell(cellParagraphs(s.verdict?.note ?? ''), columns[3]!.width),
      ],
    });
  });
  return [partHeading(1, PART_TITLES.verdicts, true), new Paragraph({ text: summary }), grid(columns, rows)];
}

function coverageChart(model: StatementDocument): ChartRun {
  const rows = model.coverage;
  const ticked = rows.map((r) => percent(r.ticked, r.total));
  const fulfilled = rows.map((r) => percent(r.sectionsFulfilled, r.sectionsTotal));
  const describe = rows.map((r, i) => `${r.shortLabel}: ${ticked[i] ?? '–'} % abgehakt, ${fulfilled[i] ?? '–'} % erfüllt`).join('; ');
  return new ChartRun({
    type: 'bar',
    categories: rows.map((r) => r.shortLabel),
    series: [
      { name: CHART_SERIES.ticked, values: ticked, color: COLOR.quoteBar },
      { name: CHART_SERIES.fulfilled, values: fulfilled, color: COLOR.heading },
    ],
    // Mindeststandard 1 at the top, as in the table below.
    categoryAxis: { reverseOrder: true, font: { name: FONT, size: 9 } },
    // With the categories reversed, the value axis stays below the bars when it crosses at the last one.
    valueAxis: { minimum: 0, maximum: 100, interval: 25, numberFormat: '0" %"', crossesAt: 'maximum', font: { name: FONT, size: 9 } },
    legend: { position: 'bottom', font: { name: FONT, size: 9 } },
    font: { name: FONT },
    gapWidth: 60,
    transformation: { width: Math.floor(TEXT_WIDTH / TWIPS_PER_PIXEL), height: 60 + rows.length * 34 },
    altText: { name: 'Abdeckung nach Mindeststandards', description: `Balkendiagramm, Anteile in Prozent. ${describe}.` },
  });
}

function coveragePart(model: StatementDocument): FileChild[] {
  const columns = [
    { label: 'Mindeststandard oder Annex', width: TEXT_WIDTH - 6200 },
    { label: 'Prüfpunkte abgehakt', width: 1500 },
    { label: 'Abschnitte erfüllt', width: 1500 },
    { label: 'Nachbessern', width: 1600 },
    { label: 'Offene Hinweise', width: 1600 },
  ];
  const share = (part: number, total: number) => (total === 0 ? '–' : `${part} von ${total}`);
  const rows = model.coverage.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(cellParagraphs(r.label), columns[0]!.width),
          cell(cellParagraphs(share(r.ticked, r.total)), columns[1]!.width),
          cell(cellParagraphs(share(r.sectionsFulfilled, r.sectionsTotal)), columns[2]!.width),
          cell(cellParagraphs(String(r.sectionsToImprove)), columns[3]!.width),
          cell(cellParagraphs(String(r.openThreads)), columns[4]!.width),
        ],
      }),
  );
  return [
    partHeading(2, PART_TITLES.coverage, true),
    new Paragraph({
      text: 'Je Mindeststandard und Annex: der Anteil der Prüfpunkte, die die Kommune in dieser Fassung abgehakt hat, und der zugeordneten Abschnitte, die die Beratung als erfüllt (oder entfällt) bewertet hat. Die Zahlen stehen auch in der Tabelle.',
    }),
    new Paragraph({ keepNext: true, children: [coverageChart(model)] }),
    grid(columns, rows),
  ];
}

function hintRow(hint: StatementHint, widths: readonly number[]): TableRow {
  const [first, ...replies] = hint.comments;
  const body = (c: StatementHint['comments'][number]) => c.body ?? 'Text aus Datenschutzgründen entfernt.';
  const by = (c: StatementHint['comments'][number]) => [muted(` – ${c.authorName}, ${formatDate(c.createdAt)}`)];
  const hintCell = [
    ...(first ? cellParagraphs(body(first), by(first)) : []),
    ...replies.flatMap((c) => [new Paragraph({ style: STYLE.tableText, children: [muted(`Antwort von ${c.authorName}, ${formatDate(c.createdAt)}:`, true)] }), ...cellParagraphs(body(c))]),
  ];
  const quote = hint.quote
    ? cellParagraphs(`„${hint.quote}“`, hint.isDetached ? [muted(' (Textstelle nicht mehr vorhanden)', true)] : [])
    : [new Paragraph({ style: STYLE.tableText, children: [muted('ganzer Abschnitt', true)] })];
  const disposition = hint.isResolved ? (hint.dispositionLabel ?? 'erledigt') : 'offen';
  const addressed = hint.addressedInVersion ? `Fassung ${hint.addressedInVersion}` : hint.isResolved ? 'nächste Fassung' : '–';
  const texts = [
    cellParagraphs(String(hint.number)),
    cellParagraphs(`${hint.section.number} ${hint.section.title}`),
    quote,
    hintCell,
    [new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text: disposition, bold: !hint.isResolved, color: hint.isResolved ? undefined : COLOR.draft })] })],
    cellParagraphs(hint.dispositionReason ?? ''),
    cellParagraphs(addressed),
  ];
  return new TableRow({ children: texts.map((children, i) => cell(children, widths[i]!)) });
}

function hintsPart(model: StatementDocument, isNewPage: boolean): FileChild[] {
  const { hints } = model.input;
  const widths = [600, 2100, 2700, 3600, 1400, LANDSCAPE_TEXT_WIDTH - 11700, 1300];
  const open = hints.filter((h) => !h.isResolved).length;
  return [
    partHeading(3, PART_TITLES.hints, isNewPage),
    new Paragraph({
      text:
        hints.length === 0
          ? 'Zu dieser Fassung gibt es keine Hinweise der Beratung.'
          : `${hints.length} Hinweise der Beratung bis zur Rückmeldung zu Fassung ${model.input.fassung.number}, davon ${open} offen. Umgang und Begründung trägt die Kommune ein.`,
    }),
    ...(hints.length > 0 ? [grid(HINT_COLUMNS.map((label, i) => ({ label, width: widths[i]! })), hints.map((h) => hintRow(h, widths)))] : []),
  ];
}

export function buildStatementDocument(model: StatementDocument): Document {
  const { concept, fassung, now } = model.input;
  const meta: ExportMeta = {
    districtName: concept.districtName,
    title: `${STATEMENT_TITLE}: ${concept.title}`,
    subject: STATEMENT_TITLE,
    responsible: concept.responsible,
    // A statement is not the concept: no ENTWURF marking; the footer names its Fassung and date.
    statusLabel: `Fassung ${fassung.number}`,
    isFinal: true,
    versionLabel: `Fassung ${fassung.number}`,
    dateLabel: formatDate(now),
    templateLabel: model.input.templateLabel,
  };
  const flow = new PageFlow(meta);
  flow.add(false, [...titlePage(model), ...verdictPart(model), ...coveragePart(model)]);
  // Seven columns of text: the hint table gets landscape pages (a new DOCX section begins on a new page by itself).
  const isLandscape = model.input.hints.length > 0;
  flow.add(isLandscape, hintsPart(model, flow.continues(isLandscape)));
  return new Document({
    title: meta.title,
    subject: STATEMENT_TITLE,
    creator: ADVISOR_ORGANISATION,
    lastModifiedBy: ADVISOR_ORGANISATION,
    description: `${STATEMENT_TITLE} zu Fassung ${fassung.number}, Stand ${meta.dateLabel} · Vorlage ${meta.templateLabel}`,
    keywords: 'Stellungnahme; Gewaltschutzkonzept; DeBUG',
    styles: documentStyles,
    sections: flow.sections(),
  });
}

/** The DOCX bytes. */
export async function renderStatementDocx(model: StatementDocument): Promise<Buffer> {
  return Packer.toBuffer(buildStatementDocument(model));
}
