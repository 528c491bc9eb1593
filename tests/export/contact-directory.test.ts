import { exportConceptDocx } from '@/lib/export/export-concept-docx';
import { submitConceptForReview } from '@/lib/workflow/submit-concept-for-review';
import { updateDistrictTexts } from '@/lib/districts/update-district-texts';
import { buildConcept } from '../support/concept-factories';
import { buildContact, buildDistrictTeam } from '../support/district-data-factories';
import { paragraphs, readDocx, xmlText } from './support';

describe('DOCX-Export: ein Kontaktverzeichnis für Ablaufpläne und Anhang', () => {
  it('fills the Ablaufpläne’s „Erreichbarkeit“ from the directory, keeps it in the frozen Fassung, and lists the directory once', async () => {
    const team = await buildDistrictTeam();
    await buildContact(team.district.id, { category: 'polizei', organisation: 'Polizeiinspektion Testhausen', phone: '05999 300-0', hours: 'rund um die Uhr' });
    await buildContact(team.district.id, { category: 'jugendamt', organisation: 'Jugendamt Testhausen – Rufbereitschaft', phone: '05999 100-999', hours: 'außerhalb der Dienstzeiten' });
    await updateDistrictTexts(team.coordinator, {
      districtId: team.district.id,
      coordinationUnit: 'Koordinierungsstelle Gewaltschutz',
      coordinationPhone: '05999 100-412',
      coordinationEmail: 'gewaltschutz@testhausen.example',
    });
    const concept = await buildConcept(team.coordinator, team.district.id);

    const draft = xmlText(readDocx((await exportConceptDocx(team.coordinator, { conceptId: concept.id, tocPageNumbers: false })).buffer).part('word/document.xml'));
    expect(draft).toContain('Notruf 110; Polizeiinspektion Testhausen: 05999 300-0 (rund um die Uhr)');
    expect(draft).toContain('Jugendamt Testhausen – Rufbereitschaft: 05999 100-999 (außerhalb der Dienstzeiten)');
    expect(draft).not.toContain('örtliche Nummer fehlt im Kontaktverzeichnis: Polizei');
    expect(draft).not.toContain('örtliche Nummer fehlt im Kontaktverzeichnis: Jugendamt');
    // Categories the directory does not have yet say where the number is missing.
    expect(draft).toContain('[örtliche Nummer fehlt im Kontaktverzeichnis: Frauenhaus]');
    // German whatever the kind: the district's own forms, never „von Landkreis …“.
    expect(draft).toContain(`Gemeinschaftsunterkünfte des Landkreises ${team.district.name.replace(/^Landkreis /, '')}`);
    expect(draft).not.toMatch(/von Landkreis|von Fachdienst/);

    // One directory: the annex table, no second table in the template's contact annex section.
    const xml = readDocx((await exportConceptDocx(team.coordinator, { conceptId: concept.id, tocPageNumbers: false })).buffer).part('word/document.xml');
    expect(paragraphs(xml).filter((p) => /Kontaktverzeichnis$/.test(p.text) && /^Heading/.test(p.style ?? '')).length).toBeGreaterThanOrEqual(1);
    expect(draft.match(/Polizeiinspektion Testhausen/g)?.length).toBeGreaterThanOrEqual(2);
    expect(draft).not.toContain('Organisation Telefon Erreichbarkeit Sprachen Adresse Zuletzt geprüft');

    // A Fassung keeps the directory it was frozen with.
    const submitted = await submitConceptForReview(team.coordinator, { conceptId: concept.id });
    await buildContact(team.district.id, { category: 'frauenhaus', organisation: 'Frauenhaus Testhausen', phone: '05999 400-40', hours: 'rund um die Uhr' });
    const frozen = xmlText(
      readDocx((await exportConceptDocx(team.coordinator, { conceptId: concept.id, source: { kind: 'version', number: submitted.versionNumber }, tocPageNumbers: false })).buffer).part('word/document.xml'),
    );
    expect(frozen).toContain('Notruf 110; Polizeiinspektion Testhausen: 05999 300-0 (rund um die Uhr)');
    expect(frozen).not.toContain('Frauenhaus Testhausen');
  });
});
