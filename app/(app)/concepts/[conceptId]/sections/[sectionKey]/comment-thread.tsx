'use client';

import { useEffect, useRef, useState } from 'react';
import { formatDateTime } from '@/lib/shared/date-format';
import { editCommentAction, redactCommentAction, reopenThreadAction, replyAction, resolveThreadAction } from './comment-actions';
import { CommentForm } from './comment-form';
import { focusIsFree, reach, type Apply, type Person, type Thread, type Where } from './comments-shared';
import { ResolveForm } from './resolve-form';

/** One thread as a heading-led article: its quote, its messages and what the viewer may do with it. */
export function ThreadView({
  thread,
  isActive,
  mentionable,
  where,
  onShow,
  apply,
  onResolved,
  onReopened,
}: {
  thread: Thread;
  isActive: boolean;
  mentionable: Person[];
  where: Where;
  onShow: () => void;
  apply: Apply;
  /** Called before the resolved thread leaves the open list, so the panel can place the focus. */
  onResolved: () => void;
  onReopened: () => void;
}) {
  const [isReplying, setReplying] = useState(false);
  const [isResolving, setResolving] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [reopenError, setReopenError] = useState<string | null>(null);
  const replyButton = useRef<HTMLButtonElement>(null);
  const resolveButton = useRef<HTMLButtonElement>(null);
  const article = useRef<HTMLElement>(null);
  // A closed form (saved or cancelled) hands the focus back to what opened it instead of losing it to the page.
  const returnFocus = useRef<'reply' | 'resolve' | 'thread' | null>(null);
  useEffect(() => {
    const target = returnFocus.current;
    if (!target) return;
    returnFocus.current = null;
    if (focusIsFree()) (target === 'reply' ? replyButton.current : target === 'resolve' ? resolveButton.current : article.current)?.focus();
  }, [isReplying, isResolving, editingId]);
  const closeReply = () => {
    returnFocus.current = 'reply';
    setReplying(false);
  };
  const closeEdit = () => {
    returnFocus.current = 'thread';
    setEditingId(null);
  };
  const first = thread.comments[0];
  const titleId = `kommentar-${thread.id}-titel`;
  return (
    <li>
      <article
        ref={article}
        id={`kommentar-${thread.id}`}
        className={`comment${isActive ? ' comment--active' : ''}${thread.isResolved ? ' comment--resolved' : ''}`}
        aria-labelledby={titleId}
        tabIndex={-1}
      >
        <h3 id={titleId} className="comment__title">
          Nr. {thread.number} · {first?.authorName ?? 'unbekannt'} <span className="muted">({thread.authorRoleLabel})</span>
          {thread.isResolved && <span className="badge badge--success">erledigt</span>}
        </h3>
        {thread.anchorKind === 'section' ? (
          <p className="muted small">zum ganzen Abschnitt</p>
        ) : (
          <>
            {thread.isDetached && (
              <p className="badge badge--warning">Textstelle nicht mehr vorhanden</p>
            )}
            <blockquote className="comment__quote">{thread.quote}</blockquote>
            {!thread.isDetached && (
              <button type="button" className="link-button" onClick={onShow}>
                Im Text zeigen
              </button>
            )}
          </>
        )}
        <ol className="comment__messages">
          {thread.comments.map((c) => (
            <li key={c.id}>
              <p className="comment__meta">
                <strong>{c.authorName}</strong> · {formatDateTime(c.createdAt)}
                {c.editedAt ? ' · geändert' : ''}
              </p>
              {editingId === c.id ? (
                <CommentForm
                  legend="Eigenen Kommentar ändern"
                  quote={null}
                  mentionable={mentionable}
                  submitLabel="Änderung speichern"
                  initialBody={c.body}
                  autoFocus
                  onCancel={closeEdit}
                  onSubmit={async (body, mentions) => {
                    const failure = apply(await reach(() => editCommentAction(where, { commentId: c.id, body, mentions })), 'Kommentar geändert.');
                    if (!failure) closeEdit();
                    return failure;
                  }}
                />
              ) : (
                <p className="comment__body">
                  {c.redactedAt ? <em className="muted">Text aus Datenschutzgründen entfernt ({formatDateTime(c.redactedAt)}).</em> : c.body}
                </p>
              )}
              {c.isOwn && thread.canEditOwn && !c.redactedAt && editingId !== c.id && (
                <button type="button" className="link-button small" onClick={() => setEditingId(c.id)}>
                  Ändern<span className="visually-hidden"> (eigener Kommentar vom {formatDateTime(c.createdAt)})</span>
                </button>
              )}
              {c.canRedact && editingId !== c.id && (
                <button
                  type="button"
                  className="link-button small comment__redact"
                  onClick={async () => {
                    const ok = window.confirm(
                      'Den Text dieses Kommentars endgültig entfernen? Das ist für versehentlich eingetragene personenbezogene Daten gedacht und lässt sich nicht rückgängig machen.',
                    );
                    if (ok) apply(await redactCommentAction(where, { commentId: c.id }), 'Der Text des Kommentars wurde entfernt.');
                  }}
                >
                  Text entfernen (Datenschutz)<span className="visually-hidden"> – Kommentar von {c.authorName} vom {formatDateTime(c.createdAt)}</span>
                </button>
              )}
            </li>
          ))}
        </ol>
        {thread.isResolved && (
          <p className="comment__disposition">
            Erledigt{thread.resolvedByName ? ` von ${thread.resolvedByName}` : ''}
            {thread.resolvedAt ? ` am ${formatDateTime(thread.resolvedAt)}` : ''}
            {thread.dispositionLabel ? ` – ${thread.dispositionLabel}` : ''}
            {thread.dispositionReason ? `: ${thread.dispositionReason}` : ''}
            {thread.addressedInVersion ? ` (Fassung ${thread.addressedInVersion})` : ''}
          </p>
        )}
        <div className="form-actions">
          {thread.canReply && !isReplying && (
            <button ref={replyButton} type="button" className="btn btn--secondary btn--small" onClick={() => setReplying(true)}>
              Antworten<span className="visually-hidden"> auf Kommentar Nr. {thread.number}</span>
            </button>
          )}
          {thread.canResolve && !isResolving && (
            <button ref={resolveButton} type="button" className="btn btn--secondary btn--small" onClick={() => setResolving(true)}>
              Erledigen<span className="visually-hidden"> (Kommentar Nr. {thread.number})</span>
            </button>
          )}
          {thread.canReopen && (
            <button
              type="button"
              className="btn btn--secondary btn--small"
              onClick={async () => {
                const result = await reach(() => reopenThreadAction(where, { threadId: thread.id }));
                if (result.ok) onReopened();
                setReopenError(apply(result, `Kommentar Nr. ${thread.number} ist wieder offen.`));
              }}
            >
              Wieder öffnen<span className="visually-hidden"> (Kommentar Nr. {thread.number})</span>
            </button>
          )}
        </div>
        {reopenError && (
          <p className="error" role="alert">
            {reopenError}
          </p>
        )}
        {isReplying && (
          <CommentForm
            legend={`Antwort auf Kommentar Nr. ${thread.number}`}
            quote={null}
            mentionable={mentionable}
            submitLabel="Antwort speichern"
            autoFocus
            onCancel={closeReply}
            onSubmit={async (body, mentions) => {
              const failure = apply(await reach(() => replyAction(where, { threadId: thread.id, body, mentions })), 'Antwort gespeichert.');
              if (!failure) closeReply();
              return failure;
            }}
          />
        )}
        {isResolving && (
          <ResolveForm
            thread={thread}
            onCancel={() => {
              returnFocus.current = 'resolve';
              setResolving(false);
            }}
            onSubmit={async (disposition, reason) => {
              const result = await reach(() => resolveThreadAction(where, { threadId: thread.id, disposition, reason }));
              if (result.ok) onResolved();
              const failure = apply(result, `Kommentar Nr. ${thread.number} ist erledigt.`);
              if (!failure) setResolving(false);
              return failure;
            }}
          />
        )}
      </article>
    </li>
  );
}
