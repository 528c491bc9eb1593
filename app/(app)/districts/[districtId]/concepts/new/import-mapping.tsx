'use client';

import { useEffect, useId, useRef, useState, useTransition, type MouseEvent } from 'react';
import type { ImportPreview } from '@/lib/import/import-docx';
import type { ActionError } from '@/lib/shared/action-result';
import { TableWrap } from '../../../../../_components/table-wrap';
import { previewImportAction } from './import-actions';

const REASONS: Record<string, string> = {
  title: 'nach der Überschrift',
  content: 'nach dem Inhalt',
  follows: 'gehört zum Teil davor',
  none: 'kein passender Abschnitt erkannt',
};
const UNASSIGNED_LABEL = 'Ohne Zuordnung (in „Anlagen“ unter „Übernommene Inhalte ohne Zuordnung“)';

/**
 * The Word file and the mapping preview inside the import form: „Zuordnung anzeigen“ sends the file
 * once to read it; the table then shows each part of the document with the template section it goes
 * to, which the user can change. Creating the concept sends the file again with these choices.
 */
export function ImportMapping() {
  const id = useId();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<ActionError | null>(null);
  const [assignment, setAssignment] = useState<string[]>([]);
  const [pending, startTransition] = useTransition();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (preview) headingRef.current?.focus();
  }, [preview]);

  const load = (event: MouseEvent<HTMLButtonElement>) => {
    const form = event.currentTarget.form;
    if (!form) return;
    const data = new FormData();
    for (const name of ['districtId', 'templateId', 'file']) {
      const value = new FormData(form).get(name);
      if (value !== null) data.set(name, value);
    }
    startTransition(async () => {
      try {
        const result = await previewImportAction(data);
        if (result.ok) {
          setPreview(result.data);
          setAssignment(result.data.parts.map((p) => p.suggestedKey));
          setError(null);
        } else {
          setPreview(null);
          setError(result.error);
        }
      } catch {
        setPreview(null);
        setError({ code: 'internal', message: 'Der Server ist nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.' });
      }
    });
  };

  const sectionLabel = (key: string) => preview?.sections.find((s) => s.key === key)?.label;
  const landing = preview
    ? preview.sections
        .map((s) => ({ ...s, parts: preview.parts.filter((_, i) => assignment[i] === s.key) }))
        .filter((s) => s.parts.length > 0)
    : [];
  const unassigned = preview ? preview.parts.filter((_, i) => !assignment[i]) : [];

  return (
    <div className="import-mapping">
      <div className={`field${error ? ' field--error' : ''}`}>
        <label htmlFor={`${id}-file`}>Word-Datei (.docx)</label>
        <span className="hint" id={`${id}-hint`}>
          Höchstens 10 MB. Die Datei wird nur gelesen und nicht gespeichert. Dokumente mit Makros oder externen Verknüpfungen werden
          nicht übernommen.
        </span>
        {error && (
          <span className="error" id={`${id}-error`} role="alert">
            <span className="visually-hidden">Fehler: </span>
            {error.message}
          </span>
        )}
        <input
          id={`${id}-file`}
          name="file"
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={() => {
            setPreview(null);
            setError(null);
          }}
        />
      </div>
      <p>
        <button type="button" className="btn btn--secondary" onClick={load} disabled={pending} aria-disabled={pending}>
          {pending ? 'Datei wird gelesen …' : 'Zuordnung anzeigen'}
        </button>
      </p>

      <div aria-live="polite">
        {preview && (
          <section aria-labelledby={`${id}-preview`}>
            <input type="hidden" name="fileHash" value={preview.fileHash} />
            <h2 id={`${id}-preview`} ref={headingRef} tabIndex={-1}>
              Zuordnung prüfen: {preview.fileName}
            </h2>
            <p className="muted">
              Links steht jeder Teil der Word-Datei mit seinem Anteil am Text, rechts der Abschnitt der Vorlage, in den er übernommen
              wird. Ändern Sie die Zuordnung, wo sie nicht passt; mehrere Teile können in denselben Abschnitt gehen. Nichts geht
              verloren: Teile ohne Zuordnung stehen danach im Abschnitt „Anlagen“.
            </p>
            {preview.notTaken.length > 0 && (
              <div className="alert alert--warning">
                <p className="alert__title">Nicht oder nur teilweise übernommen</p>
                <ul>
                  {preview.notTaken.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </div>
            )}
            <TableWrap label="Teile der Word-Datei und ihre Abschnitte">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Teil der Word-Datei</th>
                    <th scope="col">Anteil am Text</th>
                    <th scope="col">Abschnitt der Vorlage</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.parts.map((part, i) => (
                    <tr key={part.index}>
                      <th scope="row" style={{ fontWeight: part.level === 1 ? 700 : 400, paddingLeft: part.level === 2 ? '1.5rem' : undefined }}>
                        {part.title}
                        {part.excerpt && <span className="hint" style={{ display: 'block', fontWeight: 400 }}>{part.excerpt}</span>}
                      </th>
                      <td>{part.share} %</td>
                      <td>
                        <label className="visually-hidden" htmlFor={`${id}-part-${part.index}`}>
                          Abschnitt für „{part.title}“
                        </label>
                        <select
                          id={`${id}-part-${part.index}`}
                          name="assignment"
                          value={assignment[i] ?? ''}
                          onChange={(e) => setAssignment((a) => a.map((v, j) => (j === i ? e.target.value : v)))}
                        >
                          <option value="">{UNASSIGNED_LABEL}</option>
                          {preview.sections.map((s) => (
                            <option key={s.key} value={s.key}>
                              {s.depth > 0 ? '\u00a0\u00a0\u00a0' : ''}
                              {s.label}
                            </option>
                          ))}
                        </select>
                        <span className="hint" style={{ display: 'block' }}>
                          Vorschlag: {part.suggestedKey ? `${sectionLabel(part.suggestedKey)} (${REASONS[part.reason]})` : REASONS.none}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
            <h3>So entsteht das Konzept</h3>
            <ul>
              {landing.map((s) => (
                <li key={s.key}>
                  <strong>{s.label}</strong> ← {s.parts.map((p) => `„${p.title}“`).join(', ')} (
                  {s.parts.reduce((sum, p) => sum + p.share, 0)} % des Textes)
                </li>
              ))}
              {unassigned.length > 0 && (
                <li>
                  <strong>Übernommene Inhalte ohne Zuordnung</strong> (in „Anlagen“) ← {unassigned.map((p) => `„${p.title}“`).join(', ')}
                </li>
              )}
            </ul>
            <p className="muted">
              {preview.sections.length - landing.length} Abschnitte der Vorlage erhalten keinen Text aus der Datei; sie beginnen wie bei einem neuen Konzept.
            </p>
          </section>
        )}
      </div>
    </div>
  );
}
