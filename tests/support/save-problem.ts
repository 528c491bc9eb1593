import { validateRichText } from '@/lib/editor/validate-content';

/**
 * The German message with which saving this content would be refused (validateRichText, the
 * same check the server runs), or null when it would be saved. Tests assert `toBeNull()`, so a
 * failure shows the reason instead of a bare "threw".
 */
export function saveProblem(json: unknown): string | null {
  try {
    validateRichText(json);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
