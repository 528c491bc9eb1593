/**
 * Standardvorlage „Gewaltschutzkonzept für Gemeinschaftsunterkünfte“, jeweils neueste Fassung.
 * Ein Abschnitt je Datei; die Gliederungsnummern ergeben sich aus der Reihenfolge unten (gliederung.ts).
 * Ablaufpläne des Interventionsabschnitts unter ./ablaufplaene, Vertiefungen zu den Annexen der
 * Mindeststandards unter ./schutzbedarfe. Rechtsgrundlagen: ./legal-references.ts, bundesweite
 * Rufnummern: ./nummern.ts. Ältere Fassungen liegen eingefroren unter ./fassungen.
 */
import type { TemplateInput } from '../../lib/templates/schema';
import { anlagen } from './anlagen';
import { baulicheStandards } from './bauliche-standards';
import { beschwerdemanagement } from './beschwerdemanagement';
import { beteiligung } from './beteiligung';
import { deckblatt } from './deckblatt';
import { dokumentationDatenschutz } from './dokumentation-datenschutz';
import { geltungsbereich } from './geltungsbereich';
import { gewaltbegriff } from './gewaltbegriff';
import { nummeriere } from './gliederung';
import { intervention } from './intervention';
import { kurzfassung } from './kurzfassung';
import { kooperation } from './kooperation';
import { legalReferences } from './legal-references';
import { monitoring } from './monitoring';
import { personal } from './personal';
import { praeambel } from './praeambel';
import { rechtlicheGrundlagen } from './rechtliche-grundlagen';
import { ressourcenKosten } from './ressourcen-kosten';
import { risikoanalyse } from './risikoanalyse';
import { verantwortlichkeiten } from './verantwortlichkeiten';

export const gewaltschutzGu = {
  id: 'gewaltschutz-gu',
  version: '2026.2',
  title: 'Gewaltschutzkonzept für Gemeinschaftsunterkünfte',
  description:
    'Vorlage für ein kommunales Gewaltschutzkonzept, das alle Gemeinschaftsunterkünfte einer Kommune abdeckt. Sie folgt den sechs Mindeststandards zum Schutz von geflüchteten Menschen in Flüchtlingsunterkünften, vertieft ihre drei Annexe und enthält eine Kurzfassung für das beschließende Gremium, eine Kostenübersicht, ein Glossar und Ablaufpläne für dreizehn Vorfallarten in einheitlichem Aufbau.',
  legalReferences: [...legalReferences],
  sections: nummeriere([
    deckblatt,
    kurzfassung,
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
    ressourcenKosten,
    anlagen,
  ]),
} satisfies TemplateInput;
