/**
 * A reference concept for the export benchmark: every template section filled
 * with generated, fictional German text (paragraphs with marks and links, nested
 * bullet and ordered lists, tables, quotes, sub-headings), about 100 pages.
 * Deterministic (seeded), built in memory, no database.
 */
import { buildFieldValues } from '@/lib/concepts/field-values';
import type { TiptapDoc, TiptapMark, TiptapNode } from '@/lib/editor/types';
import { validateRichText } from '@/lib/editor/validate-content';
import { flattenSections, getTemplate } from '@/lib/templates';
import { buildExportModel } from '@/lib/export/build-model';
import type { ExportDocument } from '@/lib/export/model';

function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)), pick: <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}
type Rng = ReturnType<typeof prng>;

const WHO = ['Die Gewaltschutzkoordination', 'Die Einrichtungsleitung', 'Der Sicherheitsdienst', 'Die Sozialarbeit', 'Der Bewohner:innenbeirat', 'Das Jugendamt', 'Die Steuerungsgruppe', 'Die Hausmeisterei'];
const DOES = ['prüft', 'dokumentiert', 'bespricht', 'überarbeitet', 'begleitet', 'koordiniert', 'bewertet', 'veröffentlicht'];
const WHAT = ['die Beschwerdewege', 'den Aushang „Hilfe im Notfall“', 'die Risikoanalyse der Unterkunft', 'die Schulungen zum Kinderschutz', 'die Schließanlage im Frauenbereich', 'die Ablaufpläne', 'das Kontaktverzeichnis', 'die Beleuchtung der Außenwege'];
const HOW = ['einmal im Quartal', 'gemeinsam mit den Bewohner:innen', 'in mehreren Sprachen', 'nach jedem gravierenden Vorfall', 'mit Unterstützung der DeBUG-Beratung', 'vertraulich und ohne Namen', 'bis zum Ende des Jahres', 'in der Teambesprechung'];
const WORDS = ['Schutzraum', 'Beteiligung', 'Sprachmittlung', 'Nachtbereitschaft', 'Beschwerdestelle', 'Fallbesprechung', 'Frauencafé', 'Kinderschutzfachkraft', 'Hausordnung', 'Rufbereitschaft'];

const text = (t: string, marks?: TiptapMark[]): TiptapNode => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const sentence = (rng: Rng) => `${rng.pick(WHO)} ${rng.pick(DOES)} ${rng.pick(WHAT)} ${rng.pick(HOW)}.`;

function paragraph(rng: Rng, sentences: number): TiptapNode {
  const content: TiptapNode[] = [];
  for (let i = 0; i < sentences; i++) {
    const s = `${sentence(rng)} `;
    const kind = rng.int(0, 9);
    if (kind === 0) content.push(text(s, [{ type: 'bold' }]));
    else if (kind === 1) content.push(text(s, [{ type: 'italic' }]));
    else if (kind === 2) content.push(text(s, [{ type: 'link', attrs: { href: `https://www.musterland.example/gewaltschutz/${i}` } }]));
    else content.push(text(s));
  }
  return { type: 'paragraph', content };
}

const item = (rng: Rng, extra: TiptapNode[] = []): TiptapNode => ({ type: 'listItem', content: [paragraph(rng, rng.int(1, 2)), ...extra] });

function bullets(rng: Rng): TiptapNode {
  const nested: TiptapNode = { type: 'orderedList', content: [item(rng), item(rng)] };
  return { type: 'bulletList', content: [item(rng), item(rng, [{ type: 'bulletList', content: [item(rng), item(rng, [nested])] }]), item(rng), item(rng)] };
}

function steps(rng: Rng): TiptapNode {
  return { type: 'orderedList', content: [item(rng), item(rng), item(rng, [{ type: 'orderedList', attrs: { start: 1, type: 'a' }, content: [item(rng), item(rng)] }]), item(rng), item(rng)] };
}

function table(rng: Rng): TiptapNode {
  const cell = (type: 'tableHeader' | 'tableCell', t: string): TiptapNode => ({ type, content: [{ type: 'paragraph', content: [text(t)] }] });
  const header = ['Maßnahme', 'Zuständig', 'Frist', 'Stand', 'Bemerkung'];
  const rows = Array.from({ length: 10 }, () => ({
    type: 'tableRow',
    content: [cell('tableCell', `${rng.pick(WORDS)}: ${rng.pick(WHAT)}`), cell('tableCell', rng.pick(WHO).replace(/^(Die|Der|Das) /, '')), cell('tableCell', `${rng.int(10, 28)}.0${rng.int(1, 9)}.2027`), cell('tableCell', rng.pick(['geplant', 'in Umsetzung', 'erledigt'])), cell('tableCell', sentence(rng))],
  }));
  return { type: 'table', content: [{ type: 'tableRow', content: header.map((h) => cell('tableHeader', h)) }, ...rows] };
}

function sectionContent(rng: Rng, title: string): TiptapDoc {
  const heading = (level: 3 | 4, t: string): TiptapNode => ({ type: 'heading', attrs: { level }, content: [text(t)] });
  return validateRichText({
    type: 'doc',
    content: [
      paragraph(rng, 5),
      paragraph(rng, 4),
      paragraph(rng, 6),
      heading(3, `Ziele: ${title}`),
      bullets(rng),
      paragraph(rng, 4),
      heading(3, 'Vorgehen'),
      steps(rng),
      table(rng),
      { type: 'blockquote', content: [paragraph(rng, 2)] },
      heading(4, 'Zuständigkeiten und Fristen'),
      paragraph(rng, 5),
      paragraph(rng, 6),
      heading(4, 'Umsetzung im Alltag'),
      paragraph(rng, 6),
      paragraph(rng, 5),
      paragraph(rng, 6),
      paragraph(rng, 5),
      { type: 'paragraph', content: [text('Ansprechperson: Gewaltschutzkoordination'), { type: 'hardBreak' }, text('Telefon 05999 100-412')] },
    ],
  });
}

/** The reference concept as an export model (about 100 pages in Word/LibreOffice). */
export function referenceConceptModel(): ExportDocument {
  const template = getTemplate('gewaltschutz-gu');
  const rng = prng(20261125);
  const contents = new Map<string, unknown>(flattenSections(template).map((f) => [f.key, sectionContent(rng, f.title)]));
  const facilities = Array.from({ length: 6 }, (_, i) => ({
    name: `Gemeinschaftsunterkunft ${rng.pick(WORDS)} ${i + 1}`, address: `Musterweg ${i + 1}, Musterstadt`, type: 'Gemeinschaftsunterkunft' as const,
    capacity: 80 + i * 10, occupancy: 60 + i * 8, operator: 'Sozialwerk Musterland gGmbH', fteSocialWork: 2.5, fteManagement: 1, fteCaretaker: 1, fteSecurity: 4,
    staffWomen: 5, staffMen: 4, hasNightCover: true, nightCover: 'Sicherheitsdienst 22–6 Uhr', hasLockableRooms: true, hasSeparateSanitary: i % 2 === 0,
    hasLighting: true, hasChildFriendlySpace: i % 3 !== 0, hasWomensRoom: i % 2 === 1, isBarrierFree: false, note: null,
  }));
  const contacts = Array.from({ length: 24 }, (_, i) => ({
    category: rng.pick(['polizei', 'jugendamt', 'frauenhaus', 'frauenberatung', 'biss', 'gesundheitsamt', 'sprachmittlung'] as const),
    organisation: `${rng.pick(WORDS)} Musterland ${i + 1}`, phone: `05999 ${100 + i}-${200 + i}`, hours: 'Mo–Fr 8–16 Uhr', languages: 'Deutsch, Englisch, Arabisch',
    address: `Am Markt ${i + 1}, Musterstadt`, note: null, lastVerifiedOn: '2026-10-01', isNationwide: false,
  }));
  const concept = { title: 'Gewaltschutzkonzept für die Gemeinschaftsunterkünfte des Landkreises Musterland (Referenz)', status: 'draft' as const, responsible: 'Fachdienst Soziales' };
  const now = new Date('2026-11-25T10:00:00Z');
  return buildExportModel({
    concept,
    districtName: 'Landkreis Musterland',
    template,
    contents,
    fieldValues: buildFieldValues({ district: { name: 'Landkreis Musterland', kind: 'Landkreis' }, concept, coordinatorNames: ['Miriam Muster'], facilities, now }),
    facilities,
    contacts,
    emptySections: 'renumber',
    now,
  });
}

/**
 * The reference concept after one edit, as a user makes it before downloading again: a paragraph added at the end of
 * a section in the middle of the main body (the largest part that starts on a page of its own). `edit` varies the
 * paragraph's length, so that some edits move the following pages and some do not.
 */
export function withEditedSection(model: ExportDocument, edit: number): ExportDocument {
  const body = model.sections.filter((section, i) => i < model.sections.findIndex((s, j) => j > 0 && s.startsPart) && section.content);
  const target = body[Math.floor(body.length / 2)]!;
  const rng = prng(edit + 1);
  const added = paragraph(rng, 1 + (edit % 6));
  return {
    ...model,
    sections: model.sections.map((section) =>
      section === target && section.content ? { ...section, content: { ...section.content, content: [...(section.content.content ?? []), added] } } : section,
    ),
  };
}

/** Verbs of the sentences above that have a partner of the same length: one word for another, as a typo fix or a rewording is. */
const SWAPS: Record<string, string> = { dokumentiert: 'überarbeitet', überarbeitet: 'dokumentiert', bespricht: 'begleitet', begleitet: 'bespricht' };

/**
 * The reference concept after an edit that changes words, not paragraphs: in the same section as withEditedSection,
 * the `edit`-th of those verbs is replaced by its partner. The paragraph nearly always keeps its lines, so the pages
 * after it stay as they were (what the layout checks before laying the rest of the part out again).
 */
export function withRewordedSection(model: ExportDocument, edit: number): ExportDocument {
  const body = model.sections.filter((section, i) => i < model.sections.findIndex((s, j) => j > 0 && s.startsPart) && section.content);
  const target = body[Math.floor(body.length / 2)]!;
  let seen = 0;
  const reword = (node: TiptapNode): TiptapNode => {
    if (node.type === 'text' && typeof node.text === 'string') {
      const text = node.text.replace(/\b(dokumentiert|überarbeitet|bespricht|begleitet)\b/g, (word) => (seen++ === edit ? SWAPS[word]! : word));
      return text === node.text ? node : { ...node, text };
    }
    return node.content ? { ...node, content: node.content.map(reword) } : node;
  };
  return {
    ...model,
    sections: model.sections.map((section) => (section === target && section.content ? { ...section, content: reword(section.content as TiptapNode) as typeof section.content } : section)),
  };
}
