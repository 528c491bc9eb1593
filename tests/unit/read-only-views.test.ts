/**
 * The read-only views (history, conflict, advisors): counts in correct German, and wide tables
 * in a named, focusable scrolling region (rendered to HTML as the server does).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DiffView } from '@/app/_components/diff-view';
import { RichTextView } from '@/app/_components/rich-text-view';
import { diffDocs } from '@/lib/diff/word-diff';
import type { TiptapDoc, TiptapNode } from '@/lib/editor/types';

const p = (text: string): TiptapNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...texts: string[]): TiptapDoc => ({ type: 'doc', content: texts.map(p) });

describe('Unterschiede', () => {
  it('says "1 geänderte Stelle" for one change and "2 geänderte Stellen" for two', () => {
    const one = renderToStaticMarkup(createElement(DiffView, { blocks: diffDocs(doc('A eins', 'B zwei'), doc('A eins', 'B drei')) }));
    expect(one).toContain('1 geänderte Stelle<');
    const two = renderToStaticMarkup(createElement(DiffView, { blocks: diffDocs(doc('A eins', 'B zwei'), doc('A vier', 'B drei')) }));
    expect(two).toContain('2 geänderte Stellen');
  });
});

describe('Tabellen in der Leseansicht', () => {
  it('sit in a focusable region named after their first row, so a keyboard can scroll them', () => {
    const header = ['Ort', 'Zeit', 'Betroffene Gruppe', 'Risiko'].map((t): TiptapNode => ({ type: 'tableHeader', content: [p(t)] }));
    const table: TiptapDoc = { type: 'doc', content: [{ type: 'table', content: [{ type: 'tableRow', content: header }] }] };
    const html = renderToStaticMarkup(createElement(RichTextView, { doc: table }));
    expect(html).toMatch(/<div class="table-wrap" role="region" aria-label="Tabelle: Ort, Zeit, Betroffene Gruppe …" tabindex="0">/);
  });
});
