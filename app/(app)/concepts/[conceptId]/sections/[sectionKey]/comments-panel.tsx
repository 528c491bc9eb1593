'use client';

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { editorBridge, onHighlightActivated } from '../../../../../_components/editor/comment-bridge';
import { ThreadView } from './comment-thread';
import { focusIsFree, type Apply, type Comments, type Thread } from './comments-shared';
import { NewComment } from './new-comment';

const RESOLVED_SWITCH_ID = 'kommentare-erledigte';

/**
 * The comment threads of a section beside its text: open threads first, erledigte folded away.
 * Keyboard: every thread is a heading-led article; „Nächster Kommentar“ / „Voriger Kommentar“
 * move between threads (also Alt+↓ / Alt+↑ inside the panel); results are announced politely.
 */
export function CommentsPanel({
  conceptId,
  sectionId,
  sectionKey,
  initial,
}: {
  conceptId: string;
  sectionId: string;
  sectionKey: string;
  initial: Comments;
}) {
  const [data, setData] = useState<Comments>(initial);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const where = { conceptId, sectionKey };
  const open = data.threads.filter((t) => !t.isResolved);
  const resolved = data.threads.filter((t) => t.isResolved);
  const [showResolved, setShowResolved] = useState(false);
  // Saving or resolving removes the form that had the focus: the id of the element to focus once the panel shows the result.
  const focusAfter = useRef<string | null>(null);
  useEffect(() => {
    const id = focusAfter.current;
    if (!id) return;
    focusAfter.current = null;
    if (focusIsFree()) document.getElementById(id)?.focus();
  }, [data, showResolved]);
  /**
   * Where the focus goes when a thread is resolved: the next open thread, else the resolved thread
   * itself where resolved ones are shown, else the switch that shows them.
   */
  const focusAfterResolving = (threadId: string) => {
    const index = open.findIndex((t) => t.id === threadId);
    const remaining = open.filter((t) => t.id !== threadId);
    const next = remaining[index] ?? remaining[index - 1];
    focusAfter.current = next ? `kommentar-${next.id}` : showResolved ? `kommentar-${threadId}` : RESOLVED_SWITCH_ID;
  };

  const focusThread = (threadId: string, options: { fromText?: boolean } = {}) => {
    const thread = data.threads.find((t) => t.id === threadId);
    if (thread?.isResolved) setShowResolved(true);
    setActiveId(threadId);
    window.dispatchEvent(new Event('skw:show-comments'));
    if (!options.fromText) editorBridge()?.showThread(threadId);
    requestAnimationFrame(() => {
      const article = document.getElementById(`kommentar-${threadId}`);
      // A click into the text places the caret there: the thread is shown beside it, the focus stays in the text.
      if (options.fromText) article?.scrollIntoView({ block: 'nearest' });
      else article?.focus();
    });
  };

  useEffect(() => {
    onHighlightActivated((threadId) => focusThread(threadId, { fromText: true }));
    // A link to #kommentar-<id> (from a notification or the Stellungnahme) opens that thread.
    const fromHash = window.location.hash.match(/^#kommentar-([0-9a-f-]{36})$/)?.[1];
    const timer = fromHash ? window.setTimeout(() => focusThread(fromHash), 0) : undefined;
    return () => {
      window.clearTimeout(timer);
      onHighlightActivated(null);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const apply: Apply = (result, success) => {
    if (!result.ok) return result.error.fields ? Object.values(result.error.fields).join(' ') : result.error.message;
    setData(result.data);
    setAnnouncement(success);
    return null;
  };

  const ordered = [...open, ...(showResolved ? resolved : [])];
  const move = (from: string | null, step: 1 | -1) => {
    if (ordered.length === 0) return;
    const index = from ? ordered.findIndex((t) => t.id === from) : -1;
    const next = ordered[(index + step + ordered.length) % ordered.length]!;
    focusThread(next.id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    move(activeId, event.key === 'ArrowDown' ? 1 : -1);
  };

  // Only an open thread can be resolved and only an erledigter reopened (canResolve / canReopen).
  const threadView = (thread: Thread) => (
    <ThreadView
      key={thread.id}
      thread={thread}
      isActive={thread.id === activeId}
      mentionable={data.mentionable}
      where={where}
      onShow={() => focusThread(thread.id)}
      apply={apply}
      onResolved={() => focusAfterResolving(thread.id)}
      onReopened={() => {
        focusAfter.current = `kommentar-${thread.id}`;
      }}
    />
  );

  return (
    <section className="comments" id="kommentare" aria-labelledby="kommentare-titel" onKeyDown={onKeyDown}>
      <h2 id="kommentare-titel">
        Kommentare <span className="muted">({open.length} offen)</span>
      </h2>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {data.canComment && (
        <NewComment
          sectionId={sectionId}
          mentionable={data.mentionable}
          onDone={(result, kind) => {
            const error = apply(result, kind === 'range' ? 'Kommentar zur Textstelle gespeichert.' : 'Kommentar zum Abschnitt gespeichert.');
            if (!error && result.ok) {
              const newest = [...result.data.threads].sort((a, b) => b.number - a.number)[0];
              if (newest?.anchor) editorBridge()?.addRange({ threadId: newest.id, number: newest.number, start: newest.anchor.start, end: newest.anchor.end });
              if (newest) {
                setActiveId(newest.id);
                focusAfter.current = `kommentar-${newest.id}`;
              }
            }
            return error;
          }}
          where={where}
        />
      )}
      {ordered.length > 1 && (
        <div className="comments__nav">
          <button type="button" className="btn btn--secondary btn--small" onClick={() => move(activeId, -1)}>
            Voriger Kommentar
          </button>
          <button type="button" className="btn btn--secondary btn--small" onClick={() => move(activeId, 1)}>
            Nächster Kommentar
          </button>
        </div>
      )}
      {open.length === 0 && <p className="muted">Keine offenen Kommentare.</p>}
      <ol className="comments__list">
        {open.map(threadView)}
      </ol>
      {resolved.length > 0 && (
        <div className="comments__resolved">
          <button
            type="button"
            id={RESOLVED_SWITCH_ID}
            className="btn btn--secondary btn--small"
            aria-expanded={showResolved}
            onClick={() => setShowResolved((s) => !s)}
          >
            {showResolved ? 'Erledigte Kommentare ausblenden' : `Erledigte Kommentare anzeigen (${resolved.length})`}
          </button>
          {showResolved && (
            <ol className="comments__list">
              {resolved.map(threadView)}
            </ol>
          )}
        </div>
      )}
    </section>
  );
}
