'use client';

import { useEffect, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/shared/action-result';
import { editorBridge } from '../../../../../_components/editor/comment-bridge';
import { addCommentAction } from './comment-actions';
import { CommentForm } from './comment-form';
import { focusIsFree, reach, type Comments, type Person, type Where } from './comments-shared';

/** The two ways to start a thread: on the text marked in the editor, or on the whole section. */
export function NewComment({
  sectionId,
  mentionable,
  where,
  onDone,
}: {
  sectionId: string;
  mentionable: Person[];
  where: Where;
  onDone: (result: ActionResult<Comments>, kind: 'range' | 'section') => string | null;
}) {
  const [mode, setMode] = useState<null | { kind: 'range'; quote: string; range: { revision: number; start: number; end: number } } | { kind: 'section' }>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const rangeButton = useRef<HTMLButtonElement>(null);
  const sectionButton = useRef<HTMLButtonElement>(null);
  // Cancelling returns the focus to the button that opened the form.
  const returnTo = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (mode || !returnTo.current) return;
    if (focusIsFree()) returnTo.current.focus();
    returnTo.current = null;
  }, [mode]);

  const startRange = async () => {
    setError(null);
    const bridge = editorBridge();
    if (!bridge) return setError('Der Text ist noch nicht geladen.');
    setBusy(true);
    const anchor = await bridge.selectionAnchor();
    setBusy(false);
    if ('error' in anchor) return setError(anchor.error);
    setMode({ kind: 'range', quote: anchor.quote, range: { revision: anchor.revision, start: anchor.start, end: anchor.end } });
  };

  return (
    <div className="comments__new">
      {!mode && (
        <div className="form-actions">
          <button ref={rangeButton} type="button" className="btn btn--small" onClick={startRange} disabled={isBusy} onMouseDown={(e) => e.preventDefault()}>
            {isBusy ? 'Bitte warten …' : 'Markierte Textstelle kommentieren'}
          </button>
          <button ref={sectionButton} type="button" className="btn btn--secondary btn--small" onClick={() => setMode({ kind: 'section' })}>
            Abschnitt kommentieren
          </button>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {mode && (
        <CommentForm
          legend={mode.kind === 'range' ? 'Kommentar zur markierten Textstelle' : 'Kommentar zum ganzen Abschnitt'}
          quote={mode.kind === 'range' ? mode.quote : null}
          mentionable={mentionable}
          submitLabel="Kommentar speichern"
          autoFocus
          onCancel={() => {
            returnTo.current = mode.kind === 'range' ? rangeButton.current : sectionButton.current;
            setMode(null);
          }}
          onSubmit={async (body, mentions) => {
            const result = await reach(() => addCommentAction(where, { sectionId, body, mentions, ...(mode.kind === 'range' ? { range: mode.range } : {}) }));
            const failure = onDone(result, mode.kind);
            if (!failure) setMode(null);
            return failure;
          }}
        />
      )}
    </div>
  );
}
