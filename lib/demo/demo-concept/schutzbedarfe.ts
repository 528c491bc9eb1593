/**
 * Die drei Vertiefungen zu den Annexen der Mindeststandards (LSBTI*, Behinderung, Traumafolgen) im Demo-Konzept: der
 * Starttext der Vorlage, mit den Stellen und Fristen des Landkreises Musterland statt der Platzhalter. Jede
 * Ersetzung nennt den Platzhalter so, wie er in der Vorlage steht; fehlt einer (die Vorlage hat sich geändert) oder
 * bleibt einer übrig, schlägt das Laden fehl, statt dass das Demo-Konzept Platzhalter zeigt.
 */
import { getTemplate } from '../../templates';
import type { Block } from '../../templates/schema';
import type { DemoSectionContent } from './types';

/** Ersetzt der Reihe nach je das erste Vorkommen eines Platzhalters (derselbe kann je nach Satz anders lauten). */
function ausgefuellt(key: string, ersetzungen: [string, string][]): Block[] {
  const section = getTemplate('gewaltschutz-gu').sections.flatMap((s) => [s, ...(s.children ?? [])]).find((s) => s.key === key);
  if (!section?.starter) throw new Error(`Abschnitt „${key}“ hat in der Vorlage keinen Starttext.`);
  let text = JSON.stringify(section.starter);
  for (const [platzhalter, wert] of ersetzungen) {
    if (!text.includes(platzhalter)) throw new Error(`Platzhalter ${platzhalter} fehlt in „${key}“.`);
    text = text.replace(platzhalter, () => wert);
  }
  const rest = /\[[^\]"]{1,80}\]/.exec(text);
  if (rest) throw new Error(`Platzhalter ${rest[0]} in „${key}“ nicht ersetzt.`);
  return JSON.parse(text) as Block[];
}

export const schutzLsbti: DemoSectionContent = {
  key: 'schutz-lsbti',
  status: 'done',
  blocks: ausgefuellt('schutz-lsbti', [
    ['[Funktion, Unterkunft]', 'eine Mitarbeiterin der Koordinierungsstelle Gewaltschutz im Fachdienst Soziales, zuständig für beide Unterkünfte'],
    ['[Sprechzeiten]', 'dienstags in der Unterkunft Am Lindenhof und donnerstags in der Alten Weberei jeweils von 10 bis 12 Uhr sowie nach Vereinbarung'],
    ['[LSBTI*-Beratungsstelle]', 'dem Queeren Netzwerk Musterland'],
    ['[LSBTI*-Beratungsstelle]', 'das Queere Netzwerk Musterland'],
    ['[unabhängige Asylverfahrensberatung]', 'die unabhängige Asylverfahrensberatung des Flüchtlingsrats Musterland'],
    ['[LSBTI*-Beratungsstelle]', 'das Queere Netzwerk Musterland'],
  ]),
  checklistDone: ['ansprechperson-lsbti', 'sichtbare-zeichen', 'hausordnung-vielfalt', 'information-asylverfahren'],
};

export const schutzBehinderung: DemoSectionContent = {
  key: 'schutz-behinderung',
  status: 'done',
  blocks: ausgefuellt('schutz-behinderung', [
    ['[fünf]', 'fünf'],
    ['[Leistungsbehörde]', 'der Leistungsstelle des Fachdienstes Soziales'],
    // Das Gesetz statt der Paragrafen, deren Nummern die GEAS-Anpassung verschoben haben kann (die Vorlage markiert sie).
    ['§§ 4, 6 AsylbLG [Fundstelle vor dem Beschluss prüfen]', 'dem Asylbewerberleistungsgesetz'],
    ['[Dienst]', 'den Dolmetschdienst des Gehörlosenverbands Musterland'],
  ]),
  checklistDone: ['hilfsmittel-antrag', 'pflege-nicht-durch-kinder', 'barrierefreie-kommunikation', 'evakuierung-vorsorge', 'schutz-in-abhaengigkeit'],
};

export const schutzTrauma: DemoSectionContent = {
  key: 'schutz-trauma',
  status: 'done',
  blocks: ausgefuellt('schutz-trauma', [
    ['[24 Stunden]', '24 Stunden'],
    ['[22]', '22'],
    ['[6]', '6'],
    ['[psychosozialem Zentrum]', 'dem Psychosozialen Zentrum für Geflüchtete Musterland'],
    ['[Jugendamt bzw. Erziehungsberatung]', 'Jugendamt bzw. Erziehungsberatungsstelle Musterstadt'],
    ['[sozialpsychiatrischer Dienst bzw. Krisendienst]', 'Sozialpsychiatrischer Dienst im Gesundheitsamt, nachts Krisendienst über die Kreisleitstelle'],
    ['[72 Stunden]', '72 Stunden'],
  ]),
  checklistDone: ['stabilisierender-alltag', 'keine-befragung', 'zugang-behandlung', 'krisenplan-stufen', 'entlastung-mitarbeitende'],
};
