import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session';
import { getPlatformOverview } from '@/lib/districts/list-districts';
import { PageHeader } from '../../_components/page-header';
import { countLabel } from '../../_lib/format';
import { loadOrNotFound } from '../../_lib/guard';

export const metadata: Metadata = { title: 'Verwaltung' };

export default async function AdminPage() {
  const actor = await requirePageActor('/admin');
  const counts = await loadOrNotFound(() => getPlatformOverview(actor));
  return (
    <>
      <PageHeader level={2} title="Überblick" lead="Kommunen, Konten und Zuordnungen der DeBUG-Beratung." />
      <div className="grid">
        <section className="card" aria-labelledby="k">
          <h3 id="k">Kommunen</h3>
          <p>
            {countLabel(counts.activeDistricts, 'aktive Kommune', 'aktive Kommunen')}, davon {counts.activeDistrictsWithoutAdvisor} ohne
            zugeordnete Beratung.
            {counts.inactiveDistricts > 0 && ` Dazu ${countLabel(counts.inactiveDistricts, 'deaktivierte Kommune', 'deaktivierte Kommunen')}.`}
          </p>
          <Link href="/admin/districts">Kommunen verwalten</Link>
        </section>
        <section className="card" aria-labelledby="u">
          <h3 id="u">Konten</h3>
          <p>
            {countLabel(counts.accounts, 'Konto', 'Konten')}, davon {countLabel(counts.advisorAccounts, 'Beratungskonto', 'Beratungskonten')}{' '}
            und {counts.inactiveAccounts} deaktiviert.
          </p>
          <Link href="/admin/users">Konten verwalten</Link>
        </section>
      </div>
    </>
  );
}
