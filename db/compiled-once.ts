import { CompiledQuery, type Compilable } from 'kysely';
import type { Db } from './client';

/** What a parameter of the built query is: one of the caller's values (by name), or a value of the query itself. */
type Slot = { key: string } | { value: unknown };

const MARKER = '\u0000skw-param:';
/** Ends every stand-in: mixed case and spaces, so that trimming or changing the case of a value changes it too. */
const TAIL = ' Xq ';

/**
 * A query of the busiest paths (every autosave, every request's session) whose SQL Kysely builds and compiles once,
 * not on every call: the first call builds it with stand-ins for the caller's values and notes where each of them
 * goes among the query's parameters; later calls only put the values in. Saves building the query tree and compiling
 * it (about a third of a millisecond per query on the server's one thread, profiled under load in bench:profile).
 *
 * `build` must use each value as it is (not a value computed from it: that is computed before the call) and must
 * give the same SQL for any values: no lists (`in`), no clauses that depend on a value. A value used otherwise
 * makes the first call throw, so a mistake shows at once in the tests. `variant` keeps one compiled form per shape
 * when the caller builds two (e.g. with and without an audit entry).
 */
export function compiledOnce<P extends Record<string, unknown>, R>(build: (db: Db, params: P) => Compilable<R>) {
  const shapes = new Map<string, { sql: string; slots: Slot[] }>();
  const shapeOf = (db: Db, params: P, variant: string) => {
    const known = shapes.get(variant);
    if (known) return known;
    const keyOf = new Map(Object.keys(params).map((key) => [`${MARKER}${key}${TAIL}`, key]));
    const stand = Object.fromEntries([...keyOf].map(([marker, key]) => [key, marker])) as P;
    const compiled = build(db, stand).compile();
    const used = new Set<string>();
    const slots = compiled.parameters.map((value): Slot => {
      const key = typeof value === 'string' ? keyOf.get(value) : undefined;
      if (key !== undefined) {
        used.add(key);
        return { key };
      }
      if (typeof value === 'string' && value.includes(MARKER)) throw new Error(`compiledOnce: ein Wert wird im Query umgerechnet (${value})`);
      return { value };
    });
    const unused = Object.keys(params).filter((key) => !used.has(key));
    if (unused.length > 0) throw new Error(`compiledOnce: Werte ohne Platz im Query: ${unused.join(', ')}`);
    const shape = { sql: compiled.sql, slots };
    shapes.set(variant, shape);
    return shape;
  };
  return async (db: Db, params: P, variant = ''): Promise<R[]> => {
    const { sql, slots } = shapeOf(db, params, variant);
    const result = await db.executeQuery<R>(CompiledQuery.raw(sql, slots.map((slot) => ('key' in slot ? params[slot.key] : slot.value))));
    return result.rows;
  };
}
