import { DROPPED_SUFFIX, EMPTY_SECTION_NOTE, renderDocx } from '@/lib/export/render-docx';
import { LANGUAGE } from '@/lib/export/styles';
import { findSection, flattenSections, getTemplate } from '@/lib/templates';
import { bullets, doc, exportModel, h, item, modelWith, ordered, p, para, paragraphs, readDocx, text, xmlText } from './support';

const headingTexts = (xml: string, style: string) => paragraphs(xml).filter((x) => x.style === style).map((x) => x.text);
/** The outline number in the latest template (numbers follow the order of the sections). */
const nr = (key: string) => findSection(getTemplate('gewaltschutz-gu'), key)!.number;

describe('DOCX-Export: Gliederung, Deckblatt, Verzeichnis und Seitenrahmen', () => {
  it('numbers the sections without gaps when empty ones are left out, as Heading 1/2 in template order', async () => {
    const model = modelWith({
      'intervention-kinderschutz': doc(para('Kinderschutz zuerst.')),
      praeambel: doc(h(3, 'Unser Leitbild'), para('Null Toleranz.'), h(4, 'Geltung')),
      gewaltbegriff: doc(para('Gewalt ist …')),
    });
    const xml = (await exportModel(model)).part('word/document.xml');
    // Chapter 1 (no text) and everything else empty is left out; the rest is numbered without gaps.
    expect(headingTexts(xml, 'Heading1').slice(0, 3)).toEqual(['1\tPräambel und Leitbild', '2\tGewaltbegriff und besonders schutzbedürftige Gruppen', '3\tIntervention: Ablaufpläne']);
    expect(headingTexts(xml, 'Heading2').filter((t) => /^\d/.test(t))).toEqual(['3.1\tGewalt gegen Kinder und Jugendliche (Kindeswohlgefährdung)']);
    expect(model.sections.map((s) => [s.templateNumber, s.number])).toEqual([
      [nr('praeambel'), '1'],
      [nr('gewaltbegriff'), '2'],
      [nr('intervention'), '3'],
      [nr('intervention-kinderschutz'), '3.1'],
    ]);
    expect(headingTexts(xml, 'Heading3')).toEqual(['Unser Leitbild']);
    expect(headingTexts(xml, 'Heading4')).toEqual(['Geltung']);
    const body = xmlText(xml);
    expect(body.indexOf('Null Toleranz.')).toBeLessThan(body.indexOf('Kinderschutz zuerst.'));
  });

  it('keeps the template numbers and prints „(entfällt)“ after the title of an empty section when asked to', async () => {
    const model = modelWith({ praeambel: doc(para('Text')), 'intervention-kinderschutz': doc(para('Kinderschutz zuerst.')) }, { emptySections: 'entfaellt' });
    const xml = (await exportModel(model)).part('word/document.xml');
    const template = getTemplate('gewaltschutz-gu');
    // Every chapter once, with its template number; the empty ones say so in the heading (and so in the TOC).
    expect(headingTexts(xml, 'Heading1').filter((t) => /^\d/.test(t))).toEqual(
      template.sections.map((s) => `${s.number}\t${s.title}${['praeambel', 'intervention'].includes(s.key) ? '' : DROPPED_SUFFIX}`),
    );
    // Under the Ablaufpläne (one is filled) the empty plans keep their numbers; under the Anlagen (all empty) nothing is listed.
    const h2 = headingTexts(xml, 'Heading2').filter((t) => /^\d/.test(t));
    expect(h2).toContain(`${nr('intervention-kinderschutz')}\tGewalt gegen Kinder und Jugendliche (Kindeswohlgefährdung)`);
    expect(h2).toContain(`${nr('intervention-akute-gewalt')}\tAkute Gewalt und Bedrohung${DROPPED_SUFFIX}`);
    expect(h2.some((t) => t.startsWith(`${nr('anlagen')}.`))).toBe(false);
    expect(xml).not.toContain(EMPTY_SECTION_NOTE);
    const toc = paragraphs(xml).filter((x) => x.style === 'TOC1').map((x) => x.text.split('\t')[0]);
    expect(toc).toContain(`${nr('rechtliche-grundlagen')} Rechtliche Grundlagen${DROPPED_SUFFIX}`);
  });

  it('starts only the main parts and each Ablaufplan on a new page: the body after the contents, the Ablaufpläne and the Anlagen', async () => {
    const flat = flattenSections(getTemplate('gewaltschutz-gu'));
    const contents = Object.fromEntries(flat.map((f) => [f.key, doc(para(`Text von ${f.title}.`))]));
    const xml = (await exportModel(modelWith(contents))).part('word/document.xml');
    const breaking = paragraphs(xml).filter((x) => x.xml.includes('<w:pageBreakBefore/>')).map((x) => x.text.split('\t')[1] ?? x.text);
    // Every Ablaufplan after the first starts a page of its own (printed and handed out one by one); the first follows
    // the chapter's introduction.
    const plans = flat.filter((f) => f.parentKey === 'intervention').map((f) => f.title);
    expect(plans.length).toBeGreaterThan(10);
    // Anhang A starts a landscape section, which begins on a new page by itself; Anhang B follows on a page of its own.
    expect(breaking).toEqual(['Inhaltsverzeichnis', 'Angaben zum Konzept', 'Intervention: Ablaufpläne', ...plans.slice(1), 'Anlagen', 'Anhang B: Kontaktverzeichnis']);
    expect(paragraphs(xml).filter((x) => x.style === 'Heading1').length).toBeGreaterThan(15);
  });

  it('marks empty sections as not yet written when asked to', async () => {
    const contents = { praeambel: doc(para('Text')) };
    const omitted = (await exportModel(modelWith(contents))).part('word/document.xml');
    const marked = (await exportModel(modelWith(contents, { emptySections: 'mark' }))).part('word/document.xml');
    expect(headingTexts(omitted, 'Heading1').filter((t) => /^\d/.test(t))).toEqual(['1\tPräambel und Leitbild']);
    const flat = flattenSections(getTemplate('gewaltschutz-gu'));
    expect(headingTexts(marked, 'Heading1').filter((t) => /^\d/.test(t))).toHaveLength(flat.filter((f) => f.depth === 0).length);
    expect(headingTexts(marked, 'Heading1')).toContain(`${nr('praeambel')}\tPräambel und Leitbild`);
    const notes = paragraphs(marked).filter((x) => x.text === EMPTY_SECTION_NOTE);
    expect(notes).toHaveLength(flat.length - 1);
    expect(notes.every((x) => x.style === 'LeererAbschnitt')).toBe(true);
    expect(omitted).not.toContain(EMPTY_SECTION_NOTE);
  });

  it('has a TOC field over Heading 1–2, prefilled; asks Word to update fields on opening only when told to', async () => {
    const model = modelWith({ praeambel: doc(para('Text')) });
    const docx = await exportModel(model);
    const xml = docx.part('word/document.xml');
    expect(xml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
    expect(xml).toContain('w:docPartGallery w:val="Table of Contents"');
    const entries = paragraphs(xml).filter((x) => x.style === 'TOC1').map((x) => x.text.split('\t')[0]);
    expect(entries).toEqual(['1 Präambel und Leitbild', 'Anhang A: Unterkünfte', 'Anhang B: Kontaktverzeichnis']);
    expect(docx.part('word/settings.xml')).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
    // With the page numbers worked out at export (export-concept-docx.ts), Word is not asked on every opening.
    expect(readDocx(await renderDocx(model, { updateFields: false })).part('word/settings.xml')).not.toContain('updateFields');
    // No automatic hyphenation (soft hyphens instead), so the page numbers worked out at export match what LibreOffice and Word lay out.
    expect(docx.part('word/settings.xml')).not.toContain('autoHyphenation');
  });

  it('puts "Seite X von Y" with PAGE and NUMPAGES fields and the version into the footer', async () => {
    const docx = await exportModel(modelWith({ praeambel: doc(para('Text')) }));
    const footers = docx.parts(/^word\/footer\d+\.xml$/);
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) {
      expect(footer).toMatch(/PAGE/);
      expect(footer).toMatch(/NUMPAGES/);
      expect(xmlText(footer)).toContain('Seite ');
      expect(xmlText(footer)).toContain('Landkreis Testhausen · Entwurf, Stand 25.11.2026');
    }
  });

  it('marks everything not adopted as ENTWURF on the title page and in the header, and adopted concepts not at all', async () => {
    const draft = await exportModel(modelWith({ praeambel: doc(para('Text')) }));
    const titlePage = paragraphs(draft.part('word/document.xml')).slice(0, 8).map((x) => x.text);
    expect(titlePage).toEqual(expect.arrayContaining(['Landkreis Testhausen', 'Gewaltschutzkonzept Landkreis Testhausen', 'ENTWURF']));
    expect(draft.part('word/document.xml')).toContain('25.11.2026');
    for (const header of draft.parts(/^word\/header\d+\.xml$/)) expect(xmlText(header)).toContain('ENTWURF');
    const adopted = await exportModel(
      modelWith(
        { praeambel: doc(para('Text')) },
        {
          concept: { title: 'Konzept', status: 'adopted', responsible: 'Sozialamt' },
          edition: {
            number: 3,
            frozenAt: new Date('2027-03-14T09:00:00Z'),
            adoption: { decidedBy: 'Kreistag', decidedOn: '2027-03-12', resolutionNumber: 'KT/2027/014' },
            nextReviewOn: '2028-03-12',
          },
        },
      ),
    );
    const adoptedText = xmlText(adopted.part('word/document.xml'));
    expect(adoptedText).not.toContain('ENTWURF');
    // Fassung, Stand, Beschluss and review date in the words of the data fields, so chapter 1 and the footer say the same.
    expect(adoptedText).toContain('FassungFassung 3');
    expect(adoptedText).toContain('Stand14.03.2027');
    expect(adoptedText).toContain('BeschlussKreistag am 12.03.2027 (Beschluss-Nr. KT/2027/014)');
    expect(adoptedText).toContain('Nächste planmäßige Überprüfung12.03.2028');
    for (const header of adopted.parts(/^word\/header\d+\.xml$/)) expect(xmlText(header)).not.toContain('ENTWURF');
    for (const footer of adopted.parts(/^word\/footer\d+\.xml$/)) expect(xmlText(footer)).toContain('Landkreis Testhausen · Fassung 3, Stand 14.03.2027 · Beschlossen');
    // A submitted Fassung is frozen but not adopted: still a draft for every reader.
    const submitted = await exportModel(
      modelWith({ praeambel: doc(para('Text')) }, { edition: { number: 2, frozenAt: new Date('2027-01-10T09:00:00Z'), adoption: null, nextReviewOn: null } }),
    );
    expect(xmlText(submitted.part('word/document.xml'))).toContain('ENTWURF');
    expect(xmlText(submitted.part('word/document.xml'))).toContain('FassungFassung 2Stand10.01.2027');
  });

  it('has a title page without the template’s version and without a subtitle that repeats the title', async () => {
    const titleTexts = async (title: string) => {
      const xml = (await exportModel(modelWith({ praeambel: doc(para('Text')) }, { concept: { title, status: 'draft', responsible: 'Sozialamt' } }))).part('word/document.xml');
      return paragraphs(xml.slice(0, xml.indexOf('Inhaltsverzeichnis'))).map((x) => x.text);
    };
    const repeating = await titleTexts('Gewaltschutzkonzept für die Gemeinschaftsunterkünfte des Landkreises Testhausen');
    expect(repeating).not.toContain('Gewaltschutzkonzept für Gemeinschaftsunterkünfte');
    expect(repeating.join(' ')).not.toMatch(/Vorlage|Version|2026\.1/);
    // A title that does not say what the document is keeps the template's title below it.
    expect(await titleTexts('Schutz für alle in Testhausen')).toContain('Gewaltschutzkonzept für Gemeinschaftsunterkünfte');
    // One Fassung and one date: „Status: Entwurf“ is not followed by „Fassung: Entwurf“.
    expect(repeating.filter((t) => t === 'Entwurf')).toHaveLength(1);
    expect(repeating.filter((t) => t === '25.11.2026')).toHaveLength(1);
  });

  it('sets the document language, real heading styles, A4 and the document properties', async () => {
    const docx = await exportModel(modelWith({ praeambel: doc(para('Text')) }));
    const styles = docx.part('word/styles.xml');
    expect(styles).toContain(`<w:lang w:val="${LANGUAGE}"/>`);
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Title', 'ListParagraph', 'Zitat', 'TOC1']) {
      expect(styles).toContain(`w:styleId="${id}"`);
    }
    expect(docx.part('word/document.xml')).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    const core = docx.part('docProps/core.xml');
    expect(core).toContain('<dc:title>Gewaltschutzkonzept Landkreis Testhausen</dc:title>');
    expect(core).toContain('<dc:creator>Landkreis Testhausen</dc:creator>');
    expect(core).toContain('<dc:subject>Gewaltschutzkonzept für Gemeinschaftsunterkünfte</dc:subject>');
  });

  it('puts the facilities and the contact directory into the annex as tables, in landscape', async () => {
    const model = modelWith({ praeambel: doc(para('Text')) });
    const xml = (await exportModel(model)).part('word/document.xml');
    expect(headingTexts(xml, 'Heading1').slice(-2)).toEqual(['Anhang A: Unterkünfte', 'Anhang B: Kontaktverzeichnis']);
    expect(xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(xmlText(xml)).toContain('Noch keine Kontakte erfasst.');
  });
});

describe('DOCX-Export: Inhalte des Editors', () => {
  it('maps bold, italic, underline, strike and hard breaks', async () => {
    const content = doc(
      p(text('fett', [{ type: 'bold' }]), text('kursiv', [{ type: 'italic' }]), text('unter', [{ type: 'underline' }]), text('durch', [{ type: 'strike' }])),
      p(text('Zeile 1'), { type: 'hardBreak' }, text('Zeile 2')),
    );
    const xml = (await exportModel(modelWith({ praeambel: content }))).part('word/document.xml');
    const run = (t: string) => new RegExp(`<w:r><w:rPr>(?:(?!</w:rPr>).)*</w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`).exec(xml)?.[0] ?? '';
    expect(run('fett')).toContain('<w:b/>');
    expect(run('kursiv')).toContain('<w:i/>');
    expect(run('unter')).toMatch(/<w:u w:val="single"\/>/);
    expect(run('durch')).toContain('<w:strike/>');
    expect(paragraphs(xml).find((x) => x.text.startsWith('Zeile 1'))?.text).toBe('Zeile 1\nZeile 2');
  });

  it('gives every ordered list its own numbering instance, restarting at its start value', async () => {
    const content = doc(
      ordered(null, item(para('a1')), item(para('a2'))),
      para('Zwischentext'),
      ordered(null, item(para('b1')), item(para('b2'))),
      ordered({ start: 5, type: 'a' }, item(para('c5'))),
    );
    const docx = await exportModel(modelWith({ praeambel: content }));
    const byText = new Map(paragraphs(docx.part('word/document.xml')).map((x) => [x.text, x]));
    const [a1, a2, b1, c5] = ['a1', 'a2', 'b1', 'c5'].map((t) => byText.get(t));
    expect(a1?.numId).toBeDefined();
    expect(a1?.numId).toBe(a2?.numId);
    expect(b1?.numId).not.toBe(a1?.numId);
    const numbering = docx.part('word/numbering.xml');
    for (const numId of [a1?.numId, b1?.numId]) expect(numbering).toContain(`<w:num w:numId="${numId}">`);
    const c5Num = new RegExp(`<w:num w:numId="${c5?.numId}"><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)?.[1];
    const abstract = new RegExp(`<w:abstractNum w:abstractNumId="${c5Num}"[\\s\\S]*?</w:abstractNum>`).exec(numbering)?.[0] ?? '';
    expect(abstract).toContain('<w:start w:val="5"/>');
    expect(abstract).toContain('<w:numFmt w:val="lowerLetter"/>');
  });

  it('nests lists to any depth with increasing levels (ilvl), each nested ordered list on its own instance', async () => {
    let nested = bullets(item(para('Ebene 11')));
    for (let level = 10; level >= 1; level--) nested = (level % 2 ? bullets : (...i: ReturnType<typeof item>[]) => ordered(null, ...i))(item(para(`Ebene ${level}`), nested));
    const xml = (await exportModel(modelWith({ praeambel: doc(nested) }))).part('word/document.xml');
    const levels = paragraphs(xml).filter((x) => x.text.startsWith('Ebene '));
    expect(levels.map((x) => x.text)).toEqual(Array.from({ length: 11 }, (_, i) => `Ebene ${i + 1}`));
    expect(levels.map((x) => x.ilvl)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '8', '8']);
    // Odd levels are bullet lists (one shared instance: nothing to count), even levels ordered lists (one each).
    const numbered = levels.filter((_, i) => i % 2 === 1).map((x) => x.numId);
    const bulleted = levels.filter((_, i) => i % 2 === 0).map((x) => x.numId);
    expect(new Set(numbered).size).toBe(5);
    expect(new Set(bulleted).size).toBe(1);
    expect(numbered).not.toContain(bulleted[0]);
    // Beyond Word's nine levels the indent keeps growing explicitly.
    const indent = (x: (typeof levels)[number]) => Number(/<w:ind w:left="(\d+)"/.exec(x.xml)?.[1] ?? 0);
    expect(indent(levels[10]!)).toBeGreaterThan(indent(levels[9]!));
  });

  it('keeps further paragraphs of a list item under it, and maps blockquotes to the quote style', async () => {
    const content = doc(bullets(item(para('Punkt'), para('Erläuterung'))), { type: 'blockquote', content: [para('Zitat')] });
    const xml = (await exportModel(modelWith({ praeambel: content }))).part('word/document.xml');
    const byText = new Map(paragraphs(xml).map((x) => [x.text, x]));
    expect(byText.get('Punkt')?.numId).toBeDefined();
    expect(byText.get('Erläuterung')?.numId).toBeUndefined();
    expect(byText.get('Erläuterung')?.xml).toMatch(/<w:ind w:left="425"\/>/);
    expect(byText.get('Zitat')?.style).toBe('Zitat');
  });
});

