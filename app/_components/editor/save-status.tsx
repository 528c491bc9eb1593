'use client';

import type { SaveState } from './autosave-controller';

const time = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' });

export function describeSaveState(state: SaveState): { text: string; tone: 'ok' | 'busy' | 'warn' | 'error' } {
  switch (state.kind) {
    case 'saved':
      return { text: state.at ? `Gespeichert um ${time.format(new Date(state.at))}` : 'Noch nichts gespeichert', tone: 'ok' };
    case 'dirty':
      return { text: 'Ungespeicherte Änderungen', tone: 'busy' };
    case 'saving':
      return { text: 'Speichert …', tone: 'busy' };
    case 'offline':
      return { text: 'Offline – Änderungen werden lokal gehalten', tone: 'warn' };
    case 'conflict':
      return { text: 'Konflikt – bitte unten auflösen', tone: 'error' };
    case 'error':
      return { text: `Nicht gespeichert: ${state.message}`, tone: 'error' };
  }
}

/** The save state, announced politely to screen readers. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { text, tone } = describeSaveState(state);
  return (
    <p className={`save-status save-status--${tone}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}
