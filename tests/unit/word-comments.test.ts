import { buildTextMap, insertAtOffsets } from '@/lib/comments/text-map';
import type { TiptapDoc, TiptapNode } from '@/lib/editor/types';
import { wordCommentDate } from '@/lib/export/comments-to-docx';
import { attachWordComments, prepareWordComments, readMarker, type WordThread } from '@/lib/export/word-comments';
import { getTemplate } from '@/lib/templates';
import { cell, doc, exportModel, modelWith, p, para, row, table, text, xmlText } from '../export/support';

const mark = (name: string): TiptapNode => ({ type: 'mark-test', attrs: { name } });

/** The document's text with each inserted node shown as [name]. */
function show(d: TiptapDoc | TiptapNode): string {
  const inline = (n: TiptapNode): string =>
    n.type === 'text' ? (n.text ?? '') : n.type === 'mark-test' ? `[${String(n.attrs?.name)}]` : n.type === 'hardBreak' ? '\n' : (n.content ?? []).map(inline).join('');
  const blocks: string[] = [];
  const walk = (n: TiptapNode) => {
    if (n.type === 'paragraph' || n.type === 'heading') blocks.push(inline(n));
    else (n.content ?? []).forEach(walk);
  };
  walk(d as TiptapNode);
  return blocks.join('|');
}

describe('insertAtOffsets', () => {
  const d = doc(para('Erster Absatz.'), p(text('Fett', [{ type: 'bold' }]), text(' und normal.')), para('Dritter.'));

  it('puts nodes exactly where the text map counts, splitting text and keeping marks', () => {
    const t = buildTextMap(d).text;
    const out = insertAtOffsets(d, [
      { offset: t.indexOf('Absatz'), bias: 'start', node: mark('a') },
      { offset: t.indexOf('ett') + 3, bias: 'end', node: mark('b') },
    ]);
    expect(show(out)).toBe('Erster [a]Absatz.|Fett[b] und normal.|Dritter.');
    const second = (out.content[1]!.content ?? []).filter((n) => n.type === 'text');
    expect(second[0]).toEqual(text('Fett', [{ type: 'bold' }]));
  });

  it('a start on a block edge goes to the next block, an end to the block before', () => {
    const t = buildTextMap(d).text;
    const edge = t.indexOf('\n');
    const out = insertAtOffsets(d, [
      { offset: edge, bias: 'start', node: mark('s') },
      { offset: edge, bias: 'end', node: mark('e') },
      { offset: t.length, bias: 'end', node: mark('z') },
    ]);
    expect(show(out)).toBe('Erster Absatz.[e]|[s]Fett und normal.|Dritter.[z]');
  });

  it('counts a data field as one character and keeps several nodes at one offset in order', () => {
    const withField = doc(p(text('Zuständig: '), { type: 'dataField', attrs: { name: 'concept.responsible' } }, text(' Ende.')));
    const t = buildTextMap(withField).text;
    const at = t.indexOf(' Ende');
    const out = insertAtOffsets(withField, [
      { offset: at, bias: 'end', node: mark('1') },
      { offset: at, bias: 'end', node: mark('2') },
    ]);
    const inline = out.content[0]!.content!.map((n) => n.type);
    expect(inline).toEqual(['text', 'dataField', 'mark-test', 'mark-test', 'text']);
    expect(out.content[0]!.content!.slice(2, 4).map((n) => n.attrs?.name)).toEqual(['1', '2']);
  });
});

describe('wordCommentDate', () => {
  it('writes the time as Berlin shows it, in winter and in summer', () => {
    expect(wordCommentDate(new Date('2026-11-20T13:03:00Z')).toISOString()).toBe('2026-11-20T14:03:00.000Z');
    expect(wordCommentDate(new Date('2026-07-01T22:30:00Z')).toISOString()).toBe('2026-07-02T00:30:00.000Z');
  });
});

describe('placing comments in the export model', () => {
  const message = (body: string) => ({ authorName: 'Beate Beraterin', body, createdAt: new Date('2026-11-20T13:03:00Z'), redactedAt: null });
  const thread = (over: Partial<WordThread>): WordThread => ({
    number: 1,
    sectionKey: 'beschwerdemanagement',
    anchorKind: 'range',
    range: null,
    quote: null,
    isDetached: false,
    roleLabel: 'DeBUG-Beratung',
    isResolved: false,
    messages: [message('Hinweis')],
    resolution: null,
    ...over,
  });

  it('a comment on a section the document leaves out goes onto the heading before it, saying where it belongs', () => {
    const template = getTemplate('gewaltschutz-gu');
    const contents = new Map<string, unknown>([['praeambel', doc(para('Leitbild.'))]]);
    const prepared = prepareWordComments(contents, [thread({ number: 4, anchorKind: 'section', messages: [message('Fehlt noch.')] })]);
    const model = attachWordComments(
      modelWith({ praeambel: prepared.contents.get('praeambel') as TiptapDoc }),
      prepared,
      template,
    );
    const host = model.sections.find((s) => s.headingComments?.length);
    expect(host?.key).toBe('praeambel');
    expect(model.comments?.[0]?.paragraphs[0]).toMatch(/^Zu Abschnitt \d+ „Beschwerdemanagement“ \(in diesem Dokument nicht enthalten\)\. Kommentar zum ganzen Abschnitt\.$/);
  });

  it('a range that lost one of its ends goes onto the heading with its quote, and its other marker is removed', () => {
    const template = getTemplate('gewaltschutz-gu');
    const d = doc(para('Die Unterkunft hat einen Briefkasten.'));
    const prepared = prepareWordComments(new Map([['beschwerdemanagement', d]]), [thread({ range: { start: 4, end: 14 }, quote: 'Unterkunft' })]);
    const marked = prepared.contents.get('beschwerdemanagement') as TiptapDoc;
    // Something between loading and rendering dropped the end marker.
    const cut: TiptapDoc = { ...marked, content: [{ ...marked.content[0]!, content: marked.content[0]!.content!.filter((n) => readMarker(n)?.edge !== 'end') }] };
    const model = attachWordComments(modelWith({ beschwerdemanagement: cut }), prepared, template);
    const section = model.sections.find((s) => s.key === 'beschwerdemanagement')!;
    expect(section.headingComments).toEqual([0]);
    expect(JSON.stringify(section.content)).not.toContain('wordCommentMarker');
    expect(model.comments?.[0]?.paragraphs).toEqual(['Textstelle: „Unterkunft“', 'Nr. 1 (DeBUG-Beratung): Hinweis']);
  });
});

describe('comment ranges in the DOCX', () => {
  const message = { authorName: 'Beate Beraterin', body: 'Hinweis', createdAt: new Date('2026-11-20T13:03:00Z'), redactedAt: null };
  const onRange = (number: number, start: number, end: number): WordThread => ({
    number,
    sectionKey: 'beschwerdemanagement',
    anchorKind: 'range',
    range: { start, end },
    quote: null,
    isDetached: false,
    roleLabel: 'DeBUG-Beratung',
    isResolved: false,
    messages: [message],
    resolution: null,
  });
  const between = (xml: string, id: number) =>
    xmlText(xml.slice(xml.indexOf(`<w:commentRangeStart w:id="${id}"/>`), xml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`)));

  it('spans paragraphs, parts of a link and table cells', async () => {
    const link = [{ type: 'link', attrs: { href: 'https://www.hilfetelefon.de' } }];
    const d = doc(
      para('Erster Absatz endet hier.'),
      p(text('Siehe '), text('Hilfetelefon Gewalt', link), text(' rund um die Uhr.')),
      table(row(cell('Ort'), cell('Risiko')), row(cell('Flur'), cell('Dunkelheit nachts'))),
    );
    const t = buildTextMap(d).text;
    const threads = [
      onRange(1, t.indexOf('endet'), t.indexOf('Siehe') + 'Siehe'.length),
      onRange(2, t.indexOf('Gewalt'), t.indexOf(' rund')),
      onRange(3, t.indexOf('Dunkelheit'), t.indexOf(' nachts')),
    ];
    const prepared = prepareWordComments(new Map([['beschwerdemanagement', d]]), threads);
    const model = attachWordComments(modelWith({ beschwerdemanagement: prepared.contents.get('beschwerdemanagement') as TiptapDoc }), prepared, getTemplate('gewaltschutz-gu'));
    const xml = (await exportModel(model)).part('word/document.xml');
    expect(between(xml, 0)).toBe('endet hier.Siehe');
    expect(between(xml, 1)).toBe('Gewalt');
    expect(between(xml, 2)).toBe('Dunkelheit');
    // The link is split around the comment's start and still leads to its target on both sides.
    expect(xml.match(/<w:hyperlink [^>]*r:id=/g)?.length).toBe(2);
    expect(model.sections.find((s) => s.key === 'beschwerdemanagement')?.headingComments).toBeUndefined();
  });
});
