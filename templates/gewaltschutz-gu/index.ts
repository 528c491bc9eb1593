/**
 * Standardvorlage „Gewaltschutzkonzept für Gemeinschaftsunterkünfte“.
 * Ein Abschnitt je Datei (01–16), Ablaufpläne von Abschnitt 13 unter ./ablaufplaene.
 * Rechtsgrundlagen: ./legal-references.ts, bundesweite Rufnummern: ./nummern.ts.
 */
import type { TemplateInput } from '../../lib/templates/schema';
import { deckblatt } from './01-deckblatt';
import { praeambel } from './02-praeambel';
import { geltungsbereich } from './03-geltungsbereich';
import { rechtlicheGrundlagen } from './04-rechtliche-grundlagen';
import { gewaltbegriff } from './05-gewaltbegriff';
import { verantwortlichkeiten } from './06-verantwortlichkeiten';
import { risikoanalyse } from './07-risikoanalyse';
import { baulicheStandards } from './08-bauliche-standards';
import { personal } from './09-personal';
import { beteiligung } from './10-beteiligung';
import { beschwerdemanagement } from './11-beschwerdemanagement';
import { kooperation } from './12-kooperation';
import { intervention } from './13-intervention';
import { dokumentationDatenschutz } from './14-dokumentation-datenschutz';
import { monitoring } from './15-monitoring';
import { anlagen } from './16-anlagen';
import { legalReferences } from './legal-references';

export const gewaltschutzGu = {
  id: 'gewaltschutz-gu',
  version: '2026.1',
  title: 'Gewaltschutzkonzept für Gemeinschaftsunterkünfte',
  description:
    'Vorlage für ein kommunales Gewaltschutzkonzept, das alle Gemeinschaftsunterkünfte einer Kommune abdeckt. Sie folgt den sechs Mindeststandards zum Schutz von geflüchteten Menschen in Flüchtlingsunterkünften und ihren drei Annexen und enthält Ablaufpläne für acht Vorfallarten.',
  legalReferences: [...legalReferences],
  sections: [
    deckblatt,
    praeambel,
    geltungsbereich,
    rechtlicheGrundlagen,
    gewaltbegriff,
    verantwortlichkeiten,
    risikoanalyse,
    baulicheStandards,
    personal,
    beteiligung,
    beschwerdemanagement,
    kooperation,
    intervention,
    dokumentationDatenschutz,
    monitoring,
    anlagen,
  ],
} satisfies TemplateInput;
