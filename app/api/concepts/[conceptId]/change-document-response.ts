import { HTTP_STATUS } from '@/lib/errors';
import type { ExportedDocx } from '@/lib/export/export-concept-docx';
import { contentDisposition } from '@/lib/export/filename';
import { describeError } from '@/lib/shared/action-result';

/** The two Fassungen of a Synopse or redline download: ?von=<n>[&bis=<m>|aktuell] (the use case checks them). */
export function comparedFassungen(request: Request): { from: string | undefined; to: string | undefined } {
  const query = new URL(request.url).searchParams;
  return { from: query.get('von') ?? undefined, to: query.get('bis') ?? undefined };
}

export function docxDownload(result: ExportedDocx): Response {
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
}

export function downloadError(request: Request, error: unknown): Response {
  const described = describeError(error);
  // Followed as a link or sent by the form on the Fassungen page, the browser shows the answer itself: a sentence, not JSON.
  if (request.headers.get('sec-fetch-mode') === 'navigate') {
    return new Response(described.message, { status: HTTP_STATUS[described.code], headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return Response.json({ error: described }, { status: HTTP_STATUS[described.code] });
}
