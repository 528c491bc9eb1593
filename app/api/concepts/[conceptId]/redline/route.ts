import { requireActor } from '@/lib/auth/session';
import { exportRedlineDocx } from '@/lib/export/review-documents/redline';
import { comparedFassungen, docxDownload, downloadError } from '../change-document-response';

// Redline (Word tracked changes) as DOCX: GET /api/concepts/<id>/redline?von=<n>[&bis=<m>|aktuell]; as ../synopse/route.ts.
export async function GET(request: Request, { params }: { params: Promise<{ conceptId: string }> }) {
  const { conceptId } = await params;
  try {
    const actor = await requireActor();
    return docxDownload(await exportRedlineDocx(actor, { conceptId, ...comparedFassungen(request) }));
  } catch (error) {
    return downloadError(request, error);
  }
}

export const dynamic = 'force-dynamic';
