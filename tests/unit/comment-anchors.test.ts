import { Node } from '@tiptap/pm/model';
import { describeRange, findQuote, reanchor } from '../../lib/comments/anchor';
import { buildTextMap, offsetsToPositions, positionToOffset } from '../../lib/comments/text-map';
import { getEditorSchema } from '../../lib/editor/extensions';
import type { TiptapDoc, TiptapNode } from '../../lib/editor/types';

const text = (t: string, marks?: TiptapNode['marks']): TiptapNode => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const para = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });
const cell = (type: 'tableHeader' | 'tableCell', t: string): TiptapNode => ({ type, content: [para(text(t))] });

const RICH: TiptapDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 3 }, content: [text('Beschwerdewege')] },
    para(text('Bewohnerinnen können sich '), text('jederzeit', [{ type: 'bold' }]), text(' beschweren.'), { type: 'hardBreak' }, text('Auch anonym.')),
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [para(text('Briefkasten im Flur')), { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('wöchentlich geleert'))] }] }] },
        { type: 'listItem', content: [para(text('Sprechstunde 💬 dienstags'))] },
      ],
    },
    { type: 'blockquote', content: [para(text('Niemand darf benachteiligt werden.'))] },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Weg'), cell('tableHeader', 'Zuständig')] },
        { type: 'tableRow', content: [cell('tableCell', 'Ombudsstelle'), cell('tableCell', 'Landkreis')] },
      ],
    },
    para(),
    para(text('Ende.')),
  ],
};

describe('text map of a section', () => {
  const map = buildTextMap(RICH);
  const pmDoc = Node.fromJSON(getEditorSchema(), RICH);

  it('joins every textblock with a line break, hard breaks included', () => {
    expect(map.text).toBe(
      [
        'Beschwerdewege',
        'Bewohnerinnen können sich jederzeit beschweren.\nAuch anonym.',
        'Briefkasten im Flur',
        'wöchentlich geleert',
        'Sprechstunde 💬 dienstags',
        'Niemand darf benachteiligt werden.',
        'Weg',
        'Zuständig',
        'Ombudsstelle',
        'Landkreis',
        '',
        'Ende.',
      ].join('\n'),
    );
  });

  it.each(['jederzeit', 'Auch anonym', 'wöchentlich', '💬 dienstags', 'benachteiligt', 'Zuständig', 'Ombudsstelle', 'Ende'])(
    'maps „%s“ to the editor positions ProseMirror uses for the same text',
    (quote) => {
      const start = map.text.indexOf(quote);
      const positions = offsetsToPositions(map, start, start + quote.length)!;
      expect(pmDoc.textBetween(positions.from, positions.to)).toBe(quote);
      expect(positionToOffset(map, positions.from, 'start')).toBe(start);
      expect(positionToOffset(map, positions.to, 'end')).toBe(start + quote.length);
    },
  );

  it('a range over several blocks maps to one editor range', () => {
    const start = map.text.indexOf('Briefkasten');
    const end = map.text.indexOf('geleert') + 'geleert'.length;
    const positions = offsetsToPositions(map, start, end)!;
    expect(pmDoc.textBetween(positions.from, positions.to, '\n')).toBe('Briefkasten im Flur\nwöchentlich geleert');
  });

  it('refuses empty and out-of-range offsets', () => {
    expect(offsetsToPositions(map, 5, 5)).toBeNull();
    expect(offsetsToPositions(map, -1, 3)).toBeNull();
    expect(offsetsToPositions(map, 0, map.text.length + 1)).toBeNull();
  });
});

describe('anchors that survive edits', () => {
  const original = 'Die Unterkunft hat einen Beschwerdebriefkasten im Erdgeschoss. Er wird wöchentlich geleert.';
  const quote = 'Beschwerdebriefkasten im Erdgeschoss';
  const anchor = describeRange(original, original.indexOf(quote), original.indexOf(quote) + quote.length)!;

  it('records the quote with context before and after', () => {
    expect(anchor).toEqual({
      start: 25,
      end: 25 + quote.length,
      exact: quote,
      prefix: 'Die Unterkunft hat einen ',
      suffix: '. Er wird wöchentlich geleert.',
    });
  });

  it('stays on its text when text is inserted before it', () => {
    const changed = `Vorbemerkung: Alles ist neu geregelt. ${original}`;
    const result = reanchor(anchor, original, changed);
    expect(result.isDetached).toBe(false);
    expect(changed.slice(result.position.start, result.position.end)).toBe(quote);
  });

  it('stays on its text when text elsewhere is edited or deleted', () => {
    const changed = original.replace('Die Unterkunft hat', 'Jede Unterkunft im Kreis hat').replace(' Er wird wöchentlich geleert.', '');
    const result = reanchor(anchor, original, changed);
    expect(result).toMatchObject({ isDetached: false, position: { exact: quote } });
    expect(changed.slice(result.position.start, result.position.end)).toBe(quote);
  });

  it('follows an edit inside the passage while most of it survives', () => {
    const changed = original.replace('im Erdgeschoss', 'im ersten Erdgeschoss');
    const result = reanchor(anchor, original, changed);
    expect(result.isDetached).toBe(false);
    expect(result.position.exact).toBe('Beschwerdebriefkasten im ersten Erdgeschoss');
  });

  it('finds the quote again when the paragraph was moved elsewhere', () => {
    const changed = `Er wird wöchentlich geleert. Neuer Absatz dazwischen mit viel Text. ${original.slice(0, original.indexOf(' Er wird'))}`;
    const result = reanchor(anchor, original, changed);
    expect(result.isDetached).toBe(false);
    expect(changed.slice(result.position.start, result.position.end)).toBe(quote);
  });

  it('is detached, with its quote, when its text is deleted — and attaches again when the text returns', () => {
    const deleted = 'Die Unterkunft hat keinen Briefkasten mehr.';
    const gone = reanchor(anchor, original, deleted);
    expect(gone).toEqual({ isDetached: true, position: anchor });
    const back = reanchor(gone.position, deleted, original, { isDetached: true });
    expect(back).toEqual({ isDetached: false, position: anchor });
  });

  it('prefers the occurrence whose context matches when the quote appears twice', () => {
    const twice = 'Der Briefkasten hängt im Flur. Ein zweiter Briefkasten hängt im Büro.';
    const second = twice.lastIndexOf('Briefkasten');
    const position = describeRange(twice, second, second + 'Briefkasten'.length)!;
    expect(findQuote(twice, position, 0)).toBe(second);
  });

  it('keeps exactly its quote when the neighbouring word is changed (the word diff sees whole words)', () => {
    const text = 'Der Briefkasten hängt in der Straße neben dem Eingang.';
    const at = text.indexOf('in der Straße');
    const position = describeRange(text, at, at + 'in der Straße'.length)!;
    for (const changed of [text.replace('Straße neben', 'Straßen neben'), text.replace('hängt in', 'hing in'), text.replace('hängt in', 'hängtin')]) {
      const result = reanchor(position, text, changed);
      expect(result.isDetached).toBe(false);
      expect(changed.slice(result.position.start, result.position.end)).toBe('in der Straße');
    }
  });

  it('a comment on a word used twice does not jump to the other place when its sentence is rewritten or deleted', () => {
    const text = 'Im Erdgeschoss hängt ein Briefkasten für Beschwerden.\nIm Büro der Leitung steht ein Briefkasten für Post.';
    const at = text.indexOf('Briefkasten');
    const position = describeRange(text, at, at + 'Briefkasten'.length)!;
    for (const changed of [
      text.replace('ein Briefkasten für Beschwerden', 'ein Kasten für Beschwerden'),
      text.replace('Im Erdgeschoss hängt ein Briefkasten für Beschwerden.\n', ''),
    ]) {
      expect(reanchor(position, text, changed)).toEqual({ isDetached: true, position });
    }
    // Its sentence rewritten elsewhere in the text, with the context: found there again.
    const elsewhere = 'Im Büro der Leitung steht ein Kasten für Post. Neu: Im Erdgeschoss hängt ein Briefkasten für Beschwerden.';
    const result = reanchor(position, text, elsewhere, { isDetached: true });
    expect(result.isDetached).toBe(false);
    expect(result.position.start).toBe(elsewhere.indexOf('Briefkasten'));
  });

  it('does not describe empty or whitespace-only ranges', () => {
    expect(describeRange(original, 3, 3)).toBeNull();
    expect(describeRange('a   b', 1, 4)).toBeNull();
    expect(describeRange(original, 0, original.length + 5)).toBeNull();
  });
});
