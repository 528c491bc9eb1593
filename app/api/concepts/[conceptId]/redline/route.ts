import { exportRedlineDocx } from '@/lib/export/review-documents/redline';
import { changeDocumentResponse } from '../change-document-response';

// Redline (tracked changes) as DOCX: GET /api/concepts/<id>/redline?von=<n>[&bis=<m>|aktuell]; see ../synopse/route.ts.
export async function GET(request: Request, { params }: { params: Promise<{ conceptId: string }> }) {
  return changeDocumentResponse(request, params, exportRedlineDocx);
}

export const dynamic = 'force-dynamic';
