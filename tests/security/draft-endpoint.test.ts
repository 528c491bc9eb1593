/**
 * The autosave endpoint (POST /api/sections/:id/draft, lib/sections/save-section-draft.ts with the
 * rich text validation of lib/editor) fed with the hostile corpus: as text, as link targets, as
 * link titles and as every other attribute, plus oversized, deeply nested and malformed bodies.
 * Each request is refused with 400 and a German message (and stores nothing), or stored
 * harmlessly: the text loads back as typed, with the editor's documented clean-up applied
 * (invisible control characters dropped, a lone surrogate shown as „�“), and every stored link
 * has an allowed scheme.
 */
import { getDb } from '@/db/client';
import { POST as saveDraft } from '@/app/api/sections/[sectionId]/draft/route';
import { isAllowedLinkHref } from '@/lib/editor/link-policy';
import type { TiptapDoc, TiptapNode } from '@/lib/editor/types';
import { getSectionForEditing } from '@/lib/sections/get-section-for-editing';
import { buildConcept, sectionOf } from '../support/concept-factories';
import { buildDistrictTeam } from '../support/district-data-factories';
import { DISALLOWED_HREFS, HOSTILE_PAYLOADS, isGermanMessage, type HostilePayload } from './hostile-corpus';
import { mockActor } from '../support/next-session-mock';

jest.mock('@/app/_lib/session', () => jest.requireActual('../support/next-session-mock').givenActorSession);

const HOST = 'werkstatt.kreis-musterland.de';

let conceptId: string;
let sectionId: string;
let head = 0;

beforeAll(async () => {
  const team = await buildDistrictTeam();
  const concept = await buildConcept(team.coordinator, team.district.id);
  conceptId = concept.id;
  sectionId = (await sectionOf(concept.id, 'praeambel')).id;
  mockActor.current = team.editor;
});

function post(body: string | Uint8Array): Promise<Response> {
  const request = new Request(`https://${HOST}/api/sections/${sectionId}/draft`, {
    method: 'POST',
    headers: { host: HOST, origin: `https://${HOST}`, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]),
  });
  return saveDraft(request, { params: Promise.resolve({ sectionId }) });
}

async function revisionCount(): Promise<number> {
  const rows = await getDb().selectFrom('section_revisions').select('number').where('section_id', '=', sectionId).execute();
  return rows.length;
}

type Outcome = { stored: true; content: TiptapDoc } | { stored: false; message: string };

/** Sends a body; a refusal must be 400 with a German message and leave the revisions as they were. */
async function send(body: string | Uint8Array, label: string): Promise<Outcome> {
  const before = await revisionCount();
  const response = await post(body);
  const answer = (await response.json()) as { revision?: number; error?: { code: string; message: string } };
  if (response.status === 200) {
    head = answer.revision!;
    const loaded = await getSectionForEditing(mockActor.current!, conceptId, 'praeambel');
    return { stored: true, content: loaded.section.content };
  }
  const message = answer.error?.message ?? '';
  if (response.status !== 400 || answer.error?.code !== 'invalid_input' || !isGermanMessage(message)) {
    throw new Error(`${label}: expected a German refusal (400), got ${response.status} ${JSON.stringify(answer)}`);
  }
  expect(await revisionCount()).toBe(before);
  return { stored: false, message };
}

const sendDoc = (content: unknown, label: string) => send(JSON.stringify({ baseRevision: head, content }), label);
const docOf = (...blocks: TiptapNode[]): TiptapDoc => ({ type: 'doc', content: blocks });
const paragraph = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });
const text = (value: string, marks?: TiptapNode['marks']): TiptapNode => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });

/** The editor's documented clean-up of pasted text (lib/editor/validate-content.ts), written out independently. */
function cleaned(value: string): string {
  return value
    .replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function textsOf(node: TiptapNode, out: string[] = []): string[] {
  if (node.type === 'text') out.push(node.text ?? '');
  for (const child of node.content ?? []) textsOf(child, out);
  return out;
}

function linksOf(node: TiptapNode, out: string[] = []): string[] {
  for (const mark of node.marks ?? []) if (mark.type === 'link') out.push(String(mark.attrs?.href));
  for (const child of node.content ?? []) linksOf(child, out);
  return out;
}

describe('Autosave mit feindlichen Eingaben', () => {
  it.each(HOSTILE_PAYLOADS.map((p) => [p.id, p] as [string, HostilePayload]))('text %s: refused in German or stored as typed', async (_id, payload) => {
    const outcome = await sendDoc(docOf(paragraph(text(payload.text)), { type: 'heading', attrs: { level: 3 }, content: [text(payload.text, [{ type: 'bold' }])] }), payload.id);
    if (payload.id === 'nul' || payload.id === 'long-300k') {
      expect(outcome.stored).toBe(false);
      return;
    }
    if (!outcome.stored) throw new Error(`${payload.id} was refused (${outcome.message}), but it is harmless text`);
    expect(textsOf(outcome.content)).toEqual([cleaned(payload.text), cleaned(payload.text)]);
  });

  it.each(DISALLOWED_HREFS.map((p) => [p.id, p] as [string, HostilePayload]))('link to %s is refused with a German message', async (_id, payload) => {
    const outcome = await sendDoc(docOf(paragraph(text('Hilfe', [{ type: 'link', attrs: { href: payload.text } }]))), payload.id);
    expect(outcome).toMatchObject({ stored: false, message: expect.stringMatching(/Link/) });
  });

  it('a link with an allowed scheme that tries to break out of its attribute is stored as an inert address', async () => {
    const href = HOSTILE_PAYLOADS.find((p) => p.id === 'https-quote-break')!.text;
    const outcome = await sendDoc(docOf(paragraph(text('Kreis', [{ type: 'link', attrs: { href, target: '_blank', rel: 'opener', class: 'x" onclick="y' } }]))), 'https-quote-break');
    if (!outcome.stored) throw new Error(outcome.message);
    const link = outcome.content.content![0]!.content![0]!.marks![0]!;
    expect(link.attrs).toMatchObject({ href, target: null, rel: 'noopener noreferrer nofollow', class: null });
  });

  it.each(HOSTILE_PAYLOADS.filter((p) => p.category !== 'oversized').map((p) => [p.id, p] as [string, HostilePayload]))(
    'link title, heading level, list type, cell alignment and data field name %s: refused or inert',
    async (_id, payload) => {
      const title = await sendDoc(docOf(paragraph(text('Kreis', [{ type: 'link', attrs: { href: 'https://kreis.example', title: payload.text } }]))), payload.id);
      if (title.stored) {
        expect(title.content.content![0]!.content![0]!.marks![0]!.attrs?.title).toBe(cleaned(payload.text.replace(/\u0000/g, '')));
      }
      const attributes: unknown[] = [
        docOf({ type: 'heading', attrs: { level: payload.text }, content: [text('Titel')] }),
        docOf({ type: 'orderedList', attrs: { type: payload.text }, content: [{ type: 'listItem', content: [paragraph(text('Punkt'))] }] }),
        docOf({ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { align: payload.text }, content: [paragraph(text('Zelle'))] }] }] }),
        docOf(paragraph({ type: 'dataField', attrs: { name: payload.text } })),
        docOf({ type: payload.text, content: [text('x')] }),
        docOf(paragraph(text('x', [{ type: payload.text }]))),
        docOf(paragraph(text('x', [{ type: 'bold', attrs: { onclick: payload.text } }]))),
        docOf({ type: 'paragraph', attrs: { style: payload.text }, content: [text('x')] }),
      ];
      for (const content of attributes) await expect(sendDoc(content, payload.id)).resolves.toMatchObject({ stored: false });
    },
  );

  it('oversized, deeply nested and malformed bodies are refused in German and store nothing', async () => {
    const cases: [string, string | Uint8Array][] = [
      ['over two million characters', JSON.stringify({ baseRevision: head, content: docOf(paragraph(text('x'.repeat(2_100_000)))) })],
      ['text over the section limit', JSON.stringify({ baseRevision: head, content: docOf(...Array.from({ length: 200 }, () => paragraph(text('Schutz '.repeat(130))))) })],
      ['many empty nodes over the byte limit', JSON.stringify({ baseRevision: head, content: docOf(...Array.from({ length: 8_000 }, () => paragraph(text('ab', [{ type: 'bold' }, { type: 'italic' }])))) })],
      ['blockquotes nested 10,000 deep', `{"baseRevision":${head},"content":{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(10_000)}{"type":"paragraph"}${']}'.repeat(10_000)}]}}`],
      ['lists nested 30 deep', JSON.stringify({ baseRevision: head, content: nestedLists(30) })],
      ['JSON arrays nested 100,000 deep', `{"baseRevision":${head},"content":${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
      ['not JSON', '{"baseRevision":0,"content":'],
      ['JSON null', 'null'],
      ['a string', '"<script>window.__pwned()</script>"'],
      ['a base revision as text', JSON.stringify({ baseRevision: "0; DROP TABLE sections; --", content: docOf(paragraph(text('x'))) })],
      ['a prototype key', `{"baseRevision":${head},"content":{"type":"doc","__proto__":{"isAdmin":true},"content":[{"type":"paragraph"}]}}`],
      ['a table inside a table', JSON.stringify({ baseRevision: head, content: docOf(tableWith(tableWith(paragraph(text('x'))))) })],
      ['a table of 30 columns', JSON.stringify({ baseRevision: head, content: docOf({ type: 'table', content: [{ type: 'tableRow', content: Array.from({ length: 30 }, () => cell()) }] }) })],
      ['a link target with half an emoji', JSON.stringify({ baseRevision: head, content: docOf(paragraph(text('Kreis', [{ type: 'link', attrs: { href: 'https://kreis.example/\ud83d' } }]))) })],
      ['an empty document', JSON.stringify({ baseRevision: head, content: { type: 'doc', content: [] } })],
      ['a text node with a number', JSON.stringify({ baseRevision: head, content: docOf(paragraph({ type: 'text', text: 42 } as unknown as TiptapNode)) })],
    ];
    for (const [label, body] of cases) {
      const outcome = await send(body, label);
      expect({ label, stored: outcome.stored }).toEqual({ label, stored: false });
    }
  });

  it('answers, stored or refused, are data: nothing in them may load or run, nobody may frame them, nobody may cache them', async () => {
    // The route skips proxy.ts (no per-response nonce needed), so it must bring its own policy.
    const stored = await post(JSON.stringify({ baseRevision: head, content: docOf(paragraph(text(`Stand ${Date.now()}`))) }));
    const refused = await post('{"baseRevision":0,"content":');
    for (const response of [stored, refused]) {
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers.get('cache-control')).toContain('no-store');
    }
    expect([stored.status, refused.status]).toEqual([200, 400]);
    head = ((await stored.json()) as { revision: number }).revision;
  });

  it('bytes that are not UTF-8 arrive as „�“ and are stored harmlessly', async () => {
    const prefix = new TextEncoder().encode(`{"baseRevision":${head},"content":{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Haus `);
    const suffix = new TextEncoder().encode(' Nord"}]}]}}');
    const body = new Uint8Array([...prefix, 0xff, 0xc3, 0x28, 0xed, 0xa0, 0x80, ...suffix]);
    const outcome = await send(body, 'invalid UTF-8');
    if (!outcome.stored) throw new Error(outcome.message);
    const stored = textsOf(outcome.content).join('');
    expect(stored.startsWith('Haus ') && stored.endsWith(' Nord')).toBe(true);
    expect(stored.slice(5, -5)).toMatch(/^\ufffd+\(?\ufffd*$/);
    expect(linksOf(outcome.content).every(isAllowedLinkHref)).toBe(true);
  });
});

function nestedLists(depth: number): TiptapDoc {
  let node: TiptapNode = paragraph(text('innen'));
  for (let i = 0; i < depth; i++) node = { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Punkt')), node] }] };
  return docOf(node);
}

function cell(...content: TiptapNode[]): TiptapNode {
  return { type: 'tableCell', content: content.length ? content : [paragraph(text('Zelle'))] };
}

function tableWith(...content: TiptapNode[]): TiptapNode {
  return { type: 'table', content: [{ type: 'tableRow', content: [cell(...content)] }] };
}
