import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways when it is wider than the page. The scrolling region takes
 * keyboard focus (arrow keys scroll it) and has a name, so it is reachable and understandable
 * without a mouse (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
