/**
 * The six Mindeststandards (BMFSFJ/UNICEF and partners, 4. Auflage 2021) and the
 * three annexes, as labels for UI, checklists and reports. Titles are short
 * working titles; check them against the publication before release.
 */

export const ANNEX_KEYS = ['lsbti', 'behinderung', 'trauma'] as const;

export interface StandardInfo {
  number: 1 | 2 | 3 | 4 | 5 | 6;
  title: string;
  short: string;
}

export const MINDESTSTANDARDS: readonly StandardInfo[] = [
  { number: 1, title: 'Einrichtungsinternes Schutzkonzept', short: 'Schutzkonzept' },
  { number: 2, title: 'Personal und Personalmanagement', short: 'Personal' },
  { number: 3, title: 'Interne Strukturen und externe Kooperation', short: 'Strukturen und Kooperation' },
  {
    number: 4,
    title: 'Prävention von Gewalt, Risikomanagement und Umgang mit Gewalt- und Gefährdungssituationen',
    short: 'Prävention und Intervention',
  },
  { number: 5, title: 'Menschenwürdige, schützende und fördernde Rahmenbedingungen', short: 'Rahmenbedingungen' },
  { number: 6, title: 'Monitoring und Evaluierung des Schutzkonzepts', short: 'Monitoring und Evaluierung' },
];

export const ANNEX_LABELS: Record<(typeof ANNEX_KEYS)[number], string> = {
  lsbti: 'Annex: LSBTI*-Geflüchtete',
  behinderung: 'Annex: Geflüchtete mit Behinderung',
  trauma: 'Annex: Geflüchtete mit Traumafolgestörungen',
};
