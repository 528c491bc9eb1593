import { diffDocs, summariseDiff, type BlockDiff } from '../../lib/diff/word-diff';
import type { TiptapDoc, TiptapNode } from '../../lib/editor/types';

const para = (t: string): TiptapNode => ({ type: 'paragraph', content: t ? [{ type: 'text', text: t }] : [] });
const doc = (...content: TiptapNode[]): TiptapDoc => ({ type: 'doc', content });
const docOf = (...texts: string[]) => doc(...texts.map(para));
const statuses = (blocks: BlockDiff[]) => blocks.map((b) => b.status);

describe('diffDocs', () => {
  it('reports equal documents as equal blocks', () => {
    const a = docOf('Eins.', 'Zwei.');
    expect(diffDocs(a, a)).toEqual([
      { kind: 'paragraph', status: 'equal', segments: [{ type: 'equal', text: 'Eins.' }] },
      { kind: 'paragraph', status: 'equal', segments: [{ type: 'equal', text: 'Zwei.' }] },
    ]);
  });

  it('pairs an edited paragraph as changed with word-level segments', () => {
    const a = docOf('Einleitung bleibt.', 'Der Hund bellt jeden Abend laut im Hof.', 'Schluss bleibt.');
    const b = docOf('Einleitung bleibt.', 'Der Hund schläft jeden Abend laut im Hof.', 'Schluss bleibt.');
    const blocks = diffDocs(a, b);
    expect(statuses(blocks)).toEqual(['equal', 'changed', 'equal']);
    expect(blocks[1]!.segments).toEqual([
      { type: 'equal', text: 'Der Hund ' },
      { type: 'delete', text: 'bellt' },
      { type: 'insert', text: 'schläft' },
      { type: 'equal', text: ' jeden Abend laut im Hof.' },
    ]);
    expect(summariseDiff(blocks)).toEqual({ insertedWords: 1, deletedWords: 1 });
  });

  it('reports inserted and deleted paragraphs', () => {
    const a = docOf('Erster Absatz.', 'Dieser Absatz fällt weg.', 'Letzter Absatz.');
    const b = docOf('Erster Absatz.', 'Letzter Absatz.', 'Ganz neuer Schlussgedanke hier.');
    const blocks = diffDocs(a, b);
    expect(statuses(blocks)).toEqual(['equal', 'deleted', 'equal', 'inserted']);
    expect(blocks[1]!.segments).toEqual([{ type: 'delete', text: 'Dieser Absatz fällt weg.' }]);
    expect(blocks[3]!.segments).toEqual([{ type: 'insert', text: 'Ganz neuer Schlussgedanke hier.' }]);
    expect(summariseDiff(blocks)).toEqual({ insertedWords: 4, deletedWords: 4 });
  });

  it('does not pair unrelated paragraphs that replace each other', () => {
    const blocks = diffDocs(docOf('Ja.'), docOf('Völlig anderer Inhalt.'));
    expect(statuses(blocks)).toEqual(['deleted', 'inserted']);
  });

  it('pairs several edited paragraphs in order next to an inserted one', () => {
    const a = docOf('Alpha beta gamma delta.', 'Eins zwei drei vier.');
    const b = docOf('Alpha beta gamma epsilon.', 'Etwas ganz Neues.', 'Eins zwei drei fünf.');
    expect(statuses(diffDocs(a, b))).toEqual(['changed', 'inserted', 'changed']);
  });

  it('diffs list items, headings and table rows with kinds and depths', () => {
    const a = doc(
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Ziele' }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [para('Schutz vor Gewalt')] }] },
      { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [para('Nacht')] }, { type: 'tableCell', content: [para('Licht')] }] }] },
    );
    const b = doc(
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Ziele' }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [para('Schutz vor jeder Gewalt')] }] },
      { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [para('Nacht')] }, { type: 'tableCell', content: [para('Licht und Wache')] }] }] },
    );
    const blocks = diffDocs(a, b);
    expect(blocks.map((x) => [x.kind, x.depth, x.status])).toEqual([
      ['heading', 3, 'equal'],
      ['listItem', 1, 'changed'],
      ['tableRow', undefined, 'changed'],
    ]);
    expect(summariseDiff(blocks)).toEqual({ insertedWords: 3, deletedWords: 0 });
  });

  it('keeps both texts recoverable for a large rewrite', () => {
    const a = docOf(...Array.from({ length: 600 }, (_, i) => `Absatz ${i} über Schutz und Beteiligung.`));
    const b = docOf(...Array.from({ length: 600 }, (_, i) => (i % 2 ? `Absatz ${i} über Schutz und Beteiligung.` : `Neu ${i}: Beschwerdewege 😀.`)));
    const blocks = diffDocs(a, b);
    const side = (skip: 'insert' | 'delete') =>
      blocks.filter((x) => x.status !== (skip === 'insert' ? 'inserted' : 'deleted')).map((x) => x.segments.filter((s) => s.type !== skip).map((s) => s.text).join(''));
    expect(side('insert')).toEqual(a.content.map((n) => n.content?.[0]?.text ?? ''));
    expect(side('delete')).toEqual(b.content.map((n) => n.content?.[0]?.text ?? ''));
  });
});
