import { safeReturnPath } from '@/app/_lib/safe-return-path';

describe('safeReturnPath (no open redirect after sign-in or restore)', () => {
  it.each([
    ['/concepts/abc?x=1', '/concepts/abc?x=1'],
    ['/', '/'],
  ])('keeps the same-site path %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each(['//evil.example', '/\\evil.example', '/\t/evil.example', '/\n/evil.example', 'https://evil.example', 'evil', '', undefined, ['//x']])(
    'refuses %p',
    (input) => {
      expect(safeReturnPath(input)).toBe('/');
    },
  );
});
