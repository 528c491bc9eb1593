/**
 * Reading a document download in the browser (client-safe): the file's name from the response and
 * the German message of a refusal. Used by every download button.
 */

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

/** The server's German message, or `fallback(status)` when the answer is not ours (e.g. a proxy error page). */
export async function errorMessage(response: Response, fallback: (status: number) => string): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // not JSON
  }
  return fallback(response.status);
}
