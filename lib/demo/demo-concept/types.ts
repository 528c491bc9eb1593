/**
 * Types and small helpers for the demo concept of the fictional Landkreis Musterland.
 * Content only: no database access, no logic of the app.
 */
import type { Block } from '../../templates/schema';

export interface DemoSectionContent {
  /** Section key exactly as in the template „gewaltschutz-gu“ (also sub-sections such as 13.1). */
  key: string;
  status: 'in_progress' | 'done';
  blocks: Block[];
  /** Checklist item keys of that section that this text fulfils. */
  checklistDone: string[];
}

export interface DemoAblaufplan {
  /** Short introduction: what the plan covers in the Landkreis. */
  einleitung: string;
  ausloeser: string[];
  /** Optional blocks between the triggers and the immediate steps (e.g. a short procedure). */
  zusatz?: Block[];
  sofort: string[];
  /** Rows: Rolle / Stelle, Zeitrahmen, Wer informiert, Erreichbarkeit (örtlich). */
  informiert: [string, string, string, string][];
  dokumentation: string[];
  nachsorge: string[];
  nachbereitung: string[];
}

/** Builds an intervention plan with the six parts every plan of the district has. */
export function ablaufplan(p: DemoAblaufplan): Block[] {
  return [
    { type: 'paragraph', text: p.einleitung },
    { type: 'heading', level: 3, text: 'Wann dieser Plan gilt' },
    { type: 'bulletList', items: p.ausloeser },
    ...(p.zusatz ?? []),
    { type: 'heading', level: 3, text: 'Sofort: Sicherheit herstellen' },
    { type: 'orderedList', items: p.sofort },
    { type: 'heading', level: 3, text: 'Wer wird informiert?' },
    {
      type: 'table',
      header: ['Rolle / Stelle', 'Zeitrahmen', 'Wer informiert', 'Erreichbarkeit (örtlich)'],
      rows: p.informiert,
    },
    { type: 'heading', level: 3, text: 'Dokumentation' },
    { type: 'bulletList', items: p.dokumentation },
    { type: 'heading', level: 3, text: 'Nachsorge' },
    { type: 'bulletList', items: p.nachsorge },
    { type: 'heading', level: 3, text: 'Nachbereitung' },
    { type: 'bulletList', items: p.nachbereitung },
  ];
}
