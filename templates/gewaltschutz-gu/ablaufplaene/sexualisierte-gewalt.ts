import type { AbschnittEntwurf } from '../gliederung';
import { rufnummer } from '../nummern';
import { LOKAL, NOTRUF, POLIZEI, ablaufplan } from '../util';

export const sexualisierteGewalt = {
  key: 'intervention-sexualisierte-gewalt',
  title: 'Sexuelle Belästigung und sexualisierte Gewalt',
  purpose:
    'Vorgehen bei sexueller Belästigung, sexuellen Übergriffen und Vergewaltigung – auch wenn die beschuldigte Person zum Personal gehört.',
  required: true,
  standards: [4, 2],
  annexes: ['trauma'],
  guidance: [
    {
      type: 'paragraph',
      text: 'Sexualisierte Gewalt reicht von anzüglichen Bemerkungen, Nachstellen und ungewollten Berührungen bis zur Vergewaltigung. Sie kann von Mitbewohnenden und Besucher:innen ausgehen, aber auch von Mitarbeitenden, Sicherheitskräften oder Ehrenamtlichen – dann kommt ein besonderes Abhängigkeitsverhältnis hinzu.',
    },
    {
      type: 'paragraph',
      text: 'Erwachsene Betroffene entscheiden selbst, ob sie Anzeige erstatten. Der Plan soll ihnen alle Möglichkeiten offenhalten: medizinische Versorgung, eine vertrauliche Spurensicherung ohne sofortige Anzeige (wo es sie gibt), Beratung und Schutz vor weiteren Übergriffen. Wichtig sind eine Ansprechperson und eine Sprachmittlung des gewünschten Geschlechts. Geht die Gewalt von Mitarbeitenden aus, wird die beschuldigte Person bis zur Klärung vom Kontakt mit der betroffenen Person ausgeschlossen und der Arbeitgeber sofort informiert.',
    },
    {
      type: 'paragraph',
      text: '**Häufige Lücken:** keine Angaben zur vertraulichen Spurensicherung in der Region; Belästigung wird als Kleinigkeit abgetan; keine Regel für Übergriffe durch Personal.',
    },
  ],
  questions: [
    'Wo gibt es in Ihrer Region medizinische Versorgung und vertrauliche Spurensicherung nach sexualisierter Gewalt?',
    'Wie wird sichergestellt, dass Betroffene von einer Person des gewünschten Geschlechts begleitet werden?',
    'Was geschieht, wenn die beschuldigte Person Mitarbeiter:in, Sicherheitskraft oder ehrenamtlich tätig ist?',
    'Wie gehen Sie mit wiederholter Belästigung um, die (noch) nicht strafbar ist?',
  ],
  starter: ablaufplan({
    ausloeser: [
      'eine Person von sexueller Belästigung oder einem sexuellen Übergriff berichtet,',
      'Übergriffe, Nachstellen oder Bedrängen beobachtet werden, etwa vor Sanitärräumen,',
      'es Hinweise auf heimliche Aufnahmen oder die Verbreitung intimer Bilder gibt,',
      'Hinweise auf sexuelle Ausbeutung oder erzwungene Gegenleistungen bestehen, auch durch Mitarbeitende.',
    ],
    sofort: [
      `Die betroffene Person in einen geschützten Raum bringen; bei Verletzungen den Rettungsdienst (${NOTRUF}), bei akuter Gefahr die Polizei (${POLIZEI}) rufen.`,
      'Ansprechen durch eine Person des gewünschten Geschlechts, mit vertrauenswürdiger Sprachmittlung.',
      'Zuhören, glauben, nicht drängen; keine Einzelheiten erfragen, die für den Schutz nicht nötig sind.',
      'Über medizinische Versorgung und vertrauliche Spurensicherung informieren – möglichst zeitnah; die Entscheidung über eine Anzeige liegt bei der erwachsenen betroffenen Person.',
      'Schutz vor der beschuldigten Person sicherstellen: räumliche Trennung; bei Mitarbeitenden sofortiger Ausschluss vom Kontakt mit der betroffenen Person.',
      'Ist ein Kind oder Jugendlicher betroffen, gilt zusätzlich der Ablaufplan „Gewalt gegen Kinder und Jugendliche (Kindeswohlgefährdung)“.',
    ],
    informiert: [
      ['Rettungsdienst / Polizei', 'sofort bei Verletzung oder Gefahr', 'wer den Vorfall bemerkt', `${NOTRUF} / ${POLIZEI}`],
      ['Leitung der Unterkunft', 'sofort', 'Mitarbeitende bzw. Sicherheitsdienst', '{{kontakt.leitung_unterkunft}}'],
      ['Fachberatung bei sexualisierter Gewalt bzw. Frauennotruf', 'mit Einverständnis, am selben Tag', 'Soziale Arbeit', '{{kontakt.frauenberatung}}'],
      ['Arbeitgeber der beschuldigten Person (bei Mitarbeitenden)', 'sofort', 'Gewaltschutzkoordination', LOKAL],
      ['Gewaltschutzkoordination', 'innerhalb von 24 Stunden', 'Leitung der Unterkunft', '{{coordination.telefon}}'],
    ],
    dokumentation: [
      'Nur festhalten, was die betroffene Person von sich aus berichtet – möglichst in ihren Worten.',
      'Schutzmaßnahmen und Weitervermittlungen dokumentieren.',
      'Keine Fotos von Verletzungen durch Mitarbeitende; Verletzungen werden ärztlich dokumentiert.',
    ],
    nachsorge: [
      'Begleitung zu Ärzt:innen, zur Beratung und auf Wunsch zur Polizei anbieten.',
      'Psychosoziale Unterstützung vermitteln und auf Anzeichen von Traumafolgen achten.',
      `Auf Beratung hinweisen, die auch erreichbar ist, wenn die Fachberatung geschlossen hat: ${rufnummer('hilfetelefonFrauen')}; für betroffene Männer ${rufnummer('hilfetelefonMaenner')}, außerhalb dieser Zeiten ${rufnummer('telefonSeelsorge')}; bei Kindern und Jugendlichen ${rufnummer('hilfetelefonMissbrauch')}.`,
      'Die Unterbringung so gestalten, dass die betroffene Person sich sicher fühlt; ein Zimmerwechsel nur auf ihren Wunsch.',
    ],
    nachbereitung: [
      'Prüfen, ob bauliche oder organisatorische Ursachen bestanden – Beleuchtung, Schlösser, Dienstpläne – und die Risikoanalyse ergänzen.',
      'Bei Übergriffen durch Personal: arbeitsrechtliche und vertragliche Folgen klären und das Auswahlverfahren überprüfen.',
    ],
  }),
  checklist: [
    {
      key: 'spurensicherung',
      text: 'Medizinische Versorgung und vertrauliche Spurensicherung sind mit örtlichen Anlaufstellen geregelt.',
      standard: 4,
      level: 'typisch',
    },
    {
      key: 'gewuenschtes-geschlecht',
      text: 'Betroffene werden von einer Person des gewünschten Geschlechts angesprochen und begleitet.',
      standard: 4,
      level: 'typisch',
    },
    {
      key: 'uebergriffe-personal',
      text: 'Das Vorgehen bei sexualisierter Gewalt durch Mitarbeitende, Sicherheitskräfte und Ehrenamtliche ist geregelt.',
      standard: 2,
      level: 'typisch',
    },
    {
      key: 'traumasensible-beratung',
      text: 'Betroffene erhalten Zugang zu traumasensibler Beratung.',
      standard: 'trauma',
      level: 'typisch',
    },
  ],
  legalRefs: ['istanbul-konvention', 'mindeststandards'],
} satisfies AbschnittEntwurf;
