import { canonicalJson } from '../../lib/editor/canonical-json';
import { contentHash } from '../../lib/editor/content-hash';
import { codePointLength, countCharacters, docToBlocks, docToPlainText, isEmptyDoc } from '../../lib/editor/text';
import type { TiptapDoc, TiptapNode } from '../../lib/editor/types';
import { validateRichText } from '../../lib/editor/validate-content';

const text = (t: string, marks?: TiptapNode['marks']): TiptapNode => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const para = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });
const item = (...content: TiptapNode[]): TiptapNode => ({ type: 'listItem', content });
const cell = (t: string, type = 'tableCell'): TiptapNode => ({ type, content: [para(text(t))] });

const sample: TiptapDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 3 }, content: [text('Ziele')] },
    para(text('Erste '), text('Zeile', [{ type: 'bold' }]), { type: 'hardBreak' }, text('zweite Zeile')),
    { type: 'bulletList', content: [item(para(text('Punkt A')), { type: 'orderedList', content: [item(para(text('A.1')))] }), item(para(text('Punkt B')))] },
    { type: 'blockquote', content: [para(text('Zitat'))] },
    { type: 'table', content: [{ type: 'tableRow', content: [cell('Risiko', 'tableHeader'), cell('Maßnahme', 'tableHeader')] }, { type: 'tableRow', content: [cell('Nacht'), cell('Licht')] }] },
    para(),
  ],
};

describe('docToPlainText', () => {
  it('puts every paragraph, item and cell on its own line and hard breaks as newline', () => {
    expect(docToPlainText(sample)).toBe(
      ['Ziele', 'Erste Zeile', 'zweite Zeile', 'Punkt A', 'A.1', 'Punkt B', 'Zitat', 'Risiko', 'Maßnahme', 'Nacht', 'Licht', ''].join('\n'),
    );
  });
});

describe('docToBlocks', () => {
  it('lists readable blocks with kinds and depths', () => {
    expect(docToBlocks(sample)).toEqual([
      { kind: 'heading', depth: 3, text: 'Ziele' },
      { kind: 'paragraph', text: 'Erste Zeile\nzweite Zeile' },
      { kind: 'listItem', depth: 1, text: 'Punkt A' },
      { kind: 'listItem', depth: 2, text: 'A.1' },
      { kind: 'listItem', depth: 1, text: 'Punkt B' },
      { kind: 'quote', text: 'Zitat' },
      { kind: 'tableRow', text: 'Risiko | Maßnahme' },
      { kind: 'tableRow', text: 'Nacht | Licht' },
      { kind: 'paragraph', text: '' },
    ]);
  });
});

describe('countCharacters and isEmptyDoc', () => {
  it('counts code points of text only', () => {
    expect(countCharacters({ type: 'doc', content: [para(text('Straße 😀')), { type: 'paragraph' }] })).toBe(8);
    expect(codePointLength('👍🏽')).toBe(2);
    expect(codePointLength('\ud800x')).toBe(2);
  });

  it('treats documents without visible text as empty', () => {
    expect(isEmptyDoc({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe(true);
    expect(isEmptyDoc({ type: 'doc', content: [{ type: 'table', content: [{ type: 'tableRow', content: [cell(' ')] }] }] })).toBe(true);
    expect(isEmptyDoc(sample)).toBe(false);
  });
});

describe('contentHash', () => {
  it('does not depend on key order and changes with content', () => {
    const a = { type: 'doc', content: [{ type: 'heading', attrs: { level: 3 }, content: [text('T')] }] } as TiptapDoc;
    const b = { content: [{ content: [{ text: 'T', type: 'text' }], attrs: { level: 3 }, type: 'heading' }], type: 'doc' } as TiptapDoc;
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(validateRichText(sample))).toBe(contentHash(validateRichText(JSON.parse(JSON.stringify(sample)))));
    expect(contentHash(a)).not.toBe(contentHash({ ...a, content: [para(text('T'))] }));
  });

  it('writes canonical JSON with sorted keys', () => {
    expect(canonicalJson({ b: 1, a: [true, null, { d: 'x', c: undefined }] })).toBe('{"a":[true,null,{"d":"x"}],"b":1}');
  });
});
