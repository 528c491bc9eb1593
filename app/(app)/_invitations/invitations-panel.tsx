import type { MyInvitation } from '@/lib/members/invitations';
import { RELATION_LABELS, formatDate } from '../../_lib/format';
import { InvitationAnswer } from './invitation-answer';

/** The signed-in person's open invitations, on the start page (notifications link here). */
export function InvitationsPanel({ invitations }: { invitations: MyInvitation[] }) {
  if (invitations.length === 0) return null;
  return (
    <section id="einladungen" aria-labelledby="einladungen-titel" className="card card--highlight" tabIndex={-1}>
      <h2 id="einladungen-titel">{invitations.length === 1 ? 'Eine Einladung wartet auf Ihre Antwort' : `${invitations.length} Einladungen warten auf Ihre Antwort`}</h2>
      <ul className="plain-list">
        {invitations.map((invitation) => (
          <li key={invitation.id}>
            <h3>{invitation.districtName}</h3>
            <p>
              {invitation.invitedByName
                ? `${invitation.isInvitedByAdmin ? 'Die Plattformverwaltung' : invitation.invitedByName} hat Sie am ${formatDate(invitation.createdAt)} eingeladen`
                : `Sie wurden am ${formatDate(invitation.createdAt)} eingeladen`}
              , als {RELATION_LABELS[invitation.role]} mitzuarbeiten. Erst wenn Sie annehmen, werden Sie Mitglied und sehen die Konzepte
              der Kommune.
            </p>
            {!invitation.canAccept && (
              <p className="alert alert--warning">
                Ihr Konto gehört zur DeBUG-Beratung oder zur Plattformverwaltung und kann nicht Mitglied einer Kommune werden. Bitte
                lehnen Sie die Einladung ab.
              </p>
            )}
            <InvitationAnswer invitationId={invitation.id} districtName={invitation.districtName} canAccept={invitation.canAccept} />
          </li>
        ))}
      </ul>
    </section>
  );
}
