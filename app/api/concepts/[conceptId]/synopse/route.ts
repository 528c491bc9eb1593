import { requireActor } from '@/app/_lib/session';
import { exportSynopseDocx } from '@/lib/export/review-documents/synopse';
import { downloadErrorResponse, downloadResponse } from '../../../../_lib/download';
import { comparedFassungen } from '../change-document-response';

// Synopse as DOCX: GET /api/concepts/<id>/synopse?von=<n>[&bis=<m>|aktuell]. Like the concept export a download that
// changes nothing (so no origin check beyond the session cookie's SameSite); the use case decides who may have it
// ('concept.export') and checks the Fassungen.
export async function GET(request: Request, { params }: { params: Promise<{ conceptId: string }> }) {
  const { conceptId } = await params;
  try {
    const actor = await requireActor();
    return downloadResponse(await exportSynopseDocx(actor, { conceptId, ...comparedFassungen(request) }));
  } catch (error) {
    return downloadErrorResponse(error, request);
  }
}

export const dynamic = 'force-dynamic';
