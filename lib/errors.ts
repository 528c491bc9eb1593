/**
 * The one error type use cases throw. The closed set of codes is translated once
 * into action results (lib/shared/action-result.ts) and HTTP statuses.
 */
export const ERROR_CODES = [
  'unauthenticated',
  'not_found',
  'forbidden',
  'invalid_input',
  'conflict',
  'rate_limited',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  unauthenticated: 'Bitte melden Sie sich an.',
  not_found: 'Die Seite oder der Eintrag wurde nicht gefunden.',
  forbidden: 'Für diese Aktion fehlt Ihnen die Berechtigung.',
  invalid_input: 'Die Eingaben sind unvollständig oder ungültig.',
  conflict: 'Der Eintrag wurde inzwischen geändert.',
  rate_limited: 'Zu viele Versuche. Bitte warten Sie einen Moment.',
  internal: 'Es ist ein unerwarteter Fehler aufgetreten. Bitte versuchen Sie es erneut.',
};

export const HTTP_STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  not_found: 404,
  forbidden: 403,
  invalid_input: 400,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    /** Per-field German messages for forms, or data the UI needs (e.g. the current head on conflict). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const notFound = (message?: string) => new AppError('not_found', message);
