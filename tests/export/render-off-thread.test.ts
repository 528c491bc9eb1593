/**
 * The export renders its DOCX in a worker thread (lib/export/render-off-thread.ts), so that the server's thread stays
 * free for saves and page views: the document must be the one renderDocx makes on the server's thread, and the
 * export's own errors must arrive as they would there.
 */
import { isAppError } from '@/lib/errors';
import { renderDocx } from '@/lib/export/render-docx';
import { renderDocxOffThread, stopRenderWorker } from '@/lib/export/render-off-thread';
import type { TiptapDoc } from '@/lib/editor/types';
import { doc, h, modelWith, para, readDocx, tocEntries } from './support';

/** Bookmark numbers and link ids differ from render to render in one process; the rest must be equal. */
const comparable = (xml: string) => xml.replace(/_Toc\d+/g, '_Toc').replace(/w:id="\d+"/g, 'w:id').replace(/rId[A-Za-z0-9_-]{21}/g, 'rId');

describe('DOCX im eigenen Thread', () => {
  const warn = jest.spyOn(console, 'warn');
  afterAll(async () => {
    await stopRenderWorker();
    warn.mockRestore();
  });

  it('renders the same document as the server’s thread does, without falling back', async () => {
    const model = modelWith({
      praeambel: doc(h(3, 'Leitbild'), ...Array.from({ length: 30 }, (_, i) => para(`Absatz ${i + 1}: Gewaltschutzkoordination und Beschwerdestelle – „Schutz“ & Sicherheit.`))),
    });
    const offThread = readDocx(await renderDocxOffThread(model, { updateFields: false }));
    const inThread = readDocx(await renderDocx(model, { updateFields: false }));
    expect(comparable(offThread.part('word/document.xml'))).toBe(comparable(inThread.part('word/document.xml')));
    expect(offThread.part('word/settings.xml')).not.toContain('updateFields');
    expect(tocEntries(offThread.part('word/document.xml')).map((e) => e.title)).toContain('1 Präambel und Leitbild');
    expect(readDocx(await renderDocxOffThread(model, { updateFields: true })).part('word/settings.xml')).toContain('updateFields');
    // The worker did the work: a fallback to the server's thread says so in the log.
    expect(warn.mock.calls.flat().join('\n')).not.toMatch(/ohne Beschleunigung/);
  }, 120_000);

  it('refuses content the export does not know with the same German message as on the server’s thread', async () => {
    const model = modelWith({ praeambel: doc(para('vorher'), { type: 'codeBlock', content: [{ type: 'text', text: 'console.log(1)' }] }) as TiptapDoc });
    const onThread = await renderDocx(model).catch((error: unknown) => error);
    const offThread = await renderDocxOffThread(model).catch((error: unknown) => error);
    expect(isAppError(onThread)).toBe(true);
    expect(isAppError(offThread)).toBe(true);
    expect(offThread).toMatchObject({ code: 'invalid_input', message: (onThread as Error).message, details: { nodeType: 'codeBlock' } });
    expect((offThread as Error).message).toMatch(/„codeBlock“, das der DOCX-Export nicht kennt/);
  }, 120_000);
});
