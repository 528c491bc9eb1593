import { safeReturnPath } from '@/app/_lib/safe-return-path';

describe('safeReturnPath (no open redirect after sign-in or restore)', () => {
  it.each([
    ['/concepts/abc?x=1', '/concepts/abc?x=1'],
    ['/', '/'],
    // Dot segments inside the site stay harmless.
    ['/concepts/./abc/../def', '/concepts/def'],
  ])('keeps the same-site path %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each(['//evil.example', '/\\evil.example', '/\t/evil.example', '/\n/evil.example', 'https://evil.example', 'evil', '', undefined, ['//x']])(
    'refuses %p',
    (input) => {
      expect(safeReturnPath(input)).toBe('/');
    },
  );

  // Dot segments collapse when the path is resolved, and "//host" is another site for the browser.
  it.each(['/.//evil.example/phish', '/..//evil.example', '/%2e//evil.example', '/%2E%2E//evil.example', '/a/..//evil.example', '/a/%2e%2e//evil.example?x=1'])(
    'refuses %p, which resolves to a path starting with //',
    (input) => {
      expect(safeReturnPath(input)).toBe('/');
    },
  );
});
