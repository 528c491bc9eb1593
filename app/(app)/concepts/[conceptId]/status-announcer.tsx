'use client';

import { useEffect, useRef } from 'react';

/**
 * After a workflow step the page shows the concept's new state and the step's form is gone.
 * This moves the focus to the panel's heading and lets screen readers hear the new state, so
 * keyboard users are not left on the page body.
 */
export function StatusAnnouncer({ status, label, headingId }: { status: string; label: string; headingId: string }) {
  const previous = useRef(status);
  const region = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (previous.current === status) return;
    previous.current = status;
    if (region.current) region.current.textContent = `Neuer Stand des Konzepts: ${label}.`;
    document.getElementById(headingId)?.focus();
  }, [status, label, headingId]);
  return <p ref={region} className="visually-hidden" aria-live="polite" />;
}
