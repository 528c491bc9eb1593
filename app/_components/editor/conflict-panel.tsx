'use client';

import { diffDocs } from '@/lib/diff/word-diff';
import type { TiptapDoc } from '@/lib/editor/types';
import { DiffView } from '../diff-view';
import { RichTextView } from '../rich-text-view';
import type { ConflictHead } from './autosave-controller';

const time = new Intl.DateTimeFormat('de-DE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Berlin' });

/**
 * Both texts side by side after a conflicting save, with the differences marked.
 * Nothing is discarded: whichever text is not chosen stays visible (and copyable)
 * until the page is left, and "take the other" also keeps it in the browser.
 */
export function ConflictPanel({
  head,
  mine,
  onKeepMine,
  onTakeTheirs,
  onMergeByHand,
}: {
  head: ConflictHead;
  mine: TiptapDoc;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onMergeByHand: () => void;
}) {
  const who = head.authorName ?? 'Jemand';
  const when = head.savedAt ? ` am ${time.format(new Date(head.savedAt))}` : '';
  return (
    <section className="conflict" aria-labelledby="konflikt-titel" tabIndex={-1} id="konflikt">
      <div className="alert alert--warning">
        <h2 id="konflikt-titel" className="alert__title">
          Konflikt: {who} hat diesen Abschnitt{when} gespeichert, während Sie geschrieben haben.
        </h2>
        <p>
          Ihr Text ist nicht verloren. Vergleichen Sie beide Fassungen und entscheiden Sie, wie es weitergeht. Gespeichert
          wird erst, wenn Sie sich entschieden haben.
        </p>
        <div className="form-actions">
          <button type="button" className="btn" onClick={onKeepMine}>
            Meine Fassung speichern
          </button>
          <button type="button" className="btn btn--secondary" onClick={onTakeTheirs}>
            Fassung von {who} übernehmen
          </button>
          <button type="button" className="btn btn--secondary" onClick={onMergeByHand}>
            Selbst zusammenführen
          </button>
        </div>
      </div>
      <div className="conflict__columns">
        <div className="card">
          <h3>Ihre Fassung (nicht gespeichert)</h3>
          <RichTextView doc={mine} label="Ihre Fassung" />
        </div>
        <div className="card">
          <h3>
            Gespeicherte Fassung von {who} (Fassung {head.number})
          </h3>
          <RichTextView doc={head.content} label={`Fassung von ${who}`} />
        </div>
      </div>
      <h3>Unterschiede</h3>
      <DiffView blocks={diffDocs(head.content, mine)} caption={`Von der Fassung von ${who} zu Ihrer Fassung`} />
    </section>
  );
}
