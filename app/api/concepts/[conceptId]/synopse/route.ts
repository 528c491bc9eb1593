import { exportSynopseDocx } from '@/lib/export/review-documents/synopse';
import { changeDocumentResponse } from '../change-document-response';

// Synopse as DOCX: GET /api/concepts/<id>/synopse?von=<n>[&bis=<m>|aktuell]. Like the export route: a route
// handler so the browser receives the file as a download with its name; the use case checks permission and input.
export async function GET(request: Request, { params }: { params: Promise<{ conceptId: string }> }) {
  return changeDocumentResponse(request, params, exportSynopseDocx);
}

export const dynamic = 'force-dynamic';
