import { HTTP_STATUS } from '@/lib/errors';
import { contentDisposition } from '@/lib/export/filename';
import { describeError } from '@/lib/shared/action-result';

/** A document a use case produced for download. */
export interface DownloadFile {
  buffer: Buffer;
  contentType: string;
  filename: string;
}

/**
 * The response of a document download route: the file under its name, never kept by shared caches
 * or the browser cache (concept texts and reviews are internal), never sniffed as something else.
 */
export function downloadResponse(file: DownloadFile, headers: Record<string, string> = {}): Response {
  return new Response(new Uint8Array(file.buffer), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': contentDisposition(file.filename),
      'Content-Length': String(file.buffer.length),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    },
  });
}

/**
 * A refused or failed download with its German message: as JSON for the download buttons (which show it),
 * as a plain sentence when the browser followed a link or sent a form and shows the answer itself.
 */
export function downloadErrorResponse(error: unknown, request?: Request): Response {
  const described = describeError(error);
  if (request?.headers.get('sec-fetch-mode') === 'navigate') {
    return new Response(described.message, { status: HTTP_STATUS[described.code], headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return Response.json({ error: described }, { status: HTTP_STATUS[described.code] });
}
