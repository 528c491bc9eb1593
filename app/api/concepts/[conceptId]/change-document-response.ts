import type { Actor } from '@/lib/access';
import { requireActor } from '@/lib/auth/session';
import { HTTP_STATUS } from '@/lib/errors';
import type { ExportedDocx } from '@/lib/export/export-concept-docx';
import type { ChangeDocumentInput } from '@/lib/export/review-documents/change-model';
import { contentDisposition } from '@/lib/export/filename';
import { describeError } from '@/lib/shared/action-result';

type ChangeDocumentUseCase = (actor: Actor, input: ChangeDocumentInput) => Promise<ExportedDocx>;

/** Synopse and redline downloads: identity → query (von, bis) → use case → the file, or the error as JSON. */
export async function changeDocumentResponse(request: Request, params: Promise<{ conceptId: string }>, exportDocument: ChangeDocumentUseCase): Promise<Response> {
  const { conceptId } = await params;
  try {
    const actor = await requireActor();
    const query = new URL(request.url).searchParams;
    const result = await exportDocument(actor, { conceptId, from: query.get('von') ?? undefined, to: query.get('bis') ?? undefined });
    return new Response(new Uint8Array(result.buffer), {
      headers: {
        'Content-Type': result.contentType,
        'Content-Disposition': contentDisposition(result.filename),
        'Content-Length': String(result.buffer.length),
        // Concept texts are internal: never kept by shared caches or the browser cache.
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    const described = describeError(error);
    // Followed as a link or sent by the form on the Fassungen page, the browser shows the answer itself: a sentence, not JSON.
    if (request.headers.get('sec-fetch-mode') === 'navigate') {
      return new Response(described.message, { status: HTTP_STATUS[described.code], headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    }
    return Response.json({ error: described }, { status: HTTP_STATUS[described.code] });
  }
}
