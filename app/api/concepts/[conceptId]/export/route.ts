import { requireActor } from '@/app/_lib/session';
import { downloadErrorResponse, downloadResponse } from '../../../../_lib/download';
import { DownloadAbandoned } from '@/lib/export/download-cache';
import { exportConceptDocx, prepareConceptExport, type ExportConceptInput } from '@/lib/export/export-concept-docx';
import { assertSameOriginWrite } from '../../../../_lib/same-origin';

/**
 * What to export, from the query: ?empty=renumber|entfaellt|mark[&fassung=<n>][&comments=1]. The use case checks the
 * values (an unknown `empty` answers 400 with a German message; the earlier `omit` means `renumber`; comments=1: the
 * review's comments as Word comments, values other than 1 and 0 are rejected).
 */
function exportInput(conceptId: string, request: Request): ExportConceptInput {
  const query = new URL(request.url).searchParams;
  const fassung = query.get('fassung');
  return {
    conceptId,
    emptySections: query.get('empty') ?? undefined,
    source: fassung ? { kind: 'version', number: fassung } : { kind: 'draft' },
    comments: query.get('comments') ?? undefined,
  };
}

// DOCX download of a concept: GET /api/concepts/<id>/export?… (exportInput). A route handler (not a server action) so
// the browser receives the file as a download with its name.
export async function GET(request: Request, { params }: { params: Promise<{ conceptId: string }> }) {
  const { conceptId } = await params;
  try {
    const actor = await requireActor();
    // The browser going away (tab closed) stops the page layout it would have waited for.
    const result = await exportConceptDocx(actor, exportInput(conceptId, request), { signal: request.signal });
    // Tells the download button whether LibreOffice users will see page numbers in the TOC.
    return downloadResponse(result, { 'X-Toc-Page-Numbers': result.tocPageNumbers ? 'filled' : 'missing' });
  } catch (error) {
    // Nobody is left to answer (the tab closed before the file was ready): nothing to show, nothing to log.
    if (error instanceof DownloadAbandoned) return new Response(null, { status: 499 });
    return downloadErrorResponse(error, request);
  }
}

// POST /api/concepts/<id>/export?… (the same query as GET): the download button, when shown, asks for the download
// to be made in advance (lib/export/prepare-download.ts), so that the click finds it ready. Answers 204 once the
// concept is read; the file is made in the background. In this file, not in one of its own: Next gives each route its
// own copy of the modules, and the GET must find what the POST made.
export async function POST(request: Request, { params }: { params: Promise<{ conceptId: string }> }) {
  const { conceptId } = await params;
  try {
    // It costs the server CPU: asked from the app's own pages only (no body to send).
    assertSameOriginWrite(request, { json: false });
    const actor = await requireActor();
    await prepareConceptExport(actor, exportInput(conceptId, request));
    return new Response(null, { status: 204 });
  } catch (error) {
    return downloadErrorResponse(error, request);
  }
}

export const dynamic = 'force-dynamic';
