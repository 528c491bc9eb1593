'use client';

import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { listSectionComments } from '@/lib/comments/list-comments';
import type { ActionResult } from '@/lib/shared/action-result';
import { formatDateTime } from '@/lib/shared/date-format';
import { editorBridge, onHighlightActivated } from '../../../../../_components/editor/comment-bridge';
import { addCommentAction, editCommentAction, redactCommentAction, reopenThreadAction, replyAction, resolveThreadAction } from './comment-actions';

type Comments = Awaited<ReturnType<typeof listSectionComments>>;
type Thread = Comments['threads'][number];
type Person = Comments['mentionable'][number];

const ROLE_SHORT: Record<string, string> = { coordinator: 'Koordination', editor: 'Redaktion', advisor: 'Beratung' };

const UNREACHABLE = 'Der Server ist gerade nicht erreichbar. Ihr Text ist noch da – bitte versuchen Sie es gleich noch einmal.';

/**
 * Calls a comment action; a lost connection (the call itself fails) becomes an ordinary error
 * result, so the form stays usable and keeps what was typed instead of hanging on „Wird gespeichert …“.
 */
async function reach(call: () => Promise<ActionResult<Comments>>): Promise<ActionResult<Comments>> {
  try {
    return await call();
  } catch {
    return { ok: false, error: { code: 'internal', message: UNREACHABLE } };
  }
}

/**
 * The comment threads of a section beside its text: open threads first, erledigte folded away.
 * Keyboard: every thread is a heading-led article; „Nächster Kommentar“ / „Voriger Kommentar“
 * move between threads (also Alt+↓ / Alt+↑ inside the panel); results are announced politely.
 */
/**
 * Whether the panel may place the focus after a form closed: only when it was lost (on the page body)
 * or is still in the panel. Someone who has meanwhile clicked into the text keeps the caret there.
 */
function focusIsFree(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active.closest('#kommentare') !== null;
}

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

  const apply = (result: ActionResult<Comments>, success: string): string | null => {
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
        {open.map((thread) => (
          <ThreadView
            key={thread.id}
            thread={thread}
            isActive={thread.id === activeId}
            mentionable={data.mentionable}
            where={where}
            onShow={() => focusThread(thread.id)}
            apply={apply}
            onResolved={() => focusAfterResolving(thread.id)}
            onReopened={() => undefined}
          />
        ))}
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
              {resolved.map((thread) => (
                <ThreadView
                  key={thread.id}
                  thread={thread}
                  isActive={thread.id === activeId}
                  mentionable={data.mentionable}
                  where={where}
                  onShow={() => focusThread(thread.id)}
                  apply={apply}
                  onResolved={() => undefined}
                  onReopened={() => {
                    focusAfter.current = `kommentar-${thread.id}`;
                  }}
                />
              ))}
            </ol>
          )}
        </div>
      )}
    </section>
  );
}

type Apply = (result: ActionResult<Comments>, success: string) => string | null;

const RESOLVED_SWITCH_ID = 'kommentare-erledigte';

function NewComment({
  sectionId,
  mentionable,
  where,
  onDone,
}: {
  sectionId: string;
  mentionable: Person[];
  where: { conceptId: string; sectionKey: string };
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

/** A textarea with a simple, accessible way to mention someone: pick a name, „@Name“ goes into the text. */
function CommentForm({
  legend,
  quote,
  mentionable,
  submitLabel,
  initialBody = '',
  autoFocus = false,
  onSubmit,
  onCancel,
}: {
  legend: string;
  quote: string | null;
  mentionable: Person[];
  submitLabel: string;
  initialBody?: string;
  autoFocus?: boolean;
  onSubmit: (body: string, mentions: string[]) => Promise<string | null>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [body, setBody] = useState(initialBody);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (autoFocus) textarea.current?.focus();
  }, [autoFocus]);
  const mentionsIn = (text: string) => mentionable.filter((p) => text.includes(`@${p.name}`)).map((p) => p.id);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const failure = await onSubmit(body, mentionsIn(body));
    setBusy(false);
    setError(failure);
    if (!failure) setBody('');
  };
  return (
    <form className="comment-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{legend}</legend>
        {quote && <blockquote className="comment__quote">{quote}</blockquote>}
        <label htmlFor={`${id}-text`} className="visually-hidden">
          {legend}
        </label>
        <textarea
          id={`${id}-text`}
          ref={textarea}
          rows={3}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && onCancel) onCancel();
          }}
        />
        {mentionable.length > 0 && (
          <div className="comment-form__mention">
            <label htmlFor={`${id}-mention`}>Person erwähnen</label>
            <select
              id={`${id}-mention`}
              value=""
              onChange={(e) => {
                const person = mentionable.find((p) => p.id === e.target.value);
                if (person) setBody((b) => `${b}${b && !b.endsWith(' ') ? ' ' : ''}@${person.name} `);
                textarea.current?.focus();
              }}
            >
              <option value="">Name wählen …</option>
              {mentionable.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({ROLE_SHORT[p.role] ?? p.role})
                </option>
              ))}
            </select>
          </div>
        )}
        {error && (
          <p className="error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="btn btn--small" disabled={isBusy}>
            {isBusy ? 'Wird gespeichert …' : submitLabel}
          </button>
          {onCancel && (
            <button type="button" className="btn btn--secondary btn--small" onClick={onCancel}>
              Abbrechen
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}

function ThreadView({
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
  where: { conceptId: string; sectionKey: string };
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

const DISPOSITION_OPTIONS = [
  { value: 'uebernommen', label: 'übernommen' },
  { value: 'teilweise', label: 'teilweise übernommen' },
  { value: 'nicht_uebernommen', label: 'nicht übernommen' },
] as const;

function ResolveForm({
  thread,
  onSubmit,
  onCancel,
}: {
  thread: Thread;
  onSubmit: (disposition: string | undefined, reason: string | undefined) => Promise<string | null>;
  onCancel: () => void;
}) {
  const id = useId();
  const [disposition, setDisposition] = useState<string>('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  // The first choice, or – where there is nothing to choose – the button that confirms.
  useEffect(() => (first.current ?? submitButton.current)?.focus(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(await onSubmit(thread.needsDisposition ? disposition || undefined : undefined, thread.needsDisposition ? reason : undefined));
  };
  return (
    <form className="comment-form" onSubmit={submit} noValidate>
      {thread.needsDisposition ? (
        <>
          <fieldset>
            <legend>Umgang mit dem Hinweis der Beratung</legend>
            {DISPOSITION_OPTIONS.map((option, i) => (
              <div key={option.value} className="field--checkbox">
                <input
                  ref={i === 0 ? first : undefined}
                  type="radio"
                  id={`${id}-${option.value}`}
                  name={`${id}-disposition`}
                  value={option.value}
                  checked={disposition === option.value}
                  onChange={() => setDisposition(option.value)}
                />
                <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
              </div>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-reason`}>Begründung</label>
            <span className="hint">Kurz: was geändert wurde, oder warum nicht. Steht so in der Übersicht der Hinweise.</span>
            <textarea id={`${id}-reason`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
        </>
      ) : (
        <p>
          Kommentar Nr. {thread.number} als erledigt markieren?
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button ref={submitButton} type="submit" className="btn btn--small">
          Als erledigt markieren
        </button>
        <button type="button" className="btn btn--secondary btn--small" onClick={onCancel}>
          Abbrechen
        </button>
      </div>
    </form>
  );
}
