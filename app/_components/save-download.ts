/**
 * Browser side of a document download from a route handler of the Werkstatt (answered with
 * Content-Disposition): the file's name, the German message of a refusal, and saving the file.
 * Shared by the download buttons.
 */

/** What a download button says when the request itself failed (offline, server down). */
export const SERVER_UNREACHABLE = 'Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.';

/** The UTF-8 name from `filename*`, else the plain `filename`, else `fallback`. */
export function filenameFrom(disposition: string | null, fallback: string): string {
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (utf8) {
    try {
      return decodeURIComponent(utf8);
    } catch {
      // fall through to the ASCII name
    }
  }
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

/** The German message the server sent with a refusal; `otherwise(status)` when there is none (e.g. a proxy error page). */
export async function refusalMessage(response: Response, otherwise: (status: number) => string): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // not JSON
  }
  return otherwise(response.status);
}

/** Hands the file to the browser's download under `filename`. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
