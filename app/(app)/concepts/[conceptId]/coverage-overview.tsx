import Link from 'next/link';
import type { CoverageRow } from '@/lib/review/coverage';

const BAR_WIDTH = 320;
const ROW_HEIGHT = 34;
const LABEL_WIDTH = 280;

function share(part: number, total: number) {
  return total === 0 ? 0 : part / total;
}

/**
 * Coverage by Mindeststandard and annex: a bar chart (requirements ticked by the district,
 * sections judged erfüllt by the advisor) and the same figures as a table with links to the
 * sections. The chart is a picture of the table: screen readers get the table.
 */
export function CoverageOverview({ conceptId, coverage, hasVerdicts }: { conceptId: string; coverage: CoverageRow[]; hasVerdicts: boolean }) {
  const height = coverage.length * ROW_HEIGHT + 30;
  return (
    <section aria-labelledby="abdeckung-titel" className="coverage">
      <h2 id="abdeckung-titel">Abdeckung nach Mindeststandards</h2>
      <p className="muted">
        Je Mindeststandard und Annex: welche Prüfpunkte die Kommune abgehakt hat
        {hasVerdicts ? ' und welche Abschnitte die Beratung als erfüllt bewertet hat' : ''}. Die Zahlen stehen auch in der Tabelle darunter.
      </p>
      <svg
        className="coverage__chart"
        viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 70} ${height}`}
        width="100%"
        aria-hidden="true"
        focusable="false"
      >
        <g fontSize="12" fill="currentColor">
          <rect x={LABEL_WIDTH} y={4} width={12} height={12} className="coverage__ticked" />
          <text x={LABEL_WIDTH + 18} y={14}>
            Prüfpunkte abgehakt
          </text>
          {hasVerdicts && (
            <>
              <rect x={LABEL_WIDTH + 150} y={4} width={12} height={12} className="coverage__fulfilled" />
              <text x={LABEL_WIDTH + 168} y={14}>
                Abschnitte erfüllt
              </text>
            </>
          )}
        </g>
        {coverage.map((row, i) => {
          const y = 26 + i * ROW_HEIGHT;
          const ticked = share(row.ticked, row.total);
          const fulfilled = share(row.sectionsFulfilled, row.sectionsTotal);
          return (
            <g key={row.key} fontSize="12" fill="currentColor">
              <text x={0} y={y + 14}>
                {row.shortLabel}
              </text>
              <rect x={LABEL_WIDTH} y={y} width={BAR_WIDTH} height={hasVerdicts ? 12 : 20} className="coverage__track" />
              <rect x={LABEL_WIDTH} y={y} width={BAR_WIDTH * ticked} height={hasVerdicts ? 12 : 20} className="coverage__ticked" />
              {hasVerdicts && (
                <>
                  <rect x={LABEL_WIDTH} y={y + 14} width={BAR_WIDTH} height={10} className="coverage__track" />
                  <rect x={LABEL_WIDTH} y={y + 14} width={BAR_WIDTH * fulfilled} height={10} className="coverage__fulfilled" />
                </>
              )}
              <text x={LABEL_WIDTH + BAR_WIDTH + 8} y={y + 12}>
                {Math.round(ticked * 100)} %
              </text>
            </g>
          );
        })}
      </svg>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="abdeckung-tabelle">
        <table className="table">
          <caption id="abdeckung-tabelle">Abdeckung nach Mindeststandards und Annexen</caption>
          <thead>
            <tr>
              <th scope="col">Standard</th>
              <th scope="col">Prüfpunkte abgehakt</th>
              <th scope="col">Abschnitte erfüllt (Beratung)</th>
              <th scope="col">Nachbessern</th>
              <th scope="col">Offene Kommentare</th>
              <th scope="col">Abschnitte</th>
            </tr>
          </thead>
          <tbody>
            {coverage.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>
                  {row.ticked} von {row.total}
                </td>
                <td>{hasVerdicts ? `${row.sectionsFulfilled} von ${row.sectionsTotal}` : 'noch nicht bewertet'}</td>
                <td>{row.sectionsToImprove}</td>
                <td>{row.openThreads}</td>
                <td>
                  <ul className="inline-list">
                    {row.sections.map((s) => (
                      <li key={s.key}>
                        <Link href={`/concepts/${conceptId}/sections/${s.key}`} aria-label={`${s.number} ${s.title}`}>
                          {s.number}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
