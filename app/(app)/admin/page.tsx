import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session';
import { listAllDistricts } from '@/lib/districts/list-districts';
import { listUsers } from '@/lib/users/list-users';
import { PageHeader } from '../../_components/page-header';
import { countLabel } from '../../_lib/format';
import { loadOrNotFound } from '../../_lib/guard';

export const metadata: Metadata = { title: 'Verwaltung' };

export default async function AdminPage() {
  const actor = await requirePageActor('/admin');
  const [districts, users] = await loadOrNotFound(() => Promise.all([listAllDistricts(actor), listUsers(actor)]));
  const advisors = users.filter((u) => u.platform_role === 'advisor');
  const active = districts.filter((d) => d.is_active);
  const withoutAdvisor = active.filter((d) => !d.advisor_names);
  const inactiveCount = districts.length - active.length;
  return (
    <>
      <PageHeader level={2} title="Überblick" lead="Kommunen, Konten und Zuordnungen der DeBUG-Beratung." />
      <div className="grid">
        <section className="card" aria-labelledby="k">
          <h3 id="k">Kommunen</h3>
          <p>
            {countLabel(active.length, 'aktive Kommune', 'aktive Kommunen')}, davon {withoutAdvisor.length} ohne zugeordnete
            Beratung.
            {inactiveCount > 0 && ` Dazu ${countLabel(inactiveCount, 'deaktivierte Kommune', 'deaktivierte Kommunen')}.`}
          </p>
          <Link href="/admin/districts">Kommunen verwalten</Link>
        </section>
        <section className="card" aria-labelledby="u">
          <h3 id="u">Konten</h3>
          <p>
            {countLabel(users.length, 'Konto', 'Konten')}, davon {countLabel(advisors.length, 'Beratungskonto', 'Beratungskonten')}{' '}
            und {users.filter((u) => !u.is_active).length} deaktiviert.
          </p>
          <Link href="/admin/users">Konten verwalten</Link>
        </section>
      </div>
    </>
  );
}
