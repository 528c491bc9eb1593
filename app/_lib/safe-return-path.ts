const ORIGIN = 'https://werkstatt.invalid';

/**
 * Only same-site paths are accepted as return targets (no open redirect). Browsers
 * drop tabs and newlines and treat backslashes as slashes, so "/\t/evil.example"
 * would leave the site: anything with control characters or backslashes is
 * refused, and the path must resolve to our own origin. The resolved path is what
 * the browser is sent to, and dot segments collapse on the way ("/.//evil.example",
 * "/%2e//evil.example" become "//evil.example", which a browser reads as another
 * host): a result starting with two slashes (or a slash and a backslash) is refused too.
 */
export function safeReturnPath(value: unknown, fallback = '/'): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (typeof path !== 'string' || !path.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(path)) return fallback;
  try {
    const url = new URL(path, ORIGIN);
    if (url.origin !== ORIGIN) return fallback;
    const resolved = `${url.pathname}${url.search}${url.hash}`;
    return /^\/[/\\]/.test(resolved) ? fallback : resolved;
  } catch {
    return fallback;
  }
}
