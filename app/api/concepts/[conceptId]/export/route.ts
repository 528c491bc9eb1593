import { requireActor } from '@/app/_lib/session';
import { downloadErrorResponse, downloadResponse } from '../../../../_lib/download';
import { exportConceptDocx, prepareConceptExport } from '@/lib/export/export-concept-docx';
import { assertSameOriginWrite } from '../../../../_lib/same-origin';

// DOCX download of a concept: GET /api/concepts/<id>/export?empty=renumber|entfaellt|mark[&fassung=<n>][&comments=1]. A route
// handler (not a server action) so the browser receives the file as a download with its name. The use case checks
// `empty` (an unknown value answers 400 with a German message; the earlier `omit` means `renumber`).
export async function GET(request: Request, { params }: { params: Promise<{ conceptId: string }> }) {
  const { conceptId } = await params;
  try {
    const actor = await requireActor();
    const query = new URL(request.url).searchParams;
    const empty = query.get('empty') ?? undefined;
    const fassung = query.get('fassung');
    const source = fassung ? { kind: 'version' as const, number: fassung } : { kind: 'draft' as const };
    // comments=1: the review's comments as Word comments (the use case rejects values other than 1 and 0).
    const comments = query.get('comments') ?? undefined;
    // The browser going away (tab closed) stops the page layout it would have waited for.
    const result = await exportConceptDocx(actor, { conceptId, emptySections: empty, source, comments }, { signal: request.signal });
    // Tells the download button whether LibreOffice users will see page numbers in the TOC.
    return downloadResponse(result, { 'X-Toc-Page-Numbers': result.tocPageNumbers ? 'filled' : 'missing' });
  } catch (error) {
    return downloadErrorResponse(error, request);
  }
}

// POST /api/concepts/<id>/export: the download button, when shown, asks for the export's threads to be warmed
// (lib/export/prewarm.ts), so that the download it may start does not find them cold. Answers 204 at once. In this
// file, not in one of its own: Next gives each route its own copy of the modules, and so its own threads.
export async function POST(request: Request, { params }: { params: Promise<{ conceptId: string }> }) {
  const { conceptId } = await params;
  try {
    // It costs the server CPU: asked from the app's own pages only (no body to send).
    assertSameOriginWrite(request, { json: false });
    const actor = await requireActor();
    await prepareConceptExport(actor, conceptId);
    return new Response(null, { status: 204 });
  } catch (error) {
    return downloadErrorResponse(error, request);
  }
}

export const dynamic = 'force-dynamic';
