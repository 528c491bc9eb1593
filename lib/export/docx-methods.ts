/**
 * Two of docx's prepForXml methods, replaced by equivalents that take less time (part of docx-compile.ts's speed-up,
 * see there): the base component's collects its children in one loop instead of flatMap + filter with a closure per
 * call (it runs for every element of the document), and the attribute components' (widths, shading, borders …)
 * collect their attributes into one object instead of copying the object for each attribute. Each is replaced only
 * when docx's method has the source it was written against; docx-compile.test.ts compares whole documents written
 * with and without them (withDocxAlone).
 */
import { BaseXmlComponent, EMPTY_OBJECT, NextAttributeComponent, XmlComponent } from 'docx';

type Xmlable = Record<string, unknown>;

// -- collecting children -----------------------------------------------------------------------------------------

/** docx's own prepForXml of XmlComponent, as written in the pinned version (whitespace aside). */
const EXPECTED_PREP = `prepForXml(context) {
		var _children$;
		context.stack.push(this);
		const children = this.root.flatMap((comp) => {
			if (isXmlComponent(comp)) {
				const parts = comp.writtenAs;
				return parts ? parts.map((part) => part.prepForXml(context)) : comp.prepForXml(context);
			}
			return comp;
		}).filter((comp) => comp !== void 0);
		context.stack.pop();
		return { [this.rootKey]: children.length ? children.length === 1 && ((_children$ = children[0]) === null || _children$ === void 0 ? void 0 : _children$._attr) ? children[0] : children : EMPTY_OBJECT };
	}`;
const squeeze = (source: string) => source.replace(/\s+/g, ' ').trim();

interface Component {
  root: unknown[];
  rootKey: string;
  writtenAs: Component[] | undefined;
  prepForXml(context: { stack: unknown[] }): unknown;
}

const isComponent = (value: unknown): value is Component =>
  value instanceof BaseXmlComponent || (typeof value === 'object' && value !== null && typeof (value as { prepForXml?: unknown }).prepForXml === 'function');

/** The same as docx's prepForXml of XmlComponent: the children's objects in order, flattened one level, without undefined. */
function collectChildren(this: Component, context: { stack: unknown[] }): Xmlable {
  context.stack.push(this);
  const children: unknown[] = [];
  for (const comp of this.root) {
    let out: unknown;
    if (isComponent(comp)) {
      const parts = comp.writtenAs;
      if (parts) {
        for (const part of parts) {
          const prepared = part.prepForXml(context);
          if (prepared !== undefined) children.push(prepared);
        }
        continue;
      }
      out = comp.prepForXml(context);
    } else {
      out = comp;
    }
    if (Array.isArray(out)) {
      for (const item of out) if (item !== undefined) children.push(item);
    } else if (out !== undefined) {
      children.push(out);
    }
  }
  context.stack.pop();
  const only = children.length === 1 ? (children[0] as { _attr?: unknown } | null) : undefined;
  return { [this.rootKey]: children.length ? (only?._attr ? only : children) : EMPTY_OBJECT };
}

// -- attributes ----------------------------------------------------------------------------------------------------

/** docx's own prepForXml of NextAttributeComponent (table and cell widths, shading, borders …), as in the pinned version. */
const EXPECTED_ATTRIBUTES_PREP = `prepForXml(_) {
		return { _attr: Object.values(this.root).filter(({ value }) => value !== void 0).reduce((acc, { key, value }) => _objectSpread2(_objectSpread2({}, acc), {}, { [key]: value }), {}) };
	}`;

/**
 * The same as docx's: the attributes with a value, by their XML names, in order (a name given twice keeps its first
 * place and its last value). docx copies the collected attributes into a new object for each one.
 */
function attributeObject(this: { root: Record<string, { key: string; value: unknown }> }): { _attr: Record<string, unknown> } {
  const attributes: Record<string, unknown> = {};
  for (const { key, value } of Object.values(this.root)) {
    if (value === undefined) continue;
    // A literal's computed key defines an own property, where assigning "__proto__" would set the prototype.
    if (key === '__proto__') Object.defineProperty(attributes, key, { value, enumerable: true, writable: true, configurable: true });
    else attributes[key] = value;
  }
  return { _attr: attributes };
}

type Method = (...args: unknown[]) => unknown;
/** A method of docx replaced by an equivalent (above), where its source is the one the equivalent was written against. */
interface Replacement {
  name: string;
  target: { prepForXml: Method };
  expected: string;
  replacement: Method;
  original?: Method;
}
const REPLACEMENTS: Replacement[] = [
  { name: 'XmlComponent.prepForXml', target: XmlComponent.prototype as never, expected: EXPECTED_PREP, replacement: collectChildren as Method },
  {
    name: 'NextAttributeComponent.prepForXml',
    target: NextAttributeComponent.prototype as never,
    expected: EXPECTED_ATTRIBUTES_PREP,
    replacement: attributeObject as Method,
  },
];
/**
 * What an installed replacement replaced, on the replacement itself, under a key every copy of this module in the
 * process shares: Next's build gives each route and page that renders a copy of its own, all of them replacing on
 * docx's one prototype, so a copy that comes second finds its method replaced by an equal of its own, not docx's.
 */
const INSTALLED = Symbol.for('schutzkonzept-werkstatt.docx-methods.replaced');
type Installed = { name: string; original: Method };
const installedOf = (method: Method): Installed | undefined => (method as Method & { [INSTALLED]?: Installed })[INSTALLED];

/** Replaces the methods whose source is as expected; gives why the others are not replaced. */
export function replaceMethods(): string[] {
  const problems: string[] = [];
  for (const method of REPLACEMENTS) {
    const current = method.target.prepForXml;
    if (current === method.replacement) continue;
    // Replaced by another copy of this module: the same method, from the same source.
    const installed = installedOf(current);
    if (installed?.name === method.name) {
      method.original = installed.original;
      method.replacement = current;
      continue;
    }
    if (squeeze(current.toString()) !== squeeze(method.expected)) problems.push(`${method.name} ist in dieser docx-Version anders`);
    else {
      method.original = current;
      Object.defineProperty(method.replacement, INSTALLED, { value: { name: method.name, original: current } satisfies Installed, configurable: true });
      method.target.prepForXml = method.replacement;
    }
  }
  return problems;
}

/** `task` with docx's own prepForXml methods, as they were before this module replaced them (tests compare with them). */
export function withDocxAlone<T>(task: () => T): T {
  const replaced = REPLACEMENTS.filter((method) => method.original && method.target.prepForXml === method.replacement);
  for (const method of replaced) method.target.prepForXml = method.original!;
  try {
    return task();
  } finally {
    for (const method of replaced) method.target.prepForXml = method.replacement;
  }
}
