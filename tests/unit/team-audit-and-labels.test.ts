import { describeAuditAction, describeAuditActor } from '@/app/(app)/districts/[districtId]/audit/audit-labels';
import { deleteButtonName } from '@/app/_components/confirm-delete-form';
import { countLabel } from '@/app/_lib/format';

describe('countLabel', () => {
  it('uses the singular for exactly one, the plural otherwise', () => {
    expect(countLabel(1, 'Beratungskonto', 'Beratungskonten')).toBe('1 Beratungskonto');
    expect(countLabel(0, 'Beratungskonto', 'Beratungskonten')).toBe('0 Beratungskonten');
    expect(countLabel(2, 'Kommune', 'Kommunen')).toBe('2 Kommunen');
  });
});

describe('delete button names', () => {
  // axe „label-content-name-mismatch“ (WCAG 2.5.3): „Unterkunft löschen“ was named „„…“ löschen“.
  it('start with the visible label and name the object', () => {
    expect(deleteButtonName('Unterkunft löschen', 'Alte Weberei')).toBe('Unterkunft löschen: „Alte Weberei“');
    expect(deleteButtonName('Kontakt löschen', 'Frauenhaus')).toMatch(/^Kontakt löschen/);
  });
});

describe('Protokoll lines for the team and the district', () => {
  it('name who was invited, with which role, and when the platform administration acted', () => {
    expect(describeAuditAction('member.invite', { name: 'Nora Neumann', email: 'nora@kreis.example', role: 'editor', byAdmin: true })).toBe(
      'Person eingeladen („Nora Neumann“, nora@kreis.example, als Redaktion, durch die Plattformverwaltung)',
    );
    expect(describeAuditAction('member.role_change', { name: 'Nora Neumann', from: 'editor', to: 'coordinator' })).toBe(
      'Rolle eines Mitglieds geändert („Nora Neumann“, von Redaktion zu Koordination)',
    );
    expect(describeAuditAction('member.password_reset', { name: 'Nora Neumann', email: 'nora@kreis.example', byAdmin: true })).toBe(
      'Passwort eines Kontos neu gesetzt („Nora Neumann“, nora@kreis.example, durch die Plattformverwaltung)',
    );
    expect(describeAuditAction('district.update', { name: 'Region Neu', nameFrom: 'Landkreis Alt', changed: ['name'] })).toBe(
      'Angaben der Kommune geändert („Region Neu“, vorher „Landkreis Alt“)',
    );
    expect(describeAuditAction('district.deactivate', { name: 'Landkreis Alt' })).toBe('Kommune deaktiviert („Landkreis Alt“)');
  });

  it('names verdicts, dispositions, section states and decision dates as the rest of the app does', () => {
    expect(describeAuditAction('review.verdict', { key: 'risikoanalyse', verdict: 'nachbessern' })).toBe(
      'Abschnitt bewertet (Abschnitt 8 Risiko- und Ressourcenanalyse, Bewertung: nachbessern)',
    );
    expect(describeAuditAction('comment.resolve', { thread: 3, disposition: 'teilweise' })).toBe('Kommentar erledigt (Kommentar Nr. 3, Umgang: teilweise übernommen)');
    expect(describeAuditAction('section.status', { to: 'in_progress' })).toBe('Stand eines Abschnitts geändert (jetzt in Arbeit)');
    expect(describeAuditAction('concept.adopt', { decidedBy: 'Kreistag', decidedOn: '2027-03-12' })).toBe('Beschluss eingetragen (Kreistag am 12.03.2027)');
    // A value from an older version stays readable as stored.
    expect(describeAuditAction('section.status', { to: 'archiviert' })).toBe('Stand eines Abschnitts geändert (jetzt archiviert)');
  });

  it('name nobody for a declined invitation, and „System“ for other entries without a person', () => {
    expect(describeAuditActor('member.invite_declined', null)).toBe('die eingeladene Person');
    expect(describeAuditActor('contact.prefill_nationwide', null)).toBe('System');
    expect(describeAuditActor('member.invite', 'Miriam Muster')).toBe('Miriam Muster');
  });
});
