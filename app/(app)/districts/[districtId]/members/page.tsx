import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session';
import { getDistrictTeam } from '@/lib/members/list-members';
import { PageHeader } from '../../../../_components/page-header';
import { RELATION_LABELS, formatDate } from '../../../../_lib/format';
import { loadOrNotFound } from '../../../../_lib/guard';
import { DistrictTabs } from '../district-tabs';
import { AddMemberForm, MemberRowActions, WithdrawInvitationButton } from './member-forms';
import { TableWrap } from '../../../../_components/table-wrap';

export const metadata: Metadata = { title: 'Mitglieder' };

export default async function MembersPage({ params }: { params: Promise<{ districtId: string }> }) {
  const { districtId } = await params;
  const actor = await requirePageActor(`/districts/${districtId}/members`);
  const { district, members, invitations, advisors, canManage } = await loadOrNotFound(() => getDistrictTeam(actor, districtId));
  return (
    <>
      <PageHeader
        title={`Mitglieder – ${district.name}`}
        lead="Wer am Gewaltschutzkonzept mitarbeitet. Die Koordination verwaltet das Team und gibt Konzepte frei; die Redaktion schreibt Abschnitte."
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: `/districts/${district.id}`, label: district.name },
        ]}
      />
      <DistrictTabs districtId={district.id} />
      {canManage && district.relation === 'none' && (
        <p className="alert">
          Sie handeln hier als Plattformverwaltung: Jede Einladung und jede Änderung am Team erscheint mit Ihrem Namen im
          Protokoll der Kommune, und die Koordination wird in der Werkstatt benachrichtigt.
        </p>
      )}
      <TableWrap label="Team der Kommune">
        <table className="table">
          <caption>Team der Kommune ({members.length})</caption>
          <TeamTableHead nameLabel="Name" canManage={canManage} />
          <tbody>
            {members.map((m) => (
              <tr key={m.userId}>
                <th scope="row">{m.displayName}</th>
                <td>{m.email}</td>
                <td>{RELATION_LABELS[m.role]}</td>
                <td>
                  {m.isActive ? (
                    <span className="badge badge--success">aktiv</span>
                  ) : (
                    <span className="badge badge--danger">deaktiviert</span>
                  )}{' '}
                  {m.mustChangePassword && <span className="badge">vorläufiges Passwort</span>}
                  <br />
                  <span className="muted">seit {formatDate(m.createdAt)}</span>
                </td>
                {canManage && (
                  <td>
                    {m.userId === actor.userId ? (
                      <span className="muted">Das sind Sie.</span>
                    ) : (
                      <MemberRowActions districtId={district.id} userId={m.userId} name={m.displayName} role={m.role} />
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>

      {invitations.length > 0 && (
        <TableWrap label="Offene Einladungen">
          <table className="table">
            <caption>Offene Einladungen ({invitations.length})</caption>
            <TeamTableHead nameLabel="Name (wie eingegeben)" canManage={canManage} />
            <tbody>
              {invitations.map((i) => (
                <tr key={i.id}>
                  <th scope="row">{i.displayName}</th>
                  <td>{i.email}</td>
                  <td>{RELATION_LABELS[i.role]}</td>
                  <td>
                    <span className="badge badge--warning">eingeladen</span>
                    <br />
                    <span className="muted">
                      am {formatDate(i.createdAt)}
                      {i.invitedByName ? ` von ${i.invitedByName}` : ''}; Mitglied erst nach Annahme
                    </span>
                  </td>
                  {canManage && (
                    <td>
                      <WithdrawInvitationButton districtId={district.id} invitationId={i.id} name={i.displayName} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}

      <h2>DeBUG-Beratung</h2>
      {advisors.length === 0 ? (
        <p className="muted">Dieser Kommune ist keine Beratung zugeordnet. Die Zuordnung nimmt die Plattformverwaltung vor.</p>
      ) : (
        <ul>
          {advisors.map((a) => (
            <li key={a.userId}>
              {a.displayName} ({a.email})
            </li>
          ))}
        </ul>
      )}

      {canManage && (
        <section aria-labelledby="aufnehmen" className="card card--muted">
          <h2 id="aufnehmen">Person einladen</h2>
          <p>
            Die Person wird eingeladen und ist Mitglied, sobald sie die Einladung nach der Anmeldung annimmt. Hat sie noch
            kein Konto, wird eines angelegt; das vorläufige Passwort wird einmalig angezeigt. Bitte nur dienstliche Adressen
            verwenden.
          </p>
          <AddMemberForm districtId={district.id} />
        </section>
      )}
    </>
  );
}

/** The columns of the team and the invitation table. */
function TeamTableHead({ nameLabel, canManage }: { nameLabel: string; canManage: boolean }) {
  return (
    <thead>
      <tr>
        <th scope="col">{nameLabel}</th>
        <th scope="col">E-Mail-Adresse</th>
        <th scope="col">Rolle</th>
        <th scope="col">Status</th>
        {canManage && <th scope="col">Aktionen</th>}
      </tr>
    </thead>
  );
}
