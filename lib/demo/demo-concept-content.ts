/**
 * Demo content for the seed: a realistic draft of the „Gewaltschutzkonzept für die
 * Gemeinschaftsunterkünfte des Landkreises Musterland“ (fictional district in Niedersachsen).
 *
 * Section keys are those of the template „gewaltschutz-gu“; blocks use the template block
 * format (convert with `blocksToTiptap`). The draft deliberately leaves some sections empty
 * (see DEMO_UNTOUCHED_SECTION_KEYS) and marks two as „in Arbeit“, so a new user sees a concept
 * in progress. All names, organisations and 05999 numbers are invented; no resident data.
 */
import { deckblatt, gewaltbegriff, geltungsbereich, praeambel, verantwortlichkeiten } from './demo-concept/grundlagen';
import {
  akuteGewalt,
  gewaltGegenMitarbeitende,
  haeuslicheGewalt,
  intervention,
  kinderschutz,
  sexualisierteGewalt,
} from './demo-concept/intervention';
import { brandRaeumung, verdachtMitarbeitende } from './demo-concept/intervention-weitere';
import { monitoring } from './demo-concept/monitoring';
import { schutzBehinderung, schutzLsbti, schutzTrauma } from './demo-concept/schutzbedarfe';
import { kurzfassung, ressourcenKosten } from './demo-concept/rat';
import { beschwerdemanagement, beteiligung, kooperation } from './demo-concept/beteiligung';
import { baulicheStandards, personal, risikoanalyse } from './demo-concept/praevention';
import { GESAMTVERANTWORTUNG } from './demo-concept/fakten';
import type { DemoSectionContent } from './demo-concept/types';

export type { DemoSectionContent } from './demo-concept/types';

export const DEMO_CONCEPT: { title: string; responsible: string; sections: DemoSectionContent[] } = {
  title: 'Gewaltschutzkonzept für die Gemeinschaftsunterkünfte des Landkreises Musterland',
  responsible: GESAMTVERANTWORTUNG,
  // Template order.
  sections: [
    deckblatt,
    kurzfassung,
    praeambel,
    geltungsbereich,
    gewaltbegriff,
    schutzLsbti,
    schutzBehinderung,
    schutzTrauma,
    verantwortlichkeiten,
    risikoanalyse,
    baulicheStandards,
    personal,
    beteiligung,
    beschwerdemanagement,
    kooperation,
    intervention,
    akuteGewalt,
    kinderschutz,
    haeuslicheGewalt,
    sexualisierteGewalt,
    gewaltGegenMitarbeitende,
    verdachtMitarbeitende,
    brandRaeumung,
    monitoring,
    ressourcenKosten,
  ],
};

/**
 * Sections of the template the demo leaves untouched on purpose (documentation for the seed
 * and the tests): Rechtliche Grundlagen, six of the thirteen
 * Ablaufpläne, Dokumentation and the Anlagen. Every template section is either drafted or listed here.
 */
export const DEMO_UNTOUCHED_SECTION_KEYS = [
  'rechtliche-grundlagen',
  'intervention-lsbti',
  'intervention-menschenhandel',
  'intervention-psychische-krise',
  'intervention-zwangsheirat-ehre',
  'intervention-vermisstes-kind',
  'intervention-angriff-von-aussen',
  'dokumentation-datenschutz',
  'anlagen',
  'anlage-kontakte',
  'anlage-verhaltenskodex',
  'anlage-formulare',
  'anlage-glossar',
] as const;
