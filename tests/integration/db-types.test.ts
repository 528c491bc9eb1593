import path from 'node:path';
import { sql } from 'kysely';
import ts from 'typescript';
import { getDb } from '@/db/client';

/**
 * db/types.ts is kept by hand next to the migrations (kysely-codegen would need a running
 * database to build and would flatten the hand-written unions and JSON shapes to `string` and
 * `Json`). This test is the guard instead: the run's database has every migration applied, and
 * its tables, columns, nullability and column types must be what the `Database` interface
 * declares. A migration without the matching change of db/types.ts (or the other way round)
 * fails here, not at run time.
 */

/** What a column reads as in JavaScript (node-postgres without custom type parsers). */
type Family = 'string' | 'number' | 'boolean' | 'Date' | 'json';

/** Postgres types as node-postgres returns them: int8 and numeric as strings, date and timestamps as Date, json parsed. */
const FAMILY_OF_PG_TYPE: Record<string, Family> = {
  uuid: 'string',
  text: 'string',
  'character varying': 'string',
  character: 'string',
  inet: 'string',
  bigint: 'string',
  numeric: 'string',
  integer: 'number',
  smallint: 'number',
  real: 'number',
  'double precision': 'number',
  boolean: 'boolean',
  date: 'Date',
  'timestamp with time zone': 'Date',
  'timestamp without time zone': 'Date',
  jsonb: 'json',
  json: 'json',
};

interface ColumnShape {
  family: Family | `unknown: ${string}`;
  isNullable: boolean;
}
type Shape = Record<string, Record<string, ColumnShape>>;

/** The tables and columns the `Database` interface declares, with the type a select returns. */
function declaredShape(): Shape {
  const file = path.resolve(__dirname, '../../db/types.ts');
  const program = ts.createProgram([file], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const database = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Database');
  if (!database) throw new Error('db/types.ts declares no interface Database');
  const familyOf = (type: ts.Type): ColumnShape['family'] => {
    if (type.flags & ts.TypeFlags.StringLike) return 'string';
    if (type.flags & ts.TypeFlags.NumberLike) return 'number';
    if (type.flags & ts.TypeFlags.BooleanLike) return 'boolean';
    if (type.getSymbol()?.getName() === 'Date') return 'Date';
    if (type.flags & ts.TypeFlags.Object) return 'json';
    return `unknown: ${checker.typeToString(type)}`;
  };
  const shape: Shape = {};
  for (const table of checker.getTypeAtLocation(database).getProperties()) {
    const tableType = checker.getTypeOfSymbolAtLocation(table, database);
    shape[table.getName()] = {};
    for (const column of tableType.getProperties()) {
      let type = checker.getTypeOfSymbolAtLocation(column, database);
      // ColumnType<Select, Insert, Update> and Generated<T>: what a select returns.
      const selected = type.getProperty('__select__');
      if (selected) type = checker.getTypeOfSymbolAtLocation(selected, database);
      const parts = type.isUnion() ? type.types : [type];
      const present = parts.filter((t) => !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
      const families = [...new Set(present.map(familyOf))];
      shape[table.getName()]![column.getName()] = {
        family: families.length === 1 ? families[0]! : `unknown: ${checker.typeToString(type)}`,
        isNullable: parts.some((t) => t.flags & ts.TypeFlags.Null),
      };
    }
  }
  return shape;
}

/** The tables and columns of the migrated database (Kysely's own migration tables left out). */
async function migratedShape(): Promise<Shape> {
  const { rows } = await sql<{ table_name: string; column_name: string; data_type: string; is_nullable: 'YES' | 'NO' }>`
    select table_name, column_name, data_type, is_nullable
    from information_schema.columns
    where table_schema = current_schema() and table_name not like 'kysely_migration%'
    order by table_name, ordinal_position
  `.execute(getDb());
  const shape: Shape = {};
  for (const row of rows) {
    shape[row.table_name] ??= {};
    shape[row.table_name]![row.column_name] = {
      family: FAMILY_OF_PG_TYPE[row.data_type] ?? `unknown: ${row.data_type}`,
      isNullable: row.is_nullable === 'YES',
    };
  }
  return shape;
}

describe('db/types.ts and the migrations', () => {
  it('declare the same tables, columns, nullability and column types', async () => {
    const [declared, migrated] = await Promise.all([Promise.resolve(declaredShape()), migratedShape()]);
    // The comparison itself can fail: a real column is found with a type.
    expect(migrated.users?.email).toEqual({ family: 'string', isNullable: false });
    expect(declared).toEqual(migrated);
  }, 60_000);
});
