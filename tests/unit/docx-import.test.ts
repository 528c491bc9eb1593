import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, Textbox } from 'docx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { docToPlainText } from '@/lib/editor/text';
import { IMAGE_MARKER, convertDocx } from '@/lib/import/convert-docx';
import { assembleSections } from '@/lib/import/import-docx';
import { suggestMapping } from '@/lib/import/match-sections';
import { flattenSections, getTemplate } from '@/lib/templates';
import { hasSoffice } from '../export/pdf-support';

const sections = flattenSections(getTemplate('gewaltschutz-gu'));
const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
const para = (text: string) => new Paragraph(text);
const docx = (children: Array<Paragraph | Table | Textbox>) => Packer.toBuffer(new Document({ sections: [{ children }] }));

async function importOf(buffer: Buffer) {
  const converted = await convertDocx(buffer, 'konzept.docx');
  const text = (i: number) => converted.parts[i]!.content.map((n) => docToPlainText(n)).join('\n');
  const mapping = suggestMapping(converted.parts, sections, (p) => text(p.index));
  return { ...converted, text, keys: mapping.map((m) => m.sectionKey) };
}

/** Replaces parts of a zip (names → text); everything else stays. */
function rezip(buffer: Buffer, changes: Record<string, string>): Buffer {
  const files = unzipSync(new Uint8Array(buffer));
  for (const [name, text] of Object.entries(changes)) files[name] = strToU8(text);
  return Buffer.from(zipSync(files));
}

describe('Word-Import: Aufbau aus der Praxis', () => {
  it('finds chapters written as bold paragraphs and with manual numbering, skips a typed table of contents', async () => {
    const buffer = await docx([
      para('Landkreis Beispielstadt – Schutzkonzept'),
      para('Inhaltsverzeichnis'),
      para('1. Leitbild\t3'),
      para('2. Beschwerdeverfahren\t5'),
      bold('Leitbild'),
      para('Wir dulden keine Gewalt in unseren Unterkünften.'),
      para('3. Beschwerdeverfahren'),
      para('Beschwerden nimmt die Einrichtungsleitung entgegen.'),
      para('3.1 Anonyme Beschwerden'),
      para('Ein Briefkasten hängt im Eingangsbereich.'),
      bold('Interventionsplan'),
      para('Bei akuter Gewalt ruft das Personal die Polizei.'),
      bold('Hausordnung'),
      para('Die Nachtruhe beginnt um 22 Uhr.'),
    ]);
    const result = await importOf(buffer);
    expect(result.parts.map((p) => p.title)).toEqual(['', 'Leitbild', 'Beschwerdeverfahren', 'Anonyme Beschwerden', 'Interventionsplan', 'Hausordnung']);
    expect(result.keys).toEqual(['', 'praeambel', 'beschwerdemanagement', 'beschwerdemanagement', 'intervention', 'intervention']);
    expect(result.text(0)).toBe('Landkreis Beispielstadt – Schutzkonzept');
    expect(result.notTaken.join(' ')).toContain('Inhaltsverzeichnis (3 Zeilen)');

    // Nothing is lost: every sentence ends up in a section, the unassigned title page in „Anlagen“.
    const { docs } = assembleSections(result.parts, result.keys, sections);
    const all = [...docs.values()].map((d) => docToPlainText(d)).join('\n');
    for (const sentence of ['Wir dulden keine Gewalt', 'Briefkasten', 'Polizei', 'Nachtruhe', 'Landkreis Beispielstadt']) expect(all).toContain(sentence);
    expect(docToPlainText(docs.get('anlagen')!)).toContain('Übernommene Inhalte ohne Zuordnung');
    expect(docToPlainText(docs.get('beschwerdemanagement')!)).toContain('Anonyme Beschwerden');
  });

  it('keeps Word headings, formatting, nested lists, tables and allowed links; reports images and refused links', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const buffer = await docx([
      new Paragraph({ text: 'Präambel', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ children: [new TextRun({ text: 'fett', bold: true }), new TextRun({ text: ' kursiv', italics: true }), new TextRun({ text: ' unterstrichen', underline: {} })] }),
      new Textbox({ style: { width: '5cm', height: '2cm' }, children: [para('Notruf im Kasten: 110')] }),
      new Paragraph({ text: 'Unsere Werte', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: 'Schutz', bullet: { level: 0 } }),
      new Paragraph({ text: 'für Kinder', bullet: { level: 1 } }),
      new Paragraph({
        children: [
          new ExternalHyperlink({ link: 'https://www.example.org/gewaltschutz', children: [new TextRun('Mindeststandards')] }),
          new TextRun(' und '),
          new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('gefährlich')] }),
        ],
      }),
      new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 } })], alignment: AlignmentType.CENTER }),
      new Paragraph({ text: 'Kontaktverzeichnis', heading: HeadingLevel.HEADING_1 }),
      new Table({
        rows: [
          new TableRow({ children: [new TableCell({ children: [para('Stelle')] }), new TableCell({ children: [para('Telefon')] })] }),
          new TableRow({ children: [new TableCell({ children: [para('Hilfetelefon')] }), new TableCell({ children: [para('116 016')] })] }),
        ],
      }),
    ]);
    const result = await importOf(buffer);
    // A heading one level below the chapters is a sub-chapter: it stays with its chapter.
    expect(result.parts.map((p) => p.title)).toEqual(['Präambel', 'Unsere Werte', 'Kontaktverzeichnis']);
    expect(result.keys).toEqual(['praeambel', 'praeambel', 'anlage-kontakte']);
    const json = JSON.stringify(result.parts[0]!.content);
    for (const mark of ['bold', 'italic', 'underline']) expect(json).toContain(`"type":"${mark}"`);
    const values = JSON.stringify(result.parts[1]!.content);
    expect(values).toMatch(/"bulletList".*"bulletList"/);
    expect(values).toContain('https://www.example.org/gewaltschutz');
    expect(values).not.toContain('javascript');
    expect(result.text(1)).toContain('gefährlich');
    expect(result.text(1)).toContain(IMAGE_MARKER);
    expect(JSON.stringify(result.parts[2]!.content)).toContain('"type":"table"');
    // The text box's text stays (as a paragraph); its frame is reported.
    expect(result.text(0)).toContain('Notruf im Kasten: 110');
    expect(result.notTaken.join('\n')).toMatch(/1 Bild .*\n1 Textfeld: .*\n1 Verweis mit nicht erlaubtem Ziel/);
  });
});

/** A document written elsewhere and saved as .docx by LibreOffice (from HTML, with its own heading styles). */
function libreOfficeDocx(html: string): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), 'skw-import-lo-'));
  try {
    writeFileSync(path.join(dir, 'konzept.html'), html);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, path.join(dir, 'konzept.html')],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return readFileSync(path.join(dir, 'konzept.docx'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Skipped only where LibreOffice is not installed (CI installs it).
(hasSoffice ? describe : describe.skip)('Word-Import: Datei aus LibreOffice', () => {
  it('maps numbered chapters, keeps nested lists, tables and links, and points „Abschnitt 2“ to the template’s number', async () => {
    const buffer = libreOfficeDocx(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Konzept</title></head><body>
      <p>Gemeinde Beispieldorf</p>
      <h1>1 Präambel</h1><p>Wir schützen alle Menschen in unseren Unterkünften.</p>
      <h1>2 Risikoanalyse</h1><p>Die Leitung prüft jährlich:</p><ul><li>Beleuchtung<ul><li>Außenflächen</li></ul></li><li>Schlösser</li></ul>
      <h2>2.1 Ergebnisse</h2><table><tr><th>Bereich</th><th>Risiko</th></tr><tr><td>Sanitär</td><td>hoch</td></tr></table>
      <h1>3 Notfallplan</h1><p>Im Notfall gilt <b>110</b>, siehe <a href="https://www.polizei.de">Polizei</a>. Näheres in Abschnitt 2.</p>
      </body></html>`);
    const result = await importOf(buffer);
    expect(result.parts.map((p) => [p.number, p.title])).toEqual([[null, ''], ['1', 'Präambel'], ['2', 'Risikoanalyse'], ['2.1', 'Ergebnisse'], ['3', 'Notfallplan']]);
    expect(result.keys).toEqual(['', 'praeambel', 'risikoanalyse', 'risikoanalyse', 'intervention']);
    const { docs } = assembleSections(result.parts, result.keys, sections);
    const risiko = JSON.stringify(docs.get('risikoanalyse'));
    expect(risiko).toMatch(/"bulletList".*"bulletList"/);
    expect(risiko).toContain('"type":"table"');
    const risikoNumber = sections.find((s) => s.key === 'risikoanalyse')!.number;
    expect(docToPlainText(docs.get('intervention')!)).toContain(`Näheres in Abschnitt ${risikoNumber}.`);
    expect(JSON.stringify(docs.get('intervention'))).toContain('https://www.polizei.de');
  });
});

describe('Word-Import: gefährliche Dateien', () => {
  const small = () => docx([new Paragraph({ text: 'Präambel', heading: HeadingLevel.HEADING_1 }), para('Text.')]);

  it('refuses a zip bomb before inflating it', async () => {
    const bomb = Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(40 * 1024 * 1024) }));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(convertDocx(bomb, 'bombe.docx')).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('ZIP-Bombe') });
  });

  it('refuses an entry that inflates beyond the size its directory claims', async () => {
    const files = unzipSync(new Uint8Array(await small()));
    const zip = Buffer.from(zipSync(files, { level: 9 }));
    // Shrink the declared size of word/document.xml in the central directory: the real data is larger.
    let central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    while (central >= 0 && zip.toString('utf8', central + 46, central + 46 + zip.readUInt16LE(central + 28)) !== 'word/document.xml') {
      central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), central + 4);
    }
    expect(central).toBeGreaterThan(0);
    zip.writeUInt32LE(10, central + 24);
    await expect(convertDocx(zip, 'luege.docx')).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('größer, als sie angibt') });
  });

  it('refuses macros: a .docm name and a vbaProject.bin inside', async () => {
    await expect(convertDocx(await small(), 'konzept.docm')).rejects.toMatchObject({ message: expect.stringContaining('Makros') });
    const withMacro = Buffer.from(zipSync({ ...unzipSync(new Uint8Array(await small())), 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) }));
    await expect(convertDocx(withMacro, 'konzept.docx')).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('Makros') });
  });

  it('refuses external references other than hyperlinks, DTDs and deep nesting', async () => {
    const buffer = await small();
    const rels = strFromZip(buffer, 'word/_rels/document.xml.rels');
    const external = rezip(buffer, {
      'word/_rels/document.xml.rels': rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://example.org/vorlage.dotm" TargetMode="External"/></Relationships>',
      ),
    });
    await expect(convertDocx(external, 'konzept.docx')).rejects.toMatchObject({ message: expect.stringContaining('externe Inhalte') });

    const documentXml = strFromZip(buffer, 'word/document.xml');
    const dtd = rezip(buffer, { 'word/document.xml': documentXml.replace('?>', '?><!DOCTYPE x [<!ENTITY a "aaaa">]>') });
    await expect(convertDocx(dtd, 'konzept.docx')).rejects.toMatchObject({ message: expect.stringContaining('DTD') });

    const deep = rezip(buffer, { 'word/document.xml': documentXml.replace('<w:body>', `<w:body>${'<w:sdt>'.repeat(300)}${'</w:sdt>'.repeat(300)}`) });
    await expect(convertDocx(deep, 'konzept.docx')).rejects.toMatchObject({ message: expect.stringContaining('zu tief verschachtelt') });
  });

  it('refuses files that are no DOCX, too large or empty, with German messages', async () => {
    await expect(convertDocx(Buffer.from('Hallo'), 'notiz.docx')).rejects.toMatchObject({ message: expect.stringContaining('kein Word-Dokument') });
    await expect(convertDocx(Buffer.alloc(11 * 1024 * 1024), 'gross.docx')).rejects.toMatchObject({ message: expect.stringContaining('zu groß') });
    await expect(convertDocx(Buffer.from(deflateRawSync(Buffer.from('x'))), 'alt.doc')).rejects.toMatchObject({ message: expect.stringContaining('DOCX-Format') });
  });
});

function strFromZip(buffer: Buffer, name: string): string {
  return Buffer.from(unzipSync(new Uint8Array(buffer))[name]!).toString('utf8');
}
