'use client';

import Link from 'next/link';
import type { ImportSummary } from '@/lib/import/import-summary';
import { formatDateTime } from '@/lib/shared/date-format';
import { ActionForm } from '../../../_components/action-form';
import { dismissImportSummaryAction } from './import-actions';

/** What the Word import took over and what not; stays until a coordinator hides it. */
export function ImportSummaryCard({ conceptId, summary, canDismiss }: { conceptId: string; summary: ImportSummary; canDismiss: boolean }) {
  const importedAt = summary.importedAt ? formatDateTime(summary.importedAt) : '';
  return (
    <section className="card" aria-labelledby="import-zusammenfassung">
      <h2 id="import-zusammenfassung">Aus der Word-Datei „{summary.fileName}“ übernommen</h2>
      <p className="muted">
        {importedAt && <>Übernommen am {importedAt}. </>}
        {summary.sections.length} Abschnitte haben Text aus der Datei erhalten, {summary.emptySections} beginnen wie bei einem neuen Konzept. Die{' '}
        <Link href={`/concepts/${conceptId}/pruefung`}>Vollständigkeitsprüfung</Link> zeigt, welche Abschnitte und Prüfpunkte noch offen
        sind.
      </p>
      <h3>Übernommen</h3>
      <ul>
        {summary.sections.map((s) => (
          <li key={s.key}>
            <Link href={`/concepts/${conceptId}/sections/${s.key}`}>{s.label}</Link> ← {s.parts.map((p) => `„${p}“`).join(', ')}
          </li>
        ))}
        {summary.unassigned.length > 0 && (
          <li>
            <Link href={`/concepts/${conceptId}/sections/anlagen`}>Übernommene Inhalte ohne Zuordnung</Link> (im Abschnitt „Anlagen“) ←{' '}
            {summary.unassigned.map((p) => `„${p}“`).join(', ')}
          </li>
        )}
      </ul>
      <h3>Nicht oder nur teilweise übernommen</h3>
      {summary.notTaken.length === 0 ? (
        <p>Nichts: Der ganze Text der Datei steht im Konzept.</p>
      ) : (
        <ul>
          {summary.notTaken.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {canDismiss && (
        <ActionForm action={dismissImportSummaryAction} submitLabel="Zusammenfassung ausblenden">
          <input type="hidden" name="conceptId" value={conceptId} />
        </ActionForm>
      )}
    </section>
  );
}
