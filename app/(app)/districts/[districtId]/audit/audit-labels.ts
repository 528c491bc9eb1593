const LABELS: Record<string, string> = {
  'district.create': 'Kommune angelegt',
  'district.texts_update': 'Sprachformen und Erreichbarkeit der Koordination geändert',
  'member.add': 'Mitglied aufgenommen',
  'member.role_change': 'Rolle eines Mitglieds geändert',
  'member.remove': 'Mitglied entfernt',
  'advisor.assign': 'Beratung zugeordnet',
  'advisor.unassign': 'Zuordnung der Beratung aufgehoben',
  'concept.create': 'Konzept angelegt',
  'concept.update': 'Eckdaten eines Konzepts geändert',
  'section.save': 'Abschnitt gespeichert',
  'section.restore': 'Version wiederhergestellt',
  'concept.share': 'Für die Beratung freigegeben',
  'concept.unshare': 'Freigabe für die Beratung zurückgenommen',
  'concept.submit': 'Zur Beratung eingereicht',
  'concept.withdraw': 'Einreichung zurückgezogen',
  'concept.reopen': 'Wieder zur Bearbeitung geöffnet',
  'concept.adopt': 'Beschluss eingetragen',
  'review.request_changes': 'Überarbeitung erbeten',
  'review.approve': 'Fachlich befürwortet',
  'review.verdict': 'Abschnitt bewertet',
  'comment.create': 'Kommentar geschrieben',
  'comment.reply': 'Auf Kommentar geantwortet',
  'comment.edit': 'Eigenen Kommentar geändert',
  'comment.resolve': 'Kommentar erledigt',
  'comment.reopen': 'Kommentar wieder geöffnet',
  'comment.redact': 'Kommentartext aus Datenschutzgründen entfernt',
  'concept.fortschreibung': 'Fortschreibung begonnen',
  'concept.supersede': 'Durch die beschlossene Fortschreibung abgelöst',
  'section.status': 'Stand eines Abschnitts geändert',
  'section.checklist_tick': 'Prüfpunkt abgehakt',
  'section.checklist_untick': 'Prüfpunkt zurückgenommen',
  'facility.create': 'Unterkunft angelegt',
  'facility.update': 'Unterkunft geändert',
  'facility.delete': 'Unterkunft gelöscht',
  'contact.create': 'Kontakt angelegt',
  'contact.update': 'Kontakt geändert',
  'contact.verify': 'Kontakt als geprüft markiert',
  'contact.delete': 'Kontakt gelöscht',
  'contact.prefill_nationwide': 'Bundesweite Rufnummern eingetragen',
};

import { DISPOSITION_LABELS } from '@/lib/comments/labels';
import { VERDICT_LABELS } from '@/lib/review/labels';
import { formatIsoDate } from '@/lib/shared/date-format';
import { flattenSections, getTemplate } from '@/lib/templates';
import { SECTION_STATUS_LABELS } from '../../../../_lib/format';

// Section keys are stable across template versions; show number and title instead of the key.
const SECTION_TITLES = new Map(flattenSections(getTemplate('gewaltschutz-gu')).map((f) => [f.key, `${f.number} ${f.title}`]));

/** The label of a stored value; an unknown value (e.g. from an older version) as stored. */
const labelOf = (labels: Readonly<Record<string, string>>, value: string) => labels[value] ?? value;

/** A readable German line for an audit entry; the details add what and where. */
export function describeAuditAction(action: string, details: Record<string, unknown>): string {
  const label = LABELS[action] ?? TEAM_AND_DISTRICT_LABELS[action] ?? action;
  const parts: string[] = [];
  if (typeof details.key === 'string') parts.push(`Abschnitt ${SECTION_TITLES.get(details.key) ?? details.key}`);
  if (typeof details.revision === 'number') parts.push(`Version ${details.revision}`);
  if (typeof details.restoredFrom === 'number') parts.push(`aus Version ${details.restoredFrom}`);
  if (typeof details.version === 'number') parts.push(`Fassung ${details.version}`);
  if (typeof details.thread === 'number') parts.push(`Kommentar Nr. ${details.thread}`);
  if (typeof details.verdict === 'string') parts.push(`Bewertung: ${labelOf(VERDICT_LABELS, details.verdict)}`);
  if (typeof details.disposition === 'string') parts.push(`Umgang: ${labelOf(DISPOSITION_LABELS, details.disposition)}`);
  if (typeof details.decidedBy === 'string' && typeof details.decidedOn === 'string') {
    parts.push(`${details.decidedBy} am ${formatIsoDate(details.decidedOn)}`);
  }
  if (typeof details.to === 'string' && action === 'section.status') parts.push(`jetzt ${labelOf(SECTION_STATUS_LABELS, details.to)}`);
  if (typeof details.title === 'string') parts.push(`„${details.title}“`);
  if (typeof details.name === 'string') parts.push(`„${details.name}“`);
  if (typeof details.concept === 'string') parts.push(`„${details.concept}“`);
  if (typeof details.titleFrom === 'string') parts.push(`vorher „${details.titleFrom}“`);
  const responsible = details.responsible as { to?: unknown } | undefined;
  if (responsible && typeof responsible === 'object' && typeof responsible.to === 'string') parts.push(`verantwortliche Stelle jetzt „${responsible.to}“`);
  const names = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  if (names(details.facilitiesAdded).length) parts.push(`in den Geltungsbereich aufgenommen: ${names(details.facilitiesAdded).join(', ')}`);
  if (names(details.facilitiesRemoved).length) parts.push(`aus dem Geltungsbereich genommen: ${names(details.facilitiesRemoved).join(', ')}`);
  parts.push(...teamAndDistrictDetails(action, details));
  return parts.length > 0 ? `${label} (${parts.join(', ')})` : label;
}

// Team and district administration: who was invited, with which role, and whether the
// platform administration did it (they must never reach a district's concepts unnoticed).
const TEAM_AND_DISTRICT_LABELS: Record<string, string> = {
  'member.invite': 'Person eingeladen',
  'member.invite_withdraw': 'Einladung zurückgezogen',
  'member.invite_declined': 'Einladung abgelehnt',
  'member.join': 'Einladung angenommen, jetzt Mitglied',
  'member.password_reset': 'Passwort eines Kontos neu gesetzt',
  'district.update': 'Angaben der Kommune geändert',
  'district.deactivate': 'Kommune deaktiviert',
  'district.reactivate': 'Kommune wieder aktiviert',
  'district_data.seed_demo': 'Demo-Daten angelegt',
};

const ROLE_LABELS: Record<string, string> = { coordinator: 'Koordination', editor: 'Redaktion' };

function teamAndDistrictDetails(action: string, details: Record<string, unknown>): string[] {
  const parts: string[] = [];
  const role = (value: unknown) => (typeof value === 'string' ? (ROLE_LABELS[value] ?? value) : undefined);
  if (action.startsWith('member.')) {
    if (typeof details.email === 'string') parts.push(details.email);
    if (action === 'member.role_change' && role(details.from) && role(details.to)) parts.push(`von ${role(details.from)} zu ${role(details.to)}`);
    else if (role(details.role)) parts.push(`als ${role(details.role)}`);
  }
  if (action === 'district.update' && typeof details.nameFrom === 'string') parts.push(`vorher „${details.nameFrom}“`);
  if (details.byAdmin === true) parts.push('durch die Plattformverwaltung');
  return parts;
}

/** Who acted. A declined invitation names nobody: the district must not learn who holds the address. */
export function describeAuditActor(action: string, actorName: string | null): string {
  if (actorName) return actorName;
  return action === 'member.invite_declined' ? 'die eingeladene Person' : 'System';
}
