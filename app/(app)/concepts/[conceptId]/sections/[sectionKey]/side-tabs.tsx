'use client';

import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

type Tab = 'kommentare' | 'hilfe';

/**
 * The column beside the text: comments and the section's help as two tabs (WAI-ARIA tabs
 * pattern: arrow keys move between tabs). Both stay mounted, so a half-written reply survives a
 * look at the help. A link to #kommentare or #kommentar-… opens the comments.
 */
export function SideTabs({ comments, help, openCount, preferComments }: { comments: ReactNode; help: ReactNode; openCount: number; preferComments: boolean }) {
  const [tab, setTab] = useState<Tab>(preferComments ? 'kommentare' : 'hilfe');
  const tabs = useRef<Record<Tab, HTMLButtonElement | null>>({ kommentare: null, hilfe: null });
  useEffect(() => {
    const showComments = () => {
      if (/^#kommentar/.test(window.location.hash)) setTab('kommentare');
    };
    const timer = window.setTimeout(showComments, 0);
    window.addEventListener('hashchange', showComments);
    const onActivate = () => setTab('kommentare');
    window.addEventListener('skw:show-comments', onActivate);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('hashchange', showComments);
      window.removeEventListener('skw:show-comments', onActivate);
    };
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const next: Tab = event.key === 'Home' ? 'kommentare' : event.key === 'End' ? 'hilfe' : tab === 'kommentare' ? 'hilfe' : 'kommentare';
    setTab(next);
    tabs.current[next]?.focus();
  };
  const tabButton = (id: Tab, label: string) => (
    <button
      ref={(el) => {
        tabs.current[id] = el;
      }}
      type="button"
      role="tab"
      id={`reiter-${id}`}
      aria-selected={tab === id}
      aria-controls={`tafel-${id}`}
      tabIndex={tab === id ? 0 : -1}
      className="side-tabs__tab"
      onClick={() => setTab(id)}
    >
      {label}
    </button>
  );
  return (
    <div className="section-side">
      <div role="tablist" aria-label="Neben dem Text" className="side-tabs" onKeyDown={onKeyDown}>
        {tabButton('kommentare', `Kommentare (${openCount})`)}
        {tabButton('hilfe', 'Hilfe')}
      </div>
      <div role="tabpanel" id="tafel-kommentare" aria-labelledby="reiter-kommentare" hidden={tab !== 'kommentare'} className="side-tabs__panel">
        {comments}
      </div>
      <div role="tabpanel" id="tafel-hilfe" aria-labelledby="reiter-hilfe" hidden={tab !== 'hilfe'} className="side-tabs__panel">
        {help}
      </div>
    </div>
  );
}
