import type { ReactNode } from 'react';
import { NavLink } from '../../_components/nav-link';
import { PageHeader } from '../../_components/page-header';

export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <PageHeader title="Plattformverwaltung" breadcrumbs={[{ href: '/', label: 'Übersicht' }]} />
      <nav className="tabs" aria-label="Bereiche der Verwaltung">
        <ul>
          <li>
            <NavLink href="/admin" exact>
              Überblick
            </NavLink>
          </li>
          <li>
            <NavLink href="/admin/districts">Kommunen</NavLink>
          </li>
          <li>
            <NavLink href="/admin/users">Konten</NavLink>
          </li>
        </ul>
      </nav>
      {children}
    </>
  );
}
