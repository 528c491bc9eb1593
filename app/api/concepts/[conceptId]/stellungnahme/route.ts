import { requireActor } from '@/lib/auth/session';
import { HTTP_STATUS } from '@/lib/errors';
import { contentDisposition } from '@/lib/export/filename';
import { exportStellungnahmeDocx } from '@/lib/export/review-documents/stellungnahme';
import { describeError } from '@/lib/shared/action-result';

// The advisor's Stellungnahme as DOCX: GET /api/concepts/<id>/stellungnahme[?fassung=<n>]. Like the concept export a
// download that changes nothing (so no origin check beyond the session cookie's SameSite); who may have it is decided
// by the use case ('concept.statement').
export async function GET(request: Request, { params }: { params: Promise<{ conceptId: string }> }) {
  const { conceptId } = await params;
  try {
    const actor = await requireActor();
    const fassung = new URL(request.url).searchParams.get('fassung') ?? undefined;
    const result = await exportStellungnahmeDocx(actor, { conceptId, fassung });
    return new Response(new Uint8Array(result.buffer), {
      headers: {
        'Content-Type': result.contentType,
        'Content-Disposition': contentDisposition(result.filename),
        'Content-Length': String(result.buffer.length),
        // The district's review is internal: never kept by shared caches or the browser cache.
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    const described = describeError(error);
    return Response.json({ error: described }, { status: HTTP_STATUS[described.code] });
  }
}

export const dynamic = 'force-dynamic';
