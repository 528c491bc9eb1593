import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getSchema, resolveExtensions, type AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import {
  ALLOWED_HEADING_LEVELS,
  ALLOWED_LINK_PROTOCOLS,
  EDITOR_SCHEMA_VERSION,
  SUPPORTED_MARK_TYPES,
  SUPPORTED_NODE_TYPES,
  editorExtensions,
  getEditorSchema,
} from '../../lib/editor/extensions';
import { findLinkHrefProblem, isAllowedLinkHref, normaliseLinkHref, shouldAutoLinkText } from '../../lib/editor/link-policy';

describe('editor schema', () => {
  it('contains exactly the nodes and marks the export supports', () => {
    const schema = getEditorSchema();
    expect(Object.keys(schema.nodes).sort()).toEqual([...SUPPORTED_NODE_TYPES].sort());
    expect(Object.keys(schema.marks).sort()).toEqual([...SUPPORTED_MARK_TYPES].sort());
    for (const unsupported of ['codeBlock', 'horizontalRule', 'image']) expect(schema.nodes[unsupported]).toBeUndefined();
    expect(schema.marks.code).toBeUndefined();
  });

  it('is built once and shared', () => {
    expect(getEditorSchema()).toBe(getEditorSchema());
    expect(editorExtensions.map((e) => e.name)).toEqual(['textKit', 'tableKit', 'dataField']);
  });

  it('is StarterKit without inline code, code blocks and horizontal rules: same extensions, order and schema', () => {
    // text-kit.ts imports the extensions one by one so the browser does not get the unused ones.
    const [textKit, ...rest] = editorExtensions;
    const starter = StarterKit.configure({ ...(textKit!.options as object), code: false, codeBlock: false, horizontalRule: false });
    const names = (list: AnyExtension[]) =>
      resolveExtensions(list)
        .filter((e) => e.name !== 'starterKit' && e.name !== 'textKit')
        .map((e) => `${e.type}:${e.name}:${e.config.priority ?? 100}`);
    expect(names(editorExtensions)).toEqual(names([starter, ...rest]));
    // Functions by their source: the two kits load the same extensions from different entry points.
    const spec = (list: AnyExtension[]) => {
      const schema = getSchema(list);
      const json = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'function' ? String(v) : v));
      return {
        nodes: Object.entries(schema.nodes).map(([name, type]) => [name, json(type.spec)]),
        marks: Object.entries(schema.marks).map(([name, type]) => [name, json(type.spec)]),
      };
    };
    expect(spec(editorExtensions)).toEqual(spec([starter, ...rest]));
  });

  it('names the installed Tiptap version in the stored schema version', () => {
    const pkg = JSON.parse(readFileSync(join(process.cwd(), 'node_modules/@tiptap/core/package.json'), 'utf8')) as { version: string };
    expect(EDITOR_SCHEMA_VERSION.startsWith(`tiptap-${pkg.version}/`)).toBe(true);
  });

  it('allows headings 3 and 4 and the four link protocols', () => {
    expect(ALLOWED_HEADING_LEVELS).toEqual([3, 4]);
    expect(ALLOWED_LINK_PROTOCOLS).toEqual(['http', 'https', 'mailto', 'tel']);
  });
});

describe('link policy', () => {
  it.each(['https://kreis.de', 'HTTPS://KREIS.DE/x', 'http://localhost:3000/a', 'mailto:a@b.de', 'tel:+49301234', 'MAILTO:a@b.de'])(
    'allows %s',
    (href) => expect(isAllowedLinkHref(href)).toBe(true),
  );

  it.each([
    ['javascript:alert(1)', 'scheme'],
    ['JavaScript:alert(1)', 'scheme'],
    [' javascript:alert(1)', 'whitespace'],
    ['java\nscript:alert(1)', 'whitespace'],
    ['java\tscript:alert(1)', 'whitespace'],
    ['\u0000javascript:alert(1)', 'whitespace'],
    ['javascript\u200b:alert(1)', 'whitespace'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'scheme'],
    ['vbscript:msgbox(1)', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['/relativ/pfad', 'no_scheme'],
    ['//evil.example', 'no_scheme'],
    ['javascript&colon;alert(1)', 'no_scheme'],
    ['https:javascript:alert(1)', 'no_host'],
    ['https://', 'no_host'],
    ['mailto:', 'no_host'],
    ['', 'empty'],
    ['very long https', 'too_long'],
  ])('rejects %j (%s)', (shown, problem) => {
    const href = shown === 'very long https' ? `https://x.de/${'a'.repeat(2100)}` : shown;
    expect(findLinkHrefProblem(href)).toBe(problem);
    expect(isAllowedLinkHref(href)).toBe(false);
  });

  it('completes www. addresses and bare e-mail addresses, nothing else', () => {
    expect(normaliseLinkHref('www.kreis.de/x')).toBe('https://www.kreis.de/x');
    expect(normaliseLinkHref('info@kreis.de')).toBe('mailto:info@kreis.de');
    for (const kept of ['kreis.de', '/pfad', 'javascript:alert(1)', 'www.', 'a@b', 'https://x.de']) expect(normaliseLinkHref(kept)).toBe(kept);
  });

  it('lets the editor accept exactly what the validator accepts (after completion)', () => {
    const ext = editorExtensions[0]!;
    const options = (ext.options as { link: { isAllowedUri: (url: string, ctx: unknown) => boolean } }).link;
    for (const url of ['www.kreis.de', 'info@kreis.de', 'https://kreis.de', 'tel:+49301234']) expect(options.isAllowedUri(url, {})).toBe(true);
    for (const url of ['kreis.de', 'javascript:alert(1)', 'ftp://kreis.de', 'sms:123', ' https://kreis.de']) expect(options.isAllowedUri(url, {})).toBe(false);
  });

  it('autolinks only unmistakable links', () => {
    expect(shouldAutoLinkText('https://kreis.de')).toBe(true);
    expect(shouldAutoLinkText('www.kreis.de')).toBe(true);
    expect(shouldAutoLinkText('gewaltschutz@kreis.de')).toBe(true);
    expect(shouldAutoLinkText('kreis.de')).toBe(false);
    expect(shouldAutoLinkText('z.B.')).toBe(false);
  });
});
