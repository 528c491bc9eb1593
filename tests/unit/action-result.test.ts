import { HTTP_STATUS, AppError } from '@/lib/errors';
import { describeError } from '@/lib/shared/action-result';

describe('describeError: what reaches the page', () => {
  it('an unexpected error becomes a generic German message with status 500, never its text or stack', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    const described = describeError(new Error('relation "users" does not exist at /srv/app/lib/x.ts:12'));
    spy.mockRestore();
    expect(described).toEqual({ code: 'internal', message: expect.stringContaining('unerwarteter Fehler') });
    expect(JSON.stringify(described)).not.toMatch(/relation|users|\.ts/);
    expect(HTTP_STATUS[described.code]).toBe(500);
  });

  it('an AppError keeps its German message, field messages and recovery details', () => {
    const described = describeError(new AppError('conflict', 'Jemand anderes hat gespeichert.', { head: { number: 3 }, fields: { x: 'y' } }));
    expect(described).toEqual({ code: 'conflict', message: 'Jemand anderes hat gespeichert.', fields: { x: 'y' }, details: { head: { number: 3 } } });
    expect(HTTP_STATUS[described.code]).toBe(409);
  });
});
