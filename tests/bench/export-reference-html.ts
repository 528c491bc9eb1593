/**
 * The same export model as one HTML page, rendered from the editor's own
 * extension list (@tiptap/html), as input for pandoc in the benchmark.
 */
import { generateHTML } from '@tiptap/html/server';
import { editorExtensions } from '@/lib/editor/extensions';
import type { ExportDocument } from '@/lib/export/model';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function referenceHtml(model: ExportDocument): string {
  const parts = [`<h1>${escape(model.meta.title)}</h1>`, `<p>${escape(model.meta.districtName)} · ${escape(model.meta.statusLabel)} · ${escape(model.meta.dateLabel)}</p>`];
  for (const section of model.sections) {
    const tag = section.depth === 0 ? 'h1' : 'h2';
    parts.push(`<${tag}>${escape(`${section.number} ${section.title}`)}</${tag}>`);
    if (section.content) parts.push(generateHTML(section.content, editorExtensions));
  }
  for (const annex of model.annexes) {
    parts.push(`<h1>${escape(`Anhang ${annex.letter}: ${annex.title}`)}</h1>`, `<p>${escape(annex.note)}</p>`);
    for (const { caption, table } of annex.tables) parts.push(`<h2>${escape(caption)}</h2>`, generateHTML({ type: 'doc', content: [table] }, editorExtensions));
  }
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>${escape(model.meta.title)}</title></head><body>${parts.join('\n')}</body></html>`;
}
