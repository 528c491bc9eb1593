'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { AutosaveController } from './autosave-controller';
import { HEARTBEAT_MS, beat, rememberTabForReload } from './draft-storage';

export type { ConflictHead, SaveState } from './autosave-controller';

/** One AutosaveController per mounted section editor, with its state as React state. */
export function useAutosave(options: { sectionId: string; initialRevision: number; initialSavedAt: string | null; enabled: boolean }) {
  const [controller] = useState(
    () => new AutosaveController(options.sectionId, options.initialRevision, options.initialSavedAt, options.enabled),
  );
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);

  useEffect(() => {
    const onVisibility = () => document.visibilityState === 'hidden' && controller.flush(true);
    const onPageHide = () => {
      controller.flush(true);
      rememberTabForReload();
    };
    // While this editor is open, other tabs leave this tab's unsaved copy alone.
    beat();
    const heartbeat = setInterval(() => beat(), HEARTBEAT_MS);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!controller.hasUnsavedChanges) return;
      controller.flush(true);
      event.preventDefault();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('online', controller.onOnline);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      clearInterval(heartbeat);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('online', controller.onOnline);
      window.removeEventListener('beforeunload', onBeforeUnload);
      controller.dispose();
    };
  }, [controller]);

  return { controller, state };
}
