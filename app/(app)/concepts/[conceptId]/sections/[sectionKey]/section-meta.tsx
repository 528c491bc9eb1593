'use client';

import { useEffect, useId, useState, useTransition } from 'react';
import { SECTION_STATUS_LABELS } from '../../../../../_lib/format';
import { setChecklistItemAction, setSectionStatusAction } from './actions';
import { SECTION_STATUS_EVENT } from './events';

const STATUS_OPTIONS = Object.entries(SECTION_STATUS_LABELS).map(([value, label]) => ({ value, label }));

/**
 * Status switch (leer / in Arbeit / fertig) as a radio group; saved immediately. Follows the
 * editor's saves too: the first save of an empty section makes it "in Arbeit" on the server,
 * and the radio group says so at once rather than after a reload.
 */
export function StatusSwitch({ sectionId, conceptId, status, canEdit }: { sectionId: string; conceptId: string; status: string; canEdit: boolean }) {
  const [value, setValue] = useState(status);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const name = useId();
  useEffect(() => {
    const follow = (event: Event) => {
      const detail = (event as CustomEvent<{ sectionId: string; status: string }>).detail;
      if (detail.sectionId === sectionId && !pending) setValue(detail.status);
    };
    window.addEventListener(SECTION_STATUS_EVENT, follow);
    return () => window.removeEventListener(SECTION_STATUS_EVENT, follow);
  }, [sectionId, pending]);
  return (
    <fieldset className="status-switch" disabled={!canEdit || pending}>
      <legend>Bearbeitungsstand</legend>
      {STATUS_OPTIONS.map((o) => (
        <label key={o.value} className="status-switch__option">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => {
              const previous = value;
              setValue(o.value);
              setError(null);
              start(async () => {
                const result = await setSectionStatusAction({ sectionId, conceptId, status: o.value });
                if (!result.ok) {
                  setValue(previous);
                  setError(result.error.message);
                }
              });
            }}
          />{' '}
          {o.label}
        </label>
      ))}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export interface ChecklistEntry {
  key: string;
  text: string;
  standardLabel: string;
  level: string;
  isDone: boolean;
}

/** The section's checklist, ticked by the authors; each tick is saved and audited. */
export function SectionChecklist({ sectionId, conceptId, items, canEdit }: { sectionId: string; conceptId: string; items: ChecklistEntry[]; canEdit: boolean }) {
  const [done, setDone] = useState(() => new Set(items.filter((i) => i.isDone).map((i) => i.key)));
  const [error, setError] = useState<string | null>(null);
  const [, start] = useTransition();
  if (items.length === 0) return <p className="muted">Für diesen Abschnitt gibt es keine Prüfpunkte.</p>;
  return (
    <div>
      <p className="muted">
        {done.size} von {items.length} Prüfpunkten erfüllt
      </p>
      <dl className="checklist-legend">
        <div>
          <dt>
            <span className="badge">typisch</span>
          </dt>
          <dd>gehört nach den Mindeststandards üblicherweise zu einem Schutzkonzept</dd>
        </div>
        <div>
          <dt>
            <span className="badge">empfohlen</span>
          </dt>
          <dd>bewährte Praxis, die das Konzept stärkt</dd>
        </div>
      </dl>
      <p className="small muted">Beides sind Hinweise für die Arbeit am Konzept, keine rechtlichen Pflichten.</p>
      <ul className="checklist">
        {items.map((item) => (
          <li key={item.key}>
            <label>
              <input
                type="checkbox"
                checked={done.has(item.key)}
                disabled={!canEdit}
                onChange={(event) => {
                  const isDone = event.target.checked;
                  const next = new Set(done);
                  if (isDone) next.add(item.key);
                  else next.delete(item.key);
                  setDone(next);
                  setError(null);
                  start(async () => {
                    const result = await setChecklistItemAction({ sectionId, conceptId, itemKey: item.key, isDone });
                    if (!result.ok) {
                      setDone(done);
                      setError(result.error.message);
                    }
                  });
                }}
              />{' '}
              {item.text}{' '}
              <span className="badge">
                {item.standardLabel} · {item.level}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
