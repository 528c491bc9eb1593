'use client';

import { diffDocs } from '@/lib/diff/word-diff';
import type { TiptapDoc } from '@/lib/editor/types';
import { formatMoment } from '@/lib/shared/date-format';
import { DiffView } from '../diff-view';
import type { DataFieldValues } from '@/lib/editor/data-fields';
import { RichTextView } from '../rich-text-view';
import type { ConflictHead } from './autosave-controller';

/**
 * Both texts side by side after a conflicting save, with the differences marked (one below
 * the other where the panel is narrow; wide tables scroll inside their column). Nothing is
 * saved until the author decides, and nothing is discarded: whichever text is not chosen
 * stays visible (and copyable) until the page is left, and "take the other" also keeps it
 * in the browser.
 */
export function ConflictPanel({
  head,
  mine,
  fieldValues,
  onKeepMine,
  onTakeTheirs,
  onMergeByHand,
}: {
  head: ConflictHead;
  mine: TiptapDoc;
  /** Current values of the data fields in both texts. */
  fieldValues?: DataFieldValues;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onMergeByHand: () => void;
}) {
  const who = head.authorName ?? 'Jemand';
  const when = head.savedAt ? ` ${formatMoment(head.savedAt)}` : '';
  return (
    <section className="conflict" aria-labelledby="konflikt-titel" tabIndex={-1} id="konflikt">
      <div className="alert alert--warning">
        <h2 id="konflikt-titel" className="alert__title">
          Konflikt: {who} hat diesen Abschnitt{when} gespeichert, während Sie geschrieben haben.
        </h2>
        <p>
          Ihr Text ist nicht verloren. Vergleichen Sie beide Versionen und entscheiden Sie, wie es weitergeht. Gespeichert
          wird erst, wenn Sie sich entschieden haben.
        </p>
        <ul className="conflict__choices">
          <li>
            <button type="button" className="btn" onClick={onKeepMine} aria-describedby="konflikt-meine">
              Meine Version speichern
            </button>{' '}
            <span id="konflikt-meine">Ihre Version wird jetzt gespeichert; die von {who} bleibt im Verlauf.</span>
          </li>
          <li>
            <button type="button" className="btn btn--secondary" onClick={onTakeTheirs} aria-describedby="konflikt-andere">
              Version von {who} übernehmen
            </button>{' '}
            <span id="konflikt-andere">Nichts wird gespeichert; Ihre Version bleibt zum Kopieren sichtbar.</span>
          </li>
          <li>
            <button type="button" className="btn btn--secondary" onClick={onMergeByHand} aria-describedby="konflikt-selbst">
              Selbst zusammenführen
            </button>{' '}
            <span id="konflikt-selbst">
              Ihre Version kommt in den Editor, die von {who} steht darunter. Gespeichert wird erst, wenn Sie „Zusammengeführte
              Version speichern“ wählen.
            </span>
          </li>
        </ul>
      </div>
      <div className="conflict__columns">
        <div className="card conflict__column">
          <h3>Ihre Version (nicht gespeichert)</h3>
          <RichTextView doc={mine} label="Ihre Version" fieldValues={fieldValues} />
        </div>
        <div className="card conflict__column">
          <h3>
            Gespeicherte Version von {who} (Version {head.number})
          </h3>
          <RichTextView doc={head.content} label={`Version von ${who}`} fieldValues={fieldValues} />
        </div>
      </div>
      <h3>Unterschiede</h3>
      <DiffView blocks={diffDocs(head.content, mine)} caption={`Von der Version von ${who} zu Ihrer Version`} />
    </section>
  );
}
