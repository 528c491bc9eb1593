import { requireActor } from '@/app/_lib/session';
import { downloadErrorResponse, downloadResponse } from '../../../../_lib/download';
import { exportConceptDocx } from '@/lib/export/export-concept-docx';

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

export const dynamic = 'force-dynamic';
