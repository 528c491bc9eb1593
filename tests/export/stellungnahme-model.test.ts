import { renderStatementDocx, PART_TITLES } from '@/lib/export/review-documents/stellungnahme-docx';
import { buildStatementModel, FORMER_ACCOUNT, NOT_JUDGED, type StatementHint, type StatementInput } from '@/lib/export/review-documents/stellungnahme-model';
import { flattenSections, getTemplate } from '@/lib/templates';
import { readDocx, xmlText } from './support';

const flat = flattenSections(getTemplate('gewaltschutz-gu'));
const beschwerde = flat.find((f) => f.key === 'beschwerdemanagement')!;
const NOW = new Date('2026-11-27T10:00:00Z');

function input(overrides: Partial<StatementInput> = {}): StatementInput {
  return {
    concept: { title: 'Gewaltschutzkonzept Testhausen', districtName: 'Landkreis Testhausen', responsible: 'Fachdienst Soziales' },
    fassung: { number: 3, kind: 'submission', createdAt: new Date('2026-11-20T09:00:00Z'), outcome: null, outcomeAt: null, outcomeNote: null, outcomeByName: null },
    flat,
    checklists: new Map(),
    verdicts: new Map(),
    hints: [],
    templateLabel: 'Gewaltschutzkonzept für Gemeinschaftsunterkünfte, Version 2026.2',
    now: NOW,
    ...overrides,
  };
}

function hint(overrides: Partial<StatementHint>): StatementHint {
  return {
    number: 1,
    section: { key: beschwerde.key, number: beschwerde.number, title: beschwerde.title },
    quote: null,
    isDetached: false,
    comments: [{ authorName: 'Clara Rat', createdAt: NOW, body: 'Bitte ergänzen.' }],
    isResolved: false,
    dispositionLabel: null,
    dispositionReason: null,
    addressedInVersion: null,
    ...overrides,
  };
}

async function documentText(model: ReturnType<typeof buildStatementModel>) {
  return xmlText(readDocx(await renderStatementDocx(model)).part('word/document.xml'));
}

describe('Stellungnahme: Inhalt aus den Daten', () => {
  it('counts unjudged sections and names the advisors once, without deleted accounts', () => {
    const model = buildStatementModel(
      input({
        verdicts: new Map([[beschwerde.key, { verdict: 'nachbessern', note: 'Frist fehlt.', versionNumber: 3, authorName: 'Clara Rat' }]]),
        hints: [hint({}), hint({ number: 2, comments: [{ authorName: FORMER_ACCOUNT, createdAt: NOW, body: 'Alt.' }] })],
        fassung: { ...input().fassung, outcome: 'changes_requested', outcomeAt: NOW, outcomeByName: 'Bernd Beistand' },
      }),
    );
    expect(model.counts).toMatchObject({ nachbessern: 1, none: flat.length - 1 });
    expect(model.sections.find((s) => s.number === beschwerde.number)?.label).toBe('nachbessern');
    expect(model.sections.filter((s) => s.label === NOT_JUDGED)).toHaveLength(flat.length - 1);
    expect(model.advisorNames).toEqual(['Clara Rat', 'Bernd Beistand']);
    // The open hint counts for the Mindeststandards of its section.
    const ms = model.coverage.find((r) => r.sections.some((s) => s.key === beschwerde.key))!;
    expect(ms.openThreads).toBe(2);
    expect(ms.sectionsToImprove).toBe(1);
  });

  it('says so when there are no hints and no advisor yet, without a landscape page for the empty table', async () => {
    const xml = readDocx(await renderStatementDocx(buildStatementModel(input()))).part('word/document.xml');
    expect(xml).not.toContain('w:orient="landscape"');
    const withHint = readDocx(await renderStatementDocx(buildStatementModel(input({ hints: [hint({})] })))).part('word/document.xml');
    expect(withHint).toContain('w:orient="landscape"');
    const text = xmlText(xml);
    expect(text).toContain(PART_TITLES.hints);
    expect(text).toContain('Zu dieser Fassung gibt es keine Hinweise der Beratung.');
    expect(text).toContain('Beraterin oder Berater–');
    expect(text).toContain('noch keine Rückmeldung');
  });

  it('shows a removed text, a vanished quote and a withdrawn submission as such', async () => {
    const text = await documentText(
      buildStatementModel(
        input({
          fassung: { ...input().fassung, outcome: 'withdrawn', outcomeAt: NOW, outcomeByName: 'Koordinatorin' },
          hints: [
            hint({ quote: 'alter Satz', isDetached: true, comments: [{ authorName: 'Clara Rat', createdAt: NOW, body: null }] }),
            hint({ number: 2, isResolved: true, dispositionLabel: 'nicht übernommen', dispositionReason: 'Anders geregelt.' }),
          ],
        }),
      ),
    );
    expect(text).toContain('„alter Satz“ (Textstelle nicht mehr vorhanden)');
    expect(text).toContain('Text aus Datenschutzgründen entfernt.');
    expect(text).toContain('nicht übernommenAnders geregelt.nächste Fassung');
    expect(text).toContain('Einreichung von der Kommune zurückgezogen am 27.11.2026');
    // The coordinator who withdrew is not an advisor.
    expect(text).not.toContain('Koordinatorin');
  });
});
