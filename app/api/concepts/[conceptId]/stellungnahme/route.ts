import { requireActor } from '@/app/_lib/session';
import { downloadErrorResponse, downloadResponse } from '../../../../_lib/download';
import { exportStellungnahmeDocx } from '@/lib/export/review-documents/stellungnahme';

// The advisor's Stellungnahme as DOCX: GET /api/concepts/<id>/stellungnahme[?fassung=<n>]. Like the concept export a
// download that changes nothing (so no origin check beyond the session cookie's SameSite); who may have it is decided
// by the use case ('concept.statement').
export async function GET(request: Request, { params }: { params: Promise<{ conceptId: string }> }) {
  const { conceptId } = await params;
  try {
    const actor = await requireActor();
    const fassung = new URL(request.url).searchParams.get('fassung') ?? undefined;
    const result = await exportStellungnahmeDocx(actor, { conceptId, fassung });
    return downloadResponse(result);
  } catch (error) {
    return downloadErrorResponse(error, request);
  }
}

export const dynamic = 'force-dynamic';
