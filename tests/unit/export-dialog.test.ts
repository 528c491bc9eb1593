/** The export dialog as the server renders it: the comments option is a labelled checkbox, off by default. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ExportButton } from '@/app/(app)/concepts/[conceptId]/export-button';

describe('Exportdialog', () => {
  it('offers the comments as an option with its own label, not chosen until the user chooses it', () => {
    const html = renderToStaticMarkup(createElement(ExportButton, { conceptId: '00000000-0000-4000-8000-000000000001' }));
    const input = /<input[^>]*type="checkbox"[^>]*>/.exec(html)?.[0] ?? '';
    const id = /id="([^"]+)"/.exec(input)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`<label for="${id}">Kommentare als Word-Kommentare aufnehmen</label>`);
    expect(input).not.toContain('checked');
    expect(html).not.toContain('stehen an der Überschrift');
  });
});
