import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Finds, from the source text alone, everything the access inventory must cover: the app's
 * pages, layouts, route handlers and server actions, and every exported function in lib/ that
 * takes an actor. Reading the syntax tree (not regular expressions) keeps multi-line and
 * generic signatures from slipping through.
 */

export const ROOT = path.resolve(__dirname, '..', '..');

function walk(dir: string, accept: (file: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) found.push(...walk(relative, accept));
    else if (accept(relative)) found.push(relative);
  }
  return found.sort();
}

function parse(file: string): ts.SourceFile {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2022, true, kind);
}

function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

function isDefaultExport(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
}

type FunctionLike = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression;

/** Exported functions of a file: declarations and `export const x = (async) (…) => …`. */
function exportedFunctions(source: ts.SourceFile): Array<{ name: string; node: FunctionLike }> {
  const result: Array<{ name: string; node: FunctionLike }> = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && isExported(statement)) {
      result.push({ name: isDefaultExport(statement) ? 'default' : (statement.name?.text ?? 'default'), node: statement });
    } else if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        let init = declaration.initializer;
        // `export const getActor = cache(async () => …)`: the wrapped function counts.
        if (init && ts.isCallExpression(init) && init.arguments[0]) init = init.arguments[0];
        if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && ts.isIdentifier(declaration.name)) {
          result.push({ name: declaration.name.text, node: init });
        }
      }
    } else if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      // `export { handler as GET }`: the local function under its exported name.
      for (const element of statement.exportClause.elements) {
        const local = findLocalFunction(source, (element.propertyName ?? element.name).text);
        if (local) result.push({ name: element.name.text, node: local });
      }
    }
  }
  return result;
}

function findLocalFunction(source: ts.SourceFile, name: string): FunctionLike | undefined {
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name?.text === name) return statement;
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        const init = d.initializer;
        if (ts.isIdentifier(d.name) && d.name.text === name && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) return init;
      }
    }
  }
  return undefined;
}

/** A parameter whose type mentions Actor anywhere (`Actor`, `Actor | undefined`, `Pick<Actor, 'userId'>` …). */
function hasActorParameter(fn: FunctionLike): boolean {
  const mentionsActor = (node: ts.Node): boolean =>
    (ts.isTypeReferenceNode(node) && node.typeName.getText() === 'Actor') || (ts.forEachChild(node, (child) => mentionsActor(child) || undefined) ?? false);
  return fn.parameters.some((p) => p.type !== undefined && mentionsActor(p.type));
}

function startsWithUseServer(body: ts.Node | undefined): boolean {
  if (!body || !ts.isBlock(body)) return false;
  const first = body.statements[0];
  return !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === 'use server';
}

function isUseServerFile(source: ts.SourceFile): boolean {
  const first = source.statements[0];
  return !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === 'use server';
}

/**
 * Every exported function in lib/ with a parameter of type Actor, as `lib/x/y.ts#name`.
 * lib/access is left out: it holds the rules themselves (tests/unit/permissions.test.ts and
 * concept-rules.test.ts check them as tables).
 */
export function scanActorFunctions(): string[] {
  const keys: string[] = [];
  for (const file of walk('lib', (f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) {
    if (file.startsWith('lib/access/')) continue;
    for (const { name, node } of exportedFunctions(parse(file))) {
      if (hasActorParameter(node)) keys.push(`${file}#${name}`);
    }
  }
  return keys.sort();
}

export type EndpointKind = 'page' | 'layout' | 'route' | 'action';

export interface ScannedEndpoint {
  key: string;
  kind: EndpointKind;
  /** Use cases (lib/…#name) the endpoint reaches, directly or through helpers in its own file. */
  calls: string[];
  /** Names of app/_lib/session functions it reaches (requireActor, requirePageActor, getActor). */
  session: string[];
  /** Whether it lets an account with a temporary password through (only the password change may). */
  allowsTemporaryPassword: boolean;
  /** Modules it imports at run time from db/ or any lib/**\/queries.ts (bypassing the use cases). */
  directDataImports: string[];
}

/** Resolves an import of an app file to a path relative to the repository, without extension. */
function resolveImport(fromFile: string, specifier: string): string | undefined {
  if (specifier.startsWith('@/')) return specifier.slice(2);
  if (specifier.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
  return undefined;
}

interface ImportInfo {
  /** local name → `module#exported` (module relative to the repository, no extension) */
  names: Map<string, string>;
  runtimeModules: string[];
}

function importsOf(file: string, source: ts.SourceFile): ImportInfo {
  const names = new Map<string, string>();
  const runtimeModules: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    const target = resolveImport(file, specifier) ?? specifier;
    const clause = statement.importClause;
    if (!clause) continue;
    if (clause.isTypeOnly) continue;
    let hasValue = false;
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        if (element.isTypeOnly) continue;
        hasValue = true;
        names.set(element.name.text, `${target}#${(element.propertyName ?? element.name).text}`);
      }
    }
    if (clause.name) {
      hasValue = true;
      names.set(clause.name.text, `${target}#default`);
    }
    if (bindings && ts.isNamespaceImport(bindings)) hasValue = true;
    if (hasValue) runtimeModules.push(target);
  }
  return { names, runtimeModules };
}

/** Identifiers a node refers to, following calls of functions declared in the same file. */
function reachedIdentifiers(start: ts.Node, locals: Map<string, ts.Node>): { names: Set<string>; text: string } {
  const names = new Set<string>();
  const seen = new Set<ts.Node>();
  let text = '';
  const visitRoot = (root: ts.Node) => {
    if (seen.has(root)) return;
    seen.add(root);
    text += root.getText();
    const visit = (node: ts.Node) => {
      if (ts.isIdentifier(node)) {
        names.add(node.text);
        const local = locals.get(node.text);
        if (local) visitRoot(local);
      }
      ts.forEachChild(node, visit);
    };
    visit(root);
  };
  visitRoot(start);
  return { names, text };
}

/**
 * What a page reaches through a plain helper module of app/ (e.g. a loader shared by two pages):
 * the imports the helper's exported function reaches, followed a few levels deep. Session and guard
 * helpers of app/_lib count as themselves.
 */
function throughAppHelper(reference: string, depth: number): string[] {
  const [module, name] = reference.split('#') as [string, string];
  if (depth > 3 || !module.startsWith('app/') || module.startsWith('app/_lib/')) return [];
  // Plain server modules only: components and server actions are endpoints or UI of their own.
  const file = `${module}.ts`;
  if (!existsSync(file) || endpointKind(file)) return [];
  const source = parse(file);
  if (isUseServerFile(source) || /^\s*['"]use client['"]/.test(source.getText())) return [];
  const fn = exportedFunctions(source).find((f) => f.name === name);
  if (!fn) return [];
  const imports = importsOf(file, source);
  const { names } = reachedIdentifiers(fn.node, localFunctions(source));
  const direct = [...names].map((n) => imports.names.get(n)).filter((v): v is string => v !== undefined);
  return [...direct, ...direct.flatMap((r) => throughAppHelper(r, depth + 1))];
}

function localFunctions(source: ts.SourceFile): Map<string, ts.Node> {
  const locals = new Map<string, ts.Node>();
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) locals.set(statement.name.text, statement);
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) locals.set(d.name.text, d.initializer);
    }
  }
  return locals;
}

function endpointKind(file: string): EndpointKind | undefined {
  if (/\/page\.tsx?$/.test(file)) return 'page';
  if (/\/layout\.tsx?$/.test(file)) return 'layout';
  if (/\/route\.tsx?$/.test(file)) return 'route';
  return undefined;
}

/** Modules that reach the database without a use case (db/types and the schema constants are plain data). */
const DATA_MODULES = [/^db\/(client|embedded|migrate|dialect)/, /^lib\/.+\/([a-z-]+-)?queries$/, /^kysely$/, /^pg$/, /^@electric-sql\//];

const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Every endpoint of app/: pages and layouts by file, route handlers by file and HTTP method,
 * server actions by file and exported function ('use server' files, and functions that start
 * with 'use server' anywhere in app/).
 */
export function scanEndpoints(useCases: ReadonlySet<string>): ScannedEndpoint[] {
  const endpoints: ScannedEndpoint[] = [];
  for (const file of walk('app', (f) => /\.tsx?$/.test(f))) {
    const source = parse(file);
    const imports = importsOf(file, source);
    const locals = localFunctions(source);
    const kind = endpointKind(file);
    const useServerFile = isUseServerFile(source);
    const describe = (key: string, kindOf: EndpointKind, node: ts.Node): ScannedEndpoint => {
      const { names, text } = reachedIdentifiers(node, locals);
      const direct = [...names].map((n) => imports.names.get(n)).filter((v): v is string => v !== undefined);
      const resolved = [...direct, ...direct.flatMap((r) => throughAppHelper(r, 0))];
      return {
        key,
        kind: kindOf,
        calls: [...new Set(resolved.map((r) => r.replace(/#/, '.ts#')).filter((r) => useCases.has(r)))].sort(),
        session: [...new Set(resolved.filter((r) => r.startsWith('app/_lib/session#')).map((r) => r.split('#')[1]!))].sort(),
        allowsTemporaryPassword: text.includes('allowTemporaryPassword'),
        directDataImports: imports.runtimeModules.filter((m) => DATA_MODULES.some((pattern) => pattern.test(m))),
      };
    };
    const functions = exportedFunctions(source);
    if (kind === 'page' || kind === 'layout') {
      const main = functions.find((f) => f.name === 'default');
      endpoints.push(describe(file, kind, main?.node ?? source));
    } else if (kind === 'route') {
      for (const { name, node } of functions) if (HTTP_METHODS.has(name)) endpoints.push(describe(`${file}#${name}`, 'route', node));
    } else if (useServerFile) {
      for (const { name, node } of functions) endpoints.push(describe(`${file}#${name}`, 'action', node));
    }
    if (!useServerFile) {
      // Inline server actions ('use server' as the first statement of a function body).
      const visit = (node: ts.Node) => {
        if ((ts.isFunctionDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && startsWithUseServer(node.body)) {
          const name = ts.isFunctionDeclaration(node) && node.name ? node.name.text : `inline@${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
          endpoints.push(describe(`${file}#${name}`, 'action', node));
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return endpoints.sort((a, b) => a.key.localeCompare(b.key));
}
