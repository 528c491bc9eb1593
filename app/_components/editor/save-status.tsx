'use client';

import { formatMoment } from '@/lib/shared/date-format';
import type { SaveState } from './autosave-controller';

export type SaveTone = 'ok' | 'idle' | 'busy' | 'warn' | 'error';

/**
 * The save state in words. A save from this page: "Gespeichert um 14:03 (Version 4)"; the state
 * the page was opened with: "Zuletzt gespeichert am 27.11.2026 um 11:26 (Version 3)", so an
 * untouched section never looks as if it had just been saved. Green only for a real save.
 */
export function describeSaveState(state: SaveState, now: Date = new Date()): { text: string; tone: SaveTone } {
  switch (state.kind) {
    case 'saved': {
      if (!state.at) return { text: 'Noch nichts gespeichert', tone: 'idle' };
      const moment = formatMoment(state.at, now);
      const version = state.revision > 0 ? ` (Version ${state.revision})` : '';
      return state.bySelf
        ? { text: `Gespeichert ${moment.replace(/^heute /, '')}${version}`, tone: 'ok' }
        : { text: `Zuletzt gespeichert ${moment}${version}`, tone: 'idle' };
    }
    case 'dirty':
      return { text: 'Ungespeicherte Änderungen', tone: 'busy' };
    case 'saving':
      return { text: 'Speichert …', tone: 'busy' };
    case 'offline':
      return { text: 'Offline – Änderungen werden lokal gehalten', tone: 'warn' };
    case 'conflict':
      return { text: 'Konflikt – bitte unten auflösen', tone: 'error' };
    case 'merging':
      return { text: 'Zusammenführen – noch nicht gespeichert', tone: 'warn' };
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
