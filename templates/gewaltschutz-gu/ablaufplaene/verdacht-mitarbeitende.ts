import type { AbschnittEntwurf } from '../gliederung';
import { LOKAL, POLIZEI, ablaufplan } from '../util';

export const verdachtMitarbeitende = {
  key: 'intervention-verdacht-mitarbeitende',
  title: 'Verdacht gegen Mitarbeitende, Sicherheitskräfte oder Ehrenamtliche',
  purpose:
    'Vorgehen, wenn sich ein Hinweis auf Gewalt, Machtmissbrauch, sexuelle Übergriffe oder andere Grenzverletzungen gegen eine Person richtet, die in der Unterkunft arbeitet oder sich dort engagiert – zum Schutz der Betroffenen und für ein faires Verfahren.',
  required: true,
  standards: [4, 2, 3],
  guidance: [
    {
      type: 'paragraph',
      text: 'Gewalt durch Mitarbeitende ist besonders schwer aufzudecken. Bewohner:innen sind von ihnen abhängig – bei Post, Zimmern, Terminen und Auskünften – und fürchten Nachteile, bis hin zu Folgen für ihr Verfahren. Kolleg:innen zögern aus Loyalität oder Unsicherheit. Deshalb hat dieser Fall einen eigenen Plan, der nicht in der Hand des Teams liegt, zu dem die beschuldigte Person gehört. Er gilt für Beschäftigte der Kommune und der Betreiber, für Sicherheitskräfte einschließlich Nachunternehmen, für Sprachmittler:innen und für Ehrenamtliche.',
    },
    {
      type: 'paragraph',
      text: 'Zuerst wird die betroffene Person geschützt: Sie hat ab sofort keinen Kontakt mehr zur beschuldigten Person. Der Hinweis geht an eine Stelle außerhalb des betroffenen Teams und an den Arbeitgeber, der über arbeitsrechtliche Schritte entscheidet – etwa eine Freistellung oder einen Einsatz an anderer Stelle; bei Dienstleistern greifen die vertraglichen Regeln. Eigene Ermittlungen unterbleiben; bei Verdacht auf eine Straftat wird das Vorgehen mit der Polizei abgestimmt, bevor die beschuldigte Person angesprochen wird. Zugleich hat auch sie Anspruch auf ein faires Verfahren, auf Anhörung durch den Arbeitgeber und – wenn sich der Verdacht nicht bestätigt – auf Rehabilitation.',
    },
    {
      type: 'paragraph',
      text: '**Häufige Lücken:** Der Hinweis landet bei der direkten Vorgesetzten der beschuldigten Person; beim Sicherheitsdienst erfährt das Nachunternehmen nichts; die beschuldigte Person wird vorschnell konfrontiert; Betroffene erfahren nie, was aus ihrem Hinweis geworden ist; niemand kümmert sich um eine zu Unrecht beschuldigte Person.',
    },
  ],
  questions: [
    'An wen wendet sich, wer einen Verdacht gegen die Leitung der Unterkunft hat?',
    'Wie ist vertraglich sichergestellt, dass Betreiber und Sicherheitsdienst bei einem Verdacht sofort mitwirken und Personal austauschen?',
    'Wer entscheidet über Freistellung, Einsatz an anderer Stelle, Anzeige – und wer über die Rehabilitation, wenn sich der Verdacht nicht bestätigt?',
  ],
  starter: ablaufplan({
    ausloeser: [
      'eine Bewohnerin oder ein Bewohner von Gewalt, Drohungen, Belästigung oder erzwungenen Gegenleistungen durch eine in der Unterkunft tätige Person berichtet,',
      'Kolleg:innen Grenzverletzungen beobachten, etwa unangekündigtes Betreten von Zimmern, private Kontakte zu Bewohner:innen oder Fotos,',
      'eine Beschwerde oder ein anonymer Hinweis eine in der Unterkunft tätige Person betrifft,',
      'die Polizei oder eine Beratungsstelle über einen solchen Verdacht informiert.',
    ],
    sofort: [
      `Bei akuter Gefahr oder Verdacht auf eine Straftat gegen Leib, Leben oder sexuelle Selbstbestimmung die Polizei (${POLIZEI}) verständigen.`,
      'Die betroffene Person schützen: Sie hat ab sofort keinen Kontakt mehr zur beschuldigten Person; Dienstpläne werden noch am selben Tag angepasst.',
      'Zuhören und ernst nehmen, nichts versprechen; die betroffene Person nicht ausführlich befragen und keine Gegenüberstellung veranlassen.',
      'Den Hinweis der Leitung der Unterkunft melden – richtet er sich gegen die Leitung, direkt der Gewaltschutzkoordination. Kolleg:innen der beschuldigten Person werden nicht eingebunden.',
      'Die beschuldigte Person erst ansprechen, wenn Arbeitgeber und gegebenenfalls Polizei das Vorgehen abgestimmt haben; Unterlagen wie Dienstpläne und Schlüsselbuch sichern.',
      'Ist ein Kind oder eine Jugendliche bzw. ein Jugendlicher betroffen, gilt zusätzlich der Ablaufplan „Gewalt gegen Kinder und Jugendliche (Kindeswohlgefährdung)“.',
    ],
    informiert: [
      ['Polizei', 'sofort bei akuter Gefahr oder Verdacht auf eine Straftat', 'Leitung bzw. Gewaltschutzkoordination', `Notruf ${POLIZEI}; {{kontakt.polizei}}`],
      ['Leitung der Unterkunft (außer sie selbst ist beschuldigt)', 'sofort', 'wer den Hinweis erhält', '{{kontakt.leitung_unterkunft}}'],
      ['Gewaltschutzkoordination', 'am selben Tag', 'Leitung der Unterkunft oder direkt die meldende Person', '{{coordination.telefon}}'],
      ['Arbeitgeber der beschuldigten Person (Betreiber, Sicherheitsdienst, Sprachmittlungsdienst, Ehrenamtskoordination)', 'am selben Tag', 'Gewaltschutzkoordination', LOKAL],
      ['Gesamtverantwortung der Kommune', 'am selben Tag bei Verdacht auf eine Straftat', 'Gewaltschutzkoordination', LOKAL],
      ['Jugendamt', 'sofort, wenn ein Kind oder eine Jugendliche bzw. ein Jugendlicher betroffen ist', 'Leitung bzw. Gewaltschutzkoordination', '{{kontakt.jugendamt}}'],
      ['Unabhängige Beschwerdestelle', 'auf Wunsch der betroffenen Person, zur Begleitung', 'Soziale Arbeit bzw. Gewaltschutzkoordination', '{{kontakt.beschwerdestelle}}'],
    ],
    dokumentation: [
      'Hinweis, Schutzmaßnahmen und Entscheidungen sachlich mit Datum festhalten; Aussagen möglichst wörtlich, Vermutungen als solche kennzeichnen.',
      'Die Unterlagen liegen bei der Gewaltschutzkoordination, nicht im Team der beschuldigten Person; Zugriff haben nur die mit dem Verfahren Befassten.',
      'Arbeitsrechtliche Schritte dokumentiert der Arbeitgeber; im Konzept und im Monitoring erscheinen keine Namen.',
    ],
    nachsorge: [
      'Die betroffene Person erhält eine feste Ansprechperson außerhalb des betroffenen Teams und auf Wunsch Beratung; sie erfährt, welche Schritte eingeleitet wurden.',
      'Das Team wird in Supervision oder einem begleiteten Gespräch entlastet, ohne Einzelheiten des Verdachts weiterzutragen.',
      'Bestätigt sich der Verdacht nicht, sorgt der Arbeitgeber gemeinsam mit der Gewaltschutzkoordination für die Rehabilitation der beschuldigten Person. Wer in gutem Glauben einen Hinweis gegeben hat, wird nicht benachteiligt.',
    ],
    nachbereitung: [
      'Prüfen, welche Bedingungen den Übergriff erleichtert haben – Einzeldienste, Schlüsselregeln, Abhängigkeiten, fehlende Beschwerdewege – und Auswahl, Schulung, Aufsicht oder Verträge anpassen.',
      'Die Steuerungsgruppe wertet den Verlauf ohne Namen aus; bei Dienstleistern wird über vertragliche Folgen entschieden.',
    ],
  }),
  checklist: [
    {
      key: 'meldung-ausserhalb-team',
      text: 'Hinweise gegen Mitarbeitende gehen an eine Stelle außerhalb des betroffenen Teams; bei einem Verdacht gegen die Leitung direkt an die Gewaltschutzkoordination.',
      standard: 3,
      level: 'typisch',
    },
    {
      key: 'kontaktsperre',
      text: 'Die betroffene Person wird sofort vor weiterem Kontakt mit der beschuldigten Person geschützt; Betreiber und Dienstleister sind vertraglich zur Mitwirkung verpflichtet.',
      standard: 4,
      level: 'typisch',
    },
    {
      key: 'faires-verfahren',
      text: 'Das Verfahren wahrt auch die Rechte der beschuldigten Person, einschließlich der Rehabilitation bei einem unbegründeten Verdacht.',
      standard: 2,
      level: 'empfohlen',
    },
  ],
  legalRefs: ['asylg-44-3', 'sgb8-8b', 'mindeststandards'],
} satisfies AbschnittEntwurf;
