/**
 * Types and small helpers for the demo concept of the fictional Landkreis Musterland.
 * Content only: no database access, no logic of the app.
 */
import { ablaufplan as vorlagenAblaufplan, type AblaufplanDaten } from '../../../templates/gewaltschutz-gu/util';
import { flattenSections, getTemplate } from '../../templates';
import type { Block } from '../../templates/schema';

export interface DemoSectionContent {
  /** Section key exactly as in the template „gewaltschutz-gu“ (also sub-sections such as 14.1). */
  key: string;
  status: 'in_progress' | 'done';
  blocks: Block[];
  /** Checklist item keys of that section that this text fulfils. */
  checklistDone: string[];
}

/** An intervention plan of the district: a short introduction, then the parts every plan has. */
export interface DemoAblaufplan extends AblaufplanDaten {
  /** Short introduction: what the plan covers in the Landkreis. */
  einleitung: string;
}

/**
 * Builds an intervention plan with exactly the structure of the template's plans (same headings in
 * the same order, same columns): the demo shows what a finished plan of this template looks like,
 * and drafted plans cannot drift from the undrafted ones shown with the template's skeleton.
 */
export function ablaufplan(p: DemoAblaufplan): Block[] {
  return vorlagenAblaufplan(p) as Block[];
}

// The seed creates the demo concept from the latest template, so its numbers are the ones to cite.
const NUMMERN = new Map(flattenSections(getTemplate('gewaltschutz-gu')).map((f) => [f.key, f.number]));

/** The outline number („10“, „14.2“) of a section of the latest template, for cross-references in the demo text. */
export function nr(key: string): string {
  const number = NUMMERN.get(key);
  if (!number) throw new Error(`Abschnitt „${key}“ gibt es in der Vorlage nicht.`);
  return number;
}
