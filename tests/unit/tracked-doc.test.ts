import fc from 'fast-check';
import type { TiptapDoc, TiptapNode } from '@/lib/editor/types';
import { hasChanges, projectDoc } from '@/lib/export/review-documents/sides';
import { DELETED_MARK, INSERTED_MARK, mergeDocs } from '@/lib/export/review-documents/tracked-doc';
import { bullets, cell, doc, item, p, para, row, table, text } from '../export/support';
import { fcParams } from '../support/fast-check';

const field = (name: string): TiptapNode => ({ type: 'dataField', attrs: { name } });

/** Both projections of the merge give back the two inputs (accept all → new, reject all → old). */
function expectRoundTrip(a: TiptapDoc, b: TiptapDoc) {
  const merged = mergeDocs(a, b);
  expect(normalise(projectDoc(merged, 'old'))).toEqual(normalise(a));
  expect(normalise(projectDoc(merged, 'new'))).toEqual(normalise(b));
  return merged;
}

/** Neighbouring text nodes with the same marks joined: the merge may cut a text node where the diff cuts. */
function normalise<T extends TiptapDoc | TiptapNode>(node: T): T {
  if (!node.content) return node;
  const content: TiptapNode[] = [];
  for (const child of node.content.map(normalise)) {
    const last = content.at(-1);
    if (last?.type === 'text' && child.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(child.marks ?? [])) {
      content[content.length - 1] = { ...last, text: (last.text ?? '') + (child.text ?? '') };
    } else content.push(child);
  }
  return { ...node, content };
}

const changedTexts = (node: TiptapNode | TiptapDoc, mark: string): string[] => {
  const out: string[] = [];
  const visit = (n: TiptapNode | TiptapDoc) => {
    if ((n as TiptapNode).marks?.some((m) => m.type === mark)) out.push((n as TiptapNode).text ?? `<${n.type}>`);
    (n.content ?? []).forEach(visit);
  };
  visit(node);
  return out;
};

describe('Two texts merged with their changes marked (Synopse, redline)', () => {
  it('marks the words that changed within a paragraph and keeps the rest as it is', () => {
    const merged = mergeDocs(doc(para('Die Beschwerdestelle ist montags erreichbar.')), doc(para('Die Beschwerdestelle ist täglich erreichbar.')));
    expect(changedTexts(merged, DELETED_MARK)).toEqual(['montags']);
    expect(changedTexts(merged, INSERTED_MARK)).toEqual(['täglich']);
    expect(merged.content).toHaveLength(1);
  });

  it('marks a removed and an added paragraph as whole blocks', () => {
    const merged = expectRoundTrip(
      doc(para('Erster Absatz bleibt.'), para('Zweiter Absatz entfällt ganz.')),
      doc(para('Erster Absatz bleibt.'), para('Ein völlig anderer Gedanke kommt hinzu.')),
    );
    expect(merged.content.map((n) => n.attrs?.revision)).toEqual([undefined, 'deleted', 'inserted']);
  });

  it('keeps formatting, hard breaks and data fields; a data field is compared whole', () => {
    const a = doc(p(text('Zuständig ist '), field('concept.responsible'), text(' im '), text('Landkreis', [{ type: 'bold' }]), { type: 'hardBreak' }, text('Stand heute')));
    const b = doc(p(text('Zuständig bleibt '), field('concept.responsible'), text(' im '), text('Landkreis', [{ type: 'bold' }]), { type: 'hardBreak' }, text('Stand morgen')));
    const merged = expectRoundTrip(a, b);
    expect(changedTexts(merged, DELETED_MARK)).toEqual(['ist', 'heute']);
    expect(changedTexts(merged, INSERTED_MARK)).toEqual(['bleibt', 'morgen']);
  });

  it('compares list items and table cells one by one', () => {
    const merged = expectRoundTrip(
      doc(bullets(item(para('Beschwerdestelle')), item(para('Sprechstunde'))), table(row(cell('Weg', 'tableHeader'), cell('Zuständig', 'tableHeader')), row(cell('Telefon'), cell('Koordination')))),
      doc(
        bullets(item(para('Beschwerdestelle')), item(para('Sprechstunde')), item(para('Ombudsstelle'))),
        table(row(cell('Weg', 'tableHeader'), cell('Zuständig', 'tableHeader')), row(cell('Telefon'), cell('Gleichstellungsbüro')), row(cell('Briefkasten'), cell('Koordination'))),
      ),
    );
    expect(changedTexts(merged, INSERTED_MARK)).toEqual(['Ombudsstelle', 'Gleichstellungsbüro', 'Briefkasten', 'Koordination']);
    expect(changedTexts(merged, DELETED_MARK)).toEqual(['Koordination']);
    // The edited row is one row with a changed cell; the new row is marked as a whole.
    const rows = merged.content[1]!.content!;
    expect(rows.map((r) => r.attrs?.revision)).toEqual([undefined, undefined, 'inserted']);
  });

  it('shows a table whose columns changed as the old table deleted and the new one inserted', () => {
    const merged = expectRoundTrip(doc(table(row(cell('A'), cell('B')))), doc(table(row(cell('A'), cell('B'), cell('C')))));
    expect(merged.content.map((t) => t.content!.map((r) => r.attrs?.revision))).toEqual([['deleted'], ['inserted']]);
  });

  it('finds no change in equal texts, and a whole new section is all inserted', () => {
    const same = doc(para('Gleich.'), bullets(item(para('auch gleich'))));
    expect(hasChanges(mergeDocs(same, same))).toBe(false);
    const added = expectRoundTrip(doc(), doc(para('Neuer Abschnitt.')));
    expect(changedTexts(added, INSERTED_MARK)).toEqual(['Neuer Abschnitt.']);
  });

  it('round-trips random edits of random documents', () => {
    // Paragraphs, lists and tables of a few words; the new side drops, keeps or replaces each block and may add one.
    const WORDS = ['Gewalt', 'Schutz', 'Unterkunft', 'Beschwerde', 'Kinder', 'Frauen', 'Personal', 'Raum', 'und', 'die'];
    const sentenceArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
    const blockArb: fc.Arbitrary<TiptapNode> = fc.oneof(
      { weight: 1, arbitrary: fc.array(sentenceArb, { minLength: 1, maxLength: 3 }).map((items) => bullets(...items.map((t) => item(para(t))))) },
      { weight: 1, arbitrary: fc.array(fc.tuple(sentenceArb, sentenceArb), { minLength: 1, maxLength: 3 }).map((rows) => table(...rows.map(([x, y]) => row(cell(x), cell(y))))) },
      { weight: 2, arbitrary: sentenceArb.map(para) },
    );
    const editedBlockArb = fc.record({ block: blockArb, fate: fc.constantFrom('keep', 'keep', 'drop', 'replace'), replacement: blockArb });
    fc.assert(
      fc.property(fc.array(editedBlockArb, { maxLength: 4 }), fc.array(blockArb, { maxLength: 1 }), (blocks, added) => {
        const a = doc(...blocks.map((x) => x.block));
        const b = doc(...blocks.filter((x) => x.fate !== 'drop').map((x) => (x.fate === 'replace' ? x.replacement : x.block)), ...added);
        expectRoundTrip(a, b);
      }),
      fcParams(60),
    );
  });
});
