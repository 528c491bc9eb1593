/**
 * Tools some tests need from the machine (chromium for the browser tests, LibreOffice and poppler for the
 * PDF checks). Locally a missing tool skips those tests and says why; in CI (`CI` set, as `.ci/run` does)
 * it fails them, because a green run that silently skipped the browser or the PDF checks proves nothing.
 */

/** Whether this run is CI: `CI` set to anything but empty, "0" or "false" (the convention CI services follow). */
export function isCi(env: Record<string, string | undefined> = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return Boolean(value) && value !== '0' && value !== 'false';
}

/**
 * Returns true when the tool is present. When it is missing: in CI throws (the test file fails with the
 * reason), locally prints the reason once per test file and returns false, so the caller skips.
 */
export function requireTool(isPresent: boolean, tool: string, install: string, env: Record<string, string | undefined> = process.env): boolean {
  if (isPresent) return true;
  const reason = `${tool} nicht gefunden (${install})`;
  if (isCi(env)) throw new Error(`${reason}: In CI ist das ein Fehler, kein Grund zum Überspringen.`);
  if (!warned.has(tool)) {
    warned.add(tool);
    console.warn(`[tests] ${reason}: Die Tests, die es brauchen, werden übersprungen.`);
  }
  return false;
}

const warned = new Set<string>();
