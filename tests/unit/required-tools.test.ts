import { isCi, requireTool } from '../support/required-tools';

// The browser and PDF tests rely on this: a CI run without chromium or LibreOffice must fail, not pass
// with the tests skipped; a developer without them gets a skip and the reason.
describe('tools the tests need', () => {
  afterEach(() => jest.restoreAllMocks());

  it('treats CI=true and CI=1 as CI, an unset, empty, "0" or "false" CI as a local run', () => {
    expect(isCi({ CI: 'true' })).toBe(true);
    expect(isCi({ CI: '1' })).toBe(true);
    expect(isCi({})).toBe(false);
    expect(isCi({ CI: '' })).toBe(false);
    expect(isCi({ CI: '0' })).toBe(false);
    expect(isCi({ CI: 'False' })).toBe(false);
  });

  it('fails in CI when a tool is missing, naming it and how to install it', () => {
    expect(() => requireTool(false, 'chromium', 'apt-get install -y chromium', { CI: 'true' })).toThrow(
      /chromium nicht gefunden \(apt-get install -y chromium\).*CI/,
    );
  });

  it('locally skips a missing tool and prints why, once per tool', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(requireTool(false, 'Werkzeug-A', 'apt-get install -y werkzeug-a', {})).toBe(false);
    expect(requireTool(false, 'Werkzeug-A', 'apt-get install -y werkzeug-a', {})).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/Werkzeug-A nicht gefunden.*übersprungen/);
  });

  it('a present tool runs its tests in CI and locally', () => {
    expect(requireTool(true, 'chromium', 'apt-get install -y chromium', { CI: 'true' })).toBe(true);
    expect(requireTool(true, 'chromium', 'apt-get install -y chromium', {})).toBe(true);
  });
});
