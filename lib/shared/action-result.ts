import { z } from 'zod';
import { AppError, isAppError, type ErrorCode } from '../errors';

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: ActionError };

/** `details` carries what the UI needs to recover, e.g. the current text on a conflict. */
export interface ActionError {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
  details?: Record<string, unknown>;
}

/**
 * Runs a use case for a server action or route and turns its outcome into a
 * small serialisable result. Unknown errors are logged and reported generically,
 * so no stack trace ever reaches the page.
 */
export async function toActionResult<T>(run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

export function describeError(error: unknown): ActionError {
  if (error instanceof z.ZodError) {
    const fields = fieldMessages(error);
    return { code: 'invalid_input', message: 'Bitte prüfen Sie die markierten Angaben.', fields };
  }
  if (isAppError(error)) {
    const { fields, ...details } = (error.details ?? {}) as { fields?: Record<string, string> } & Record<string, unknown>;
    return {
      code: error.code,
      message: error.message,
      ...(fields ? { fields } : {}),
      ...(Object.keys(details).length > 0 ? { details } : {}),
    };
  }
  // Logged for operators; the page only gets a generic German message (no stack trace, no SQL).
  console.error('[unerwarteter Fehler]', error);
  return { code: 'internal', message: 'Es ist ein unerwarteter Fehler aufgetreten. Bitte versuchen Sie es erneut.' };
}

export function fieldMessages(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

/** Parses input with a zod schema; failures become invalid_input with German per-field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError('invalid_input', 'Bitte prüfen Sie die markierten Angaben.', {
      fields: fieldMessages(result.error),
    });
  }
  return result.data;
}
