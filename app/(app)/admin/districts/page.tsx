import type { Metadata } from 'next';
import Link from 'next/link';
import { BUNDESLAENDER, DISTRICT_KINDS } from '@/db/types';
import { requirePageActor } from '@/app/_lib/session';
import { getDistrictAdministration } from '@/lib/districts/list-districts';
import { PageHeader } from '../../../_components/page-header';
import { loadOrNotFound } from '../../../_lib/guard';
import { AssignAdvisorForm, CreateDistrictForm, UnassignButton } from '../admin-forms';
import { TableWrap } from '../../../_components/table-wrap';

export const metadata: Metadata = { title: 'Kommunen verwalten' };

export default async function AdminDistrictsPage() {
  const actor = await requirePageActor('/admin/districts');
  const { districts, advisors } = await loadOrNotFound(() => getDistrictAdministration(actor));
  return (
    <>
      <PageHeader level={2} title="Kommunen" lead="Kommunen anlegen, umbenennen oder deaktivieren, Mitglieder verwalten und die DeBUG-Beratung zuordnen." />
      <TableWrap label="Alle Kommunen">
        <table className="table">
          <caption>Alle Kommunen ({districts.length})</caption>
          <thead>
            <tr>
              <th scope="col">Kommune</th>
              <th scope="col">Art</th>
              <th scope="col">Bundesland</th>
              <th scope="col">Mitglieder</th>
              <th scope="col">Beratung</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {districts.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <Link href={`/admin/districts/${d.id}`}>{d.name}</Link>
                </th>
                <td>{d.kind}</td>
                <td>{d.state}</td>
                <td>{d.memberCount}</td>
                <td>
                  {d.advisors.map((a) => (
                    <div key={a.id}>
                      {a.displayName} <UnassignButton userId={a.id} districtId={d.id} accessibleLabel={`Zuordnung ${a.displayName} – ${d.name} aufheben`} />
                    </div>
                  ))}
                  {d.advisors.length === 0 && <span className="muted">keine</span>}
                </td>
                <td>
                  {d.isActive ? (
                    <span className="badge badge--success">aktiv</span>
                  ) : (
                    <span className="badge badge--danger">deaktiviert</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <div className="grid">
        <section className="card card--muted" aria-labelledby="neu">
          <h3 id="neu">Kommune anlegen</h3>
          <CreateDistrictForm kinds={DISTRICT_KINDS} states={BUNDESLAENDER} />
        </section>
        <section className="card card--muted" aria-labelledby="zuordnen">
          <h3 id="zuordnen">Beratung zuordnen</h3>
          <p>Eine Beratung sieht nur die ihr zugeordneten Kommunen.</p>
          {advisors.length === 0 ? (
            <p>
              Es gibt noch kein Beratungskonto. Legen Sie es unter <Link href="/admin/users">Konten</Link> an.
            </p>
          ) : (
            <AssignAdvisorForm
              advisors={advisors.map((a) => ({ value: a.id, label: `${a.displayName} (${a.email})` }))}
              districts={districts.filter((d) => d.isActive).map((d) => ({ value: d.id, label: d.name }))}
            />
          )}
        </section>
      </div>
    </>
  );
}
