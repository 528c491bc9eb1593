import type { ConceptStatus } from '../../db/schema-concepts';
import { AppError } from '../errors';
import type { Actor } from './actor';
import { districtRelation, type Decision } from './permissions';

/**
 * What can be done with one concept. The answer depends on three things, decided here
 * and nowhere else: who the actor is for the concept's district (role), whether the
 * concept is visible to them (advisors see shared concepts only), and the concept's
 * workflow state (e.g. the text is read-only while it is submitted and for good once adopted).
 */
export const CONCEPT_ACTIONS = [
  'concept.read',
  'concept.export',
  /**
   * „Stellungnahme der Beratung“ as a Word document: the advisor's verdicts and hints on a Fassung with the
   * district's answers. Addressed to the coordination, which answers for the concept; the editorial team reads
   * the same hints in the app („Hinweise der Beratung“).
   */
  'concept.statement',
  /** Eckdaten: title, responsible body, scope. */
  'concept.manage',
  'concept.share',
  'concept.unshare',
  'concept.submit',
  'concept.withdraw',
  'concept.reopen',
  'concept.adopt',
  /** „Fortschreibung beginnen“: the next edition of an adopted concept. */
  'concept.continue',
  /** Text, status and checklist of a section. */
  'section.edit',
  'review.comment',
  'review.resolve',
  'review.disposition',
  'review.verdict',
  'review.request_changes',
  'review.approve',
  /** Removing a comment's text for data protection (e.g. a resident's name written by mistake), in every state. */
  'review.redact',
] as const;
export type ConceptAction = (typeof CONCEPT_ACTIONS)[number];

/** The facts about a concept that the rules need. */
export interface ConceptContext {
  districtId: string;
  status: ConceptStatus;
  isShared: boolean;
  /** Whether the district has at least one assigned DeBUG advisor (submission needs one; adoption without one needs a reason). */
  hasAdvisor: boolean;
}

type Role = 'coordinator' | 'editor' | 'advisor';

const READ: ConceptAction[] = ['concept.read', 'concept.export', 'concept.statement'];
const DISCUSS: ConceptAction[] = ['review.comment', 'review.resolve', 'review.disposition'];
/** The advisor's judgement on a submission. */
const JUDGE: ConceptAction[] = ['review.verdict', 'review.request_changes', 'review.approve'];
// Personal data must be removable whatever the state, also from an adopted concept.
const ALWAYS: ConceptAction[] = [...READ, 'review.redact'];
const WRITE: ConceptAction[] = ['concept.manage', 'section.edit'];

const ROLE_RULES: Record<Role, ReadonlySet<ConceptAction>> = {
  // The coordination answers for the concept: everything but judging it, which is the advisor's.
  coordinator: new Set(CONCEPT_ACTIONS.filter((action) => !JUDGE.includes(action))),
  editor: new Set<ConceptAction>(['concept.read', 'concept.export', 'section.edit', ...DISCUSS]),
  // Advisors advise: they read, comment and judge, and never change the district's text, details or decisions.
  // Closing threads is the district's work: its own threads, and the advisor's hints with their disposition.
  advisor: new Set<ConceptAction>([...READ, 'review.comment', ...JUDGE]),
};

/** Which actions a state permits at all, whoever asks. */
const STATE_RULES: Record<ConceptStatus, ReadonlySet<ConceptAction>> = {
  draft: new Set([...ALWAYS, ...WRITE, ...DISCUSS, 'concept.share', 'concept.unshare', 'concept.submit', 'concept.adopt']),
  submitted: new Set([...ALWAYS, ...DISCUSS, ...JUDGE, 'concept.withdraw']),
  changes_requested: new Set([...ALWAYS, ...WRITE, ...DISCUSS, 'concept.share', 'concept.submit', 'concept.adopt']),
  approved: new Set([...ALWAYS, ...DISCUSS, 'concept.share', 'concept.adopt', 'concept.reopen']),
  adopted: new Set([...ALWAYS, 'concept.continue']),
  superseded: new Set(ALWAYS),
};

export const CONCEPT_STATUS_LABELS: Record<ConceptStatus, string> = {
  draft: 'Entwurf',
  submitted: 'Eingereicht',
  changes_requested: 'Überarbeitung erbeten',
  approved: 'Fachlich befürwortet',
  adopted: 'Beschlossen',
  superseded: 'Abgelöst',
};

/** Why a state refuses an action, in the words a district would understand. */
function stateMessage(action: ConceptAction, context: ConceptContext): string {
  const { status } = context;
  if (status === 'adopted' || status === 'superseded') {
    return status === 'adopted'
      ? 'Dieses Konzept ist beschlossen und kann nicht mehr geändert werden. Änderungen erfolgen in einer Fortschreibung.'
      : 'Dieses Konzept ist durch eine neuere beschlossene Fassung abgelöst und kann nicht mehr geändert werden.';
  }
  switch (action) {
    case 'section.edit':
    case 'concept.manage':
      return status === 'submitted'
        ? 'Das Konzept ist zur Beratung eingereicht. Bis zur Rückmeldung der Beratung ist der Text schreibgeschützt; Antworten auf Kommentare sind weiter möglich. Wer jetzt ändern muss, zieht die Einreichung zurück.'
        : 'Das Konzept ist fachlich befürwortet. Änderungen sind erst möglich, wenn die Koordination es wieder zur Bearbeitung öffnet (die Befürwortung entfällt dann).';
    case 'concept.submit':
      return status === 'submitted'
        ? 'Das Konzept ist bereits eingereicht.'
        : 'Das Konzept ist fachlich befürwortet und kann beschlossen werden; eine erneute Einreichung ist nicht nötig.';
    case 'concept.withdraw':
      return 'Nur ein eingereichtes Konzept kann zurückgezogen werden.';
    case 'concept.reopen':
      return 'Nur ein fachlich befürwortetes Konzept kann wieder zur Bearbeitung geöffnet werden.';
    case 'concept.adopt':
      return 'Während das Konzept bei der Beratung liegt, kann es nicht beschlossen werden. Warten Sie die Rückmeldung ab oder ziehen Sie die Einreichung zurück.';
    case 'concept.unshare':
      return 'Die Freigabe für die Beratung lässt sich nur im Entwurf zurücknehmen; ein eingereichtes Konzept bleibt für die Beratung sichtbar.';
    case 'concept.share':
      return 'Ein eingereichtes Konzept ist für die Beratung bereits freigegeben.';
    case 'concept.continue':
      return 'Eine Fortschreibung beginnt von einem beschlossenen Konzept aus.';
    case 'review.verdict':
    case 'review.request_changes':
    case 'review.approve':
      return 'Bewertungen und Rückmeldungen sind möglich, solange das Konzept zur Beratung eingereicht ist.';
    default:
      return 'In diesem Stand des Konzepts ist das nicht möglich.';
  }
}

export interface ConceptDecision {
  decision: Decision;
  /** German reason for a forbidden decision. */
  message?: string;
}

/**
 * The one decision over actor, action and concept. Another district's concept, an
 * unshared concept for an advisor and every concept for a platform administrator are
 * not_found (their existence is not revealed); a missing role right or a state that
 * does not permit the action is forbidden with a German reason.
 */
export function decideConcept(actor: Actor, action: ConceptAction, concept: ConceptContext): ConceptDecision {
  const relation = districtRelation(actor, concept.districtId);
  if (relation === 'none') return { decision: 'not_found' };
  if (relation === 'advisor' && !concept.isShared) return { decision: 'not_found' };
  if (!ROLE_RULES[relation].has(action)) return { decision: 'forbidden', message: roleMessage(action, relation) };
  if (!STATE_RULES[concept.status].has(action)) return { decision: 'forbidden', message: stateMessage(action, concept) };
  if (action === 'concept.submit' && !concept.hasAdvisor) {
    return {
      decision: 'forbidden',
      message:
        'Ihrer Kommune ist keine DeBUG-Beratung zugeordnet, an die das Konzept gehen könnte. Sie können es ohne fachliche Begleitung beschließen (mit Begründung) oder die Plattformverwaltung um eine Zuordnung bitten.',
    };
  }
  if (action === 'concept.adopt' && concept.status !== 'approved' && concept.hasAdvisor) {
    return {
      decision: 'forbidden',
      message: 'Vor dem Beschluss braucht das Konzept die fachliche Befürwortung der Beratung. Reichen Sie es zur Beratung ein.',
    };
  }
  return { decision: 'allow' };
}

function roleMessage(action: ConceptAction, relation: Role): string {
  if (relation === 'advisor') {
    return action === 'review.disposition'
      ? 'Über den Umgang mit Hinweisen der Beratung entscheidet die Kommune.'
      : 'Die Beratung liest, kommentiert und bewertet; Text, Eckdaten und Entscheidungen bleiben bei der Kommune.';
  }
  if (action === 'concept.statement') {
    return 'Die Stellungnahme der Beratung als Word-Datei lädt die Koordination herunter. Dieselben Hinweise mit ihrem Umgang stehen für Sie unter „Hinweise der Beratung“.';
  }
  if (action.startsWith('review.')) return 'Bewertungen und die fachliche Befürwortung gibt die DeBUG-Beratung.';
  return 'Dafür fehlt Ihnen die Berechtigung: Das darf die Koordination der Kommune.';
}

export function canOnConcept(actor: Actor, action: ConceptAction, concept: ConceptContext): boolean {
  return decideConcept(actor, action, concept).decision === 'allow';
}

/** Throws not_found or forbidden (with the German reason) unless the actor may do this now. */
export function assertConcept(actor: Actor, action: ConceptAction, concept: ConceptContext): void {
  const { decision, message } = decideConcept(actor, action, concept);
  if (decision === 'not_found') throw new AppError('not_found');
  if (decision === 'forbidden') throw new AppError('forbidden', message);
}

/** Every concept action the actor may take now, for pages (UX only; use cases check again). */
export function conceptCapabilities(actor: Actor, concept: ConceptContext): Record<ConceptAction, boolean> {
  return Object.fromEntries(CONCEPT_ACTIONS.map((action) => [action, canOnConcept(actor, action, concept)])) as Record<ConceptAction, boolean>;
}
