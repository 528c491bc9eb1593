const ORIGIN = 'https://werkstatt.invalid';

/**
 * Only same-site paths are accepted as return targets (no open redirect). Browsers
 * drop tabs and newlines and treat backslashes as slashes, so "/\t/evil.example"
 * would leave the site: anything with control characters or backslashes is
 * refused, and the path must resolve to our own origin.
 */
export function safeReturnPath(value: unknown, fallback = '/'): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (typeof path !== 'string' || !path.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(path)) return fallback;
  try {
    const url = new URL(path, ORIGIN);
    return url.origin === ORIGIN ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
