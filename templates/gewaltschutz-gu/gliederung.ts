/**
 * Gliederung der Vorlage: Die Module beschreiben Abschnitte ohne Nummer; die Gliederungsnummer
 * („7“, „14.2“) ergibt sich allein aus der Reihenfolge in index.ts. So kann ein neuer Abschnitt
 * eingefügt werden, ohne dass Nummern in einzelnen Dateien auseinanderlaufen.
 * Texte verweisen deshalb nie mit einer Nummer auf einen anderen Abschnitt, sondern mit seinem Titel.
 */
import type { SectionInput } from '../../lib/templates/schema';

/** Ein Abschnitt, wie er in seinem Modul steht: alles außer der Gliederungsnummer. */
export type AbschnittEntwurf = Omit<SectionInput, 'number' | 'children'> & {
  children?: readonly AbschnittEntwurf[];
};

/** Vergibt die Gliederungsnummern nach der Reihenfolge: 1, 2, …; Unterabschnitte 14.1, 14.2, … */
export function nummeriere(abschnitte: readonly AbschnittEntwurf[], praefix = ''): SectionInput[] {
  return abschnitte.map((abschnitt, i) => {
    const number = `${praefix}${i + 1}`;
    const { children, ...rest } = abschnitt;
    return children ? { ...rest, number, children: nummeriere(children, `${number}.`) } : { ...rest, number };
  });
}
