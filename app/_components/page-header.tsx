import Link from 'next/link';
import type { ReactNode } from 'react';

export function PageHeader({
  title,
  lead,
  breadcrumbs,
  actions,
  level = 1,
}: {
  /** Pages inside a section layout that already has the h1 use level 2. */
  level?: 1 | 2;
  title: string;
  lead?: ReactNode;
  breadcrumbs?: ReadonlyArray<{ href: string; label: string }>;
  actions?: ReactNode;
}) {
  return (
    <>
      {breadcrumbs && breadcrumbs.length > 0 && (
        <nav className="breadcrumbs" aria-label="Brotkrumen-Navigation">
          <ol>
            {breadcrumbs.map((b) => (
              <li key={b.href}>
                <Link href={b.href}>{b.label}</Link>
              </li>
            ))}
            <li aria-current="page">{title}</li>
          </ol>
        </nav>
      )}
      <div className="page-header">
        <div>
          {level === 1 ? <h1>{title}</h1> : <h2 style={{ marginTop: 0 }}>{title}</h2>}
          {lead && <p>{lead}</p>}
        </div>
        {actions}
      </div>
    </>
  );
}
