/**
 * Postgres' unique_violation (23505), optionally for one constraint or index. Two
 * requests can both pass a "name still free?" check and race to insert; the unique
 * index decides, and the loser must get the same German answer as a normal duplicate.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pgError = error as { code?: string; constraint?: string } | null;
  return pgError?.code === '23505' && (constraint === undefined || pgError.constraint === constraint);
}

/** Postgres' foreign_key_violation (23503): a row is still referenced (or a referenced row is gone). */
export function isForeignKeyViolation(error: unknown, constraint?: string): boolean {
  const pgError = error as { code?: string; constraint?: string } | null;
  return pgError?.code === '23503' && (constraint === undefined || pgError.constraint === constraint);
}
