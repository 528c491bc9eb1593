import Link from 'next/link';
import type { Finding, FindingCounts } from '@/lib/review/completeness';
import { formatIsoDate } from '../../../_lib/format';

type SectionFinding = Extract<Finding, { sectionKey: string }>;

/** One line summing up the Vollständigkeitsprüfung, e.g. for the export dialog and the concept page. */
export function findingsSummary(counts: FindingCounts): string {
  if (counts.total === 0) return 'Die Vollständigkeitsprüfung findet nichts Offenes.';
  const parts = [
    counts.emptyRequired > 0 ? `${counts.emptyRequired} Pflichtabschnitt${counts.emptyRequired === 1 ? '' : 'e'} ohne Text` : null,
    counts.placeholders > 0 ? `${counts.placeholders} offene${counts.placeholders === 1 ? 'r' : ''} Platzhalter „[…]“` : null,
    counts.unticked > 0 ? `${counts.unticked} nicht abgehakte${counts.unticked === 1 ? 'r' : ''} Prüfpunkt${counts.unticked === 1 ? '' : 'e'}` : null,
    counts.staleContacts > 0 ? `${counts.staleContacts} Kontakt${counts.staleContacts === 1 ? '' : 'e'} seit über zwölf Monaten nicht geprüft` : null,
    counts.facilityMismatches > 0
      ? `${counts.facilityMismatches} Angabe${counts.facilityMismatches === 1 ? '' : 'n'} im Text, die den Daten einer Unterkunft widerspr${counts.facilityMismatches === 1 ? 'icht' : 'echen'}`
      : null,
  ].filter(Boolean);
  return `Noch offen: ${parts.join(', ')}.`;
}

/**
 * The findings of the Vollständigkeitsprüfung, grouped, each linking to where it is fixed.
 */
export function CompletenessFindings({ conceptId, districtId, findings, headingLevel = 3 }: { conceptId: string; districtId: string; findings: Finding[]; headingLevel?: 2 | 3 }) {
  if (findings.length === 0) return null;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const link = (f: SectionFinding) => (
    <Link href={`/concepts/${conceptId}/sections/${f.sectionKey}`}>
      {f.sectionNumber} {f.sectionTitle}
    </Link>
  );
  const of = <K extends Finding['kind']>(kind: K) => findings.filter((f): f is Extract<Finding, { kind: K }> => f.kind === kind);
  const empty = of('empty_required');
  const placeholders = of('placeholder');
  const mismatches = of('facility_mismatch');
  const stale = of('stale_contact');
  const unticked = of('unticked');
  return (
    <div className="findings">
      {empty.length > 0 && (
        <>
          <H>Pflichtabschnitte ohne Text</H>
          <ul>
            {empty.map((f) => (
              <li key={f.sectionKey}>{link(f)}</li>
            ))}
          </ul>
        </>
      )}
      {placeholders.length > 0 && (
        <>
          <H>Offene Platzhalter</H>
          <ul>
            {placeholders.map((f) => (
              <li key={f.sectionKey}>
                {link(f)}: {f.placeholders.join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
      {mismatches.length > 0 && (
        <>
          <H>Text und Daten der Unterkünfte widersprechen sich</H>
          <ul>
            {mismatches.map((f, i) => (
              <li key={`${f.sectionKey}-${f.facilityId}-${i}`}>
                {link(f)}: „{f.inText}“ – laut Daten der Unterkunft „{f.facilityName}“: {f.inData}.{' '}
                <Link href={`/districts/${districtId}/facilities/${f.facilityId}`}>Daten der Unterkunft</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {stale.length > 0 && (
        <>
          <H>Kontakte, die geprüft werden müssen</H>
          <ul>
            {stale.map((f) => (
              <li key={f.contactId}>
                <Link href={`/districts/${districtId}/contacts#kontakt-${f.contactId}`}>{f.organisation}</Link>:{' '}
                {f.lastVerifiedOn ? `zuletzt geprüft am ${formatIsoDate(f.lastVerifiedOn)}` : 'noch nie geprüft'}
              </li>
            ))}
          </ul>
        </>
      )}
      {unticked.length > 0 && (
        <details>
          <summary>Noch nicht abgehakte Prüfpunkte ({unticked.reduce((n, f) => n + f.items.length, 0)})</summary>
          <ul>
            {unticked.map((f) => (
              <li key={f.sectionKey}>
                {link(f)}
                <ul>
                  {f.items.map((item) => (
                    <li key={item.key}>{item.text}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
