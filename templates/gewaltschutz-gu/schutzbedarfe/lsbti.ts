import type { AbschnittEntwurf } from '../gliederung';

/** Vertiefung zum Annex „LSBTI*-Geflüchtete“ der Mindeststandards. */
export const schutzLsbti = {
  key: 'schutz-lsbti',
  title: 'LSBTI*-Geflüchtete',
  purpose:
    'Der Abschnitt legt fest, wie lesbische, schwule, bisexuelle, trans*, inter* und queere Geflüchtete in den Unterkünften sicher leben können: mit einer benannten Ansprechperson, sichtbaren Zeichen der Sicherheit, strikter Vertraulichkeit und behutsamen Informationen zum Asylverfahren.',
  required: false,
  standards: [1, 2, 3, 5],
  annexes: ['lsbti'],
  guidance: [
    {
      type: 'paragraph',
      text: 'Viele LSBTI*-Geflüchtete haben Verfolgung und Gewalt wegen ihrer sexuellen Orientierung oder geschlechtlichen Identität erlebt – im Herkunftsland, auf der Flucht, oft in der eigenen Familie. In der Unterkunft treffen sie wieder auf Menschen, vor denen sie sich verstecken. Die meisten geben sich deshalb nicht zu erkennen, solange sie nicht sicher sind, dass ihnen niemand schadet. Schutz beginnt damit, dass sie sehen können: Hier darf ich sein, wer ich bin, und hier gibt es jemanden, der mir zuhört, ohne mich zu verraten.',
    },
    { type: 'heading', level: 3, text: 'Was hierher gehört' },
    {
      type: 'bulletList',
      items: [
        '**eine benannte Ansprechperson** für LSBTI*-Geflüchtete je Unterkunft oder für alle Unterkünfte gemeinsam: geschult, mit fester Erreichbarkeit, im Kontaktverzeichnis und auf dem Aushang genannt; dazu eine externe Stelle für alle, die sich in der Unterkunft niemandem anvertrauen wollen',
        '**sichtbare Zeichen der Sicherheit:** ein gut erkennbares Zeichen an Büro- und Beratungstüren, dass hier niemand wegen seiner sexuellen Orientierung oder geschlechtlichen Identität abgewiesen wird; mehrsprachiges Material von LSBTI*-Beratungsstellen, das offen ausliegt und ohne Nachfrage mitgenommen werden kann; eine Hausordnung, die Diskriminierung aus diesen Gründen ausdrücklich verbietet',
        '**Vertraulichkeit:** keine Angaben zur Identität in Belegungslisten, Dienstbüchern oder Meldungen; Weitergabe nur mit ausdrücklicher Zustimmung',
        '**Unterbringung:** Einzelzimmer oder ein geschützter Bereich auf Wunsch, kurzfristige Verlegung bei Bedrohung, freie Wahl des Sanitärbereichs für trans* und inter* Personen',
        '**Anrede:** gewählter Name und Pronomen im Alltag der Unterkunft, auch wenn die Papiere anderes ausweisen',
        '**Schulung** aller Mitarbeitenden, der Sicherheitskräfte und der Sprachmittler:innen',
      ],
    },
    { type: 'heading', level: 3, text: 'Warum die Offenlegung für das Asylverfahren wichtig sein kann' },
    {
      type: 'paragraph',
      text: 'Verfolgung wegen der sexuellen Orientierung oder geschlechtlichen Identität kann ein Grund für internationalen Schutz sein. Das Bundesamt für Migration und Flüchtlinge setzt für solche Anhörungen besonders geschulte Sonderbeauftragte ein – dafür muss es aber vom Schutzbedarf wissen. Seit Oktober 2022 darf es queere Schutzsuchende nicht mehr darauf verweisen, im Herkunftsland unauffällig zu leben. Gründe, die erst spät vorgetragen werden, können im Verfahren schwerer zu belegen sein. Mitarbeitende sagen deshalb behutsam und nur, wenn die Person es möchte, dass diese Gründe wichtig sein können und wo es unabhängige Asylverfahrensberatung und LSBTI*-Beratung gibt. Sie geben selbst nichts an Behörden weiter und drängen niemanden zu einem Outing; die Entscheidung liegt allein bei der Person. Ob sich das Verfahren mit der Reform des Gemeinsamen Europäischen Asylsystems ändert, klärt die Asylverfahrensberatung.',
    },
    { type: 'heading', level: 3, text: 'Häufige Lücken' },
    {
      type: 'bulletList',
      items: [
        'Es gibt keine benannte Ansprechperson; LSBTI*-Personen müssen sich erst bei der Leitung offenbaren, um Hilfe zu erhalten.',
        'Sprachmittler:innen aus dem Umfeld der Person übersetzen, ohne geschult und zur Verschwiegenheit verpflichtet zu sein.',
        'Der Wunsch nach einem Einzelzimmer wird als Bevorzugung behandelt und muss begründet werden.',
      ],
    },
  ],
  questions: [
    'Wer ist Ansprechperson für LSBTI*-Geflüchtete, wie ist sie geschult, und woran erkennen Bewohner:innen, dass sie sich an sie wenden können?',
    'Welche Zeichen zeigen in den Unterkünften, dass LSBTI*-Personen dort sicher sind, und wo liegen Informationen in ihren Sprachen aus?',
    'Wie stellen Sie sicher, dass Angaben zur sexuellen Orientierung oder geschlechtlichen Identität nirgends ohne Zustimmung auftauchen?',
    'Wie werden LSBTI*-Geflüchtete über die Bedeutung ihrer Verfolgungsgründe für das Asylverfahren informiert, ohne sie unter Druck zu setzen?',
  ],
  textBlocks: [
    {
      key: 'ansprechperson-lsbti',
      title: 'Ansprechperson für LSBTI*-Geflüchtete',
      blocks: [
        {
          type: 'paragraph',
          text: 'Für LSBTI*-Geflüchtete ist eine Ansprechperson benannt: [Funktion, Unterkunft]. Sie hat an einer Schulung zu LSBTI*-sensiblem Umgang teilgenommen, ist [Sprechzeiten] erreichbar und arbeitet eng mit [LSBTI*-Beratungsstelle] zusammen. Ihr Name und ihre Erreichbarkeit stehen im Kontaktverzeichnis und auf dem Aushang „Hilfe im Notfall“. Wer sich in der Unterkunft niemandem anvertrauen möchte, kann sich direkt an [LSBTI*-Beratungsstelle] wenden; die Unterkunft erfährt davon nur, was die Person selbst weitergeben möchte.',
        },
      ],
    },
    {
      key: 'sichtbare-zeichen',
      title: 'Sichtbare Zeichen der Sicherheit',
      blocks: [
        {
          type: 'bulletList',
          items: [
            'An den Türen der Büros und Beratungsräume zeigt ein gut sichtbares Zeichen, dass hier niemand wegen seiner sexuellen Orientierung oder geschlechtlichen Identität abgewiesen wird.',
            'Mehrsprachige Informationen von LSBTI*-Beratungsstellen liegen an Orten aus, an denen man sie unbeobachtet mitnehmen kann, etwa in Sanitärräumen oder im Wartebereich.',
            'Die Hausordnung verbietet ausdrücklich Beleidigung, Bedrohung und Ausgrenzung wegen der sexuellen Orientierung oder geschlechtlichen Identität.',
            'Informationsblätter und Aushänge nennen die Ansprechperson für LSBTI*-Geflüchtete mit ihrer Erreichbarkeit.',
          ],
        },
      ],
    },
    {
      key: 'information-asylverfahren',
      title: 'Information zum Asylverfahren',
      blocks: [
        {
          type: 'paragraph',
          text: 'Vertraut sich eine Person als LSBTI* an, weist die Ansprechperson behutsam darauf hin, dass Verfolgung wegen der sexuellen Orientierung oder geschlechtlichen Identität für das Asylverfahren bedeutsam sein kann und dass das Bundesamt für Migration und Flüchtlinge dafür besonders geschulte Anhörende einsetzt. Sie vermittelt auf Wunsch an [unabhängige Asylverfahrensberatung] und [LSBTI*-Beratungsstelle]. Ob und wann die Person ihre Gründe vorträgt, entscheidet allein sie. Die Unterkunft gibt keine Angaben an Behörden weiter.',
        },
      ],
    },
  ],
  checklist: [
    {
      key: 'ansprechperson-lsbti',
      text: 'Eine geschulte Ansprechperson für LSBTI*-Geflüchtete ist benannt und im Kontaktverzeichnis sowie auf den Aushängen mit Erreichbarkeit genannt.',
      standard: 'lsbti',
      level: 'typisch',
    },
    {
      key: 'sichtbare-zeichen',
      text: 'Sichtbare Zeichen und frei zugängliches mehrsprachiges Material zeigen, dass LSBTI*-Personen in der Unterkunft sicher sind.',
      standard: 'lsbti',
      level: 'typisch',
    },
    {
      key: 'hausordnung-vielfalt',
      text: 'Die Hausordnung verbietet Diskriminierung wegen der sexuellen Orientierung und der geschlechtlichen Identität ausdrücklich.',
      standard: 'lsbti',
      level: 'empfohlen',
    },
    {
      key: 'information-asylverfahren',
      text: 'LSBTI*-Geflüchtete erhalten auf Wunsch Informationen zur Bedeutung ihrer Verfolgungsgründe im Asylverfahren und Zugang zu unabhängiger Beratung – ohne Druck und ohne Weitergabe an Behörden.',
      standard: 'lsbti',
      level: 'empfohlen',
    },
    {
      key: 'trans-inter',
      text: 'Trans* und inter* Personen werden mit gewähltem Namen und Pronomen angesprochen und wählen ihren Sanitärbereich selbst.',
      standard: 'lsbti',
      level: 'empfohlen',
    },
    {
      key: 'sprachmittlung-lsbti',
      text: 'Sprachmittler:innen sind zu LSBTI*-sensiblem Umgang geschult und zur Verschwiegenheit verpflichtet; niemand aus dem Umfeld der Person übersetzt gegen ihren Willen.',
      standard: 'lsbti',
      level: 'typisch',
    },
  ],
  legalRefs: ['eu-aufnahme-rl-2024', 'dsgvo', 'mindeststandards'],
} satisfies AbschnittEntwurf;
