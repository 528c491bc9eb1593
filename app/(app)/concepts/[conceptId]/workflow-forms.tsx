'use client';

import { ActionForm, Field } from '../../../_components/action-form';
import {
  approveConceptAction,
  reopenConceptAction,
  requestChangesAction,
  shareConceptAction,
  startFortschreibungAction,
  unshareConceptAction,
  withdrawSubmissionAction,
} from './review-actions';

export type WorkflowStep = 'share' | 'unshare' | 'withdraw' | 'request_changes' | 'approve' | 'reopen' | 'continue';

const STEPS: Record<
  WorkflowStep,
  { action: typeof shareConceptAction; label: string; title: string; text: string; note?: { label: string; hint: string; required?: boolean }; done: string }
> = {
  share: {
    action: shareConceptAction,
    label: 'Für die Beratung freigeben',
    title: 'Frühe Begleitung durch die Beratung',
    text: 'Die zugeordnete DeBUG-Beratung kann das Konzept dann schon während des Schreibens lesen und kommentieren; sie sieht dabei auch die Kommentare Ihres Teams. Sie ändert nie Ihren Text. Die Freigabe lässt sich im Entwurf wieder zurücknehmen.',
    done: 'Das Konzept ist für die Beratung freigegeben.',
  },
  unshare: {
    action: unshareConceptAction,
    label: 'Freigabe zurücknehmen',
    title: 'Freigabe für die Beratung',
    text: 'Die Beratung sieht das Konzept zurzeit. Nehmen Sie die Freigabe zurück, sieht sie es erst wieder nach einer neuen Freigabe oder Einreichung; vorhandene Kommentare bleiben erhalten.',
    done: 'Die Freigabe wurde zurückgenommen.',
  },
  withdraw: {
    action: withdrawSubmissionAction,
    label: 'Einreichung zurückziehen',
    title: 'Einreichung zurückziehen',
    text: 'Das Konzept wird wieder zum bearbeitbaren Entwurf. Die eingereichte Fassung bleibt erhalten und für die Beratung sichtbar, gekennzeichnet als zurückgezogen.',
    note: { label: 'Nachricht an die Beratung', hint: 'Zum Beispiel, warum Sie zurückziehen.', required: false },
    done: 'Die Einreichung wurde zurückgezogen. Das Konzept ist wieder ein Entwurf.',
  },
  request_changes: {
    action: requestChangesAction,
    label: 'Überarbeitung erbitten',
    title: 'Überarbeitung erbitten',
    text: 'Die Kommune kann den Text dann wieder bearbeiten und das Konzept erneut einreichen. Ihre Kommentare und Bewertungen bleiben sichtbar.',
    note: { label: 'Zusammenfassung für die Kommune', hint: 'Was ist vor der nächsten Einreichung vor allem zu tun?', required: false },
    done: 'Die Kommune wurde um Überarbeitung gebeten.',
  },
  approve: {
    action: approveConceptAction,
    label: 'Fachlich befürworten',
    title: 'Fachlich befürworten',
    text: 'Die fachliche Befürwortung ist eine Empfehlung der Beratung, keine Genehmigung: Beschließen wird das zuständige Gremium der Kommune.',
    note: { label: 'Anmerkung zur Befürwortung', hint: 'Zum Beispiel Hinweise für die Umsetzung.', required: false },
    done: 'Das Konzept ist fachlich befürwortet.',
  },
  continue: {
    action: startFortschreibungAction,
    label: 'Fortschreibung beginnen',
    title: 'Fortschreibung beginnen',
    text: 'Legt die nächste Ausgabe als neuen Entwurf an: Alle Abschnitte der beschlossenen Fassung werden übernommen, neue Abschnitte der Vorlage kommen dazu. Dieses Konzept bleibt unverändert gültig und herunterladbar, bis die Fortschreibung beschlossen ist; dann gilt es als abgelöst.',
    done: 'Die Fortschreibung wurde angelegt.',
  },
  reopen: {
    action: reopenConceptAction,
    label: 'Wieder zur Bearbeitung öffnen',
    title: 'Wieder zur Bearbeitung öffnen',
    text: 'Das Konzept wird wieder ein Entwurf. Die fachliche Befürwortung entfällt damit: Das geänderte Konzept muss erneut eingereicht werden.',
    note: { label: 'Grund', hint: 'Wird im Protokoll festgehalten.', required: false },
    done: 'Das Konzept ist wieder ein Entwurf.',
  },
};

/** One workflow step as a small form with an explanation; the server decides whether it is allowed. */
export function WorkflowStepForm({ conceptId, step }: { conceptId: string; step: WorkflowStep }) {
  const config = STEPS[step];
  return (
    <div className="workflow-step">
      <h3>{config.title}</h3>
      <p className="muted">{config.text}</p>
      <ActionForm action={config.action} submitLabel={config.label} renderSuccess={() => <p>{config.done}</p>}>
        <input type="hidden" name="conceptId" value={conceptId} />
        {config.note && <Field name="note" type="textarea" label={config.note.label} hint={config.note.hint} required={config.note.required ?? false} />}
      </ActionForm>
    </div>
  );
}
