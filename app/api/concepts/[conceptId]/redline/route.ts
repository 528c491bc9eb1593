import { requireActor } from '@/app/_lib/session';
import { exportRedlineDocx } from '@/lib/export/review-documents/redline';
import { downloadErrorResponse, downloadResponse } from '../../../../_lib/download';
import { comparedFassungen } from '../change-document-response';

// Redline (Word tracked changes) as DOCX: GET /api/concepts/<id>/redline?von=<n>[&bis=<m>|aktuell]; as ../synopse/route.ts.
export async function GET(request: Request, { params }: { params: Promise<{ conceptId: string }> }) {
  const { conceptId } = await params;
  try {
    const actor = await requireActor();
    return downloadResponse(await exportRedlineDocx(actor, { conceptId, ...comparedFassungen(request) }));
  } catch (error) {
    return downloadErrorResponse(error, request);
  }
}

export const dynamic = 'force-dynamic';
