import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session';
import { listUsers } from '@/lib/users/list-users';
import { PageHeader } from '../../../_components/page-header';
import { PLATFORM_ROLE_LABELS, RELATION_LABELS } from '../../../_lib/format';
import { loadOrNotFound } from '../../../_lib/guard';
import { CreateUserForm, UserRowActions } from '../admin-forms';
import { TableWrap } from '../../../_components/table-wrap';

export const metadata: Metadata = { title: 'Konten verwalten' };

export default async function AdminUsersPage() {
  const actor = await requirePageActor('/admin/users');
  const users = await loadOrNotFound(() => listUsers(actor));
  return (
    <>
      <PageHeader level={2} title="Konten" lead="Alle Konten der Plattform. Deaktivierte Konten können sich nicht mehr anmelden; laufende Sitzungen enden sofort. Ein neues Passwort erscheint im Protokoll jeder Kommune, in der das Konto arbeitet, und deren Koordination wird benachrichtigt." />
      <TableWrap label="Alle Konten">
        <table className="table">
          <caption>Alle Konten ({users.length})</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">E-Mail-Adresse</th>
              <th scope="col">Kontoart</th>
              <th scope="col">Kommunen</th>
              <th scope="col">Status</th>
              <th scope="col">Aktionen</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.displayName}</th>
                <td>{u.email}</td>
                <td>{PLATFORM_ROLE_LABELS[u.platformRole]}</td>
                <td>
                  {[
                    ...u.memberships.map((m) => `${m.districtName} (${RELATION_LABELS[m.role]})`),
                    ...u.assignments.map((a) => `${a.districtName} (Beratung)`),
                  ].join(', ') || <span className="muted">keine</span>}
                </td>
                <td>
                  {u.isActive ? <span className="badge badge--success">aktiv</span> : <span className="badge badge--danger">deaktiviert</span>}
                </td>
                <td>
                  {u.id === actor.userId ? (
                    <span className="muted">Das sind Sie.</span>
                  ) : (
                    <UserRowActions userId={u.id} name={u.displayName} isActive={u.isActive} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <section className="card card--muted" aria-labelledby="neu">
        <h3 id="neu">Konto anlegen</h3>
        <CreateUserForm />
      </section>
    </>
  );
}
