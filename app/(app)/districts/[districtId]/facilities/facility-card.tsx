import Link from 'next/link';
import { FACILITY_FEATURES, STAFF_ROLES, formatCount, formatFte, nightCoverSummary, teamSummary } from '@/lib/facilities/labels';
import type { Facility } from '@/lib/facilities/queries';
import { formatDate } from '../../../../_lib/format';

/** One facility's key figures; features say „vorhanden“/„fehlt“ in words, not by colour alone. */
export function FacilityCard({ facility: f, canEdit }: { facility: Facility; canEdit: boolean }) {
  const isOverbooked = f.occupancy > f.capacity;
  const staffing = STAFF_ROLES.filter(({ key }) => f[key] !== null);
  return (
    <article className="card" aria-labelledby={`unterkunft-${f.id}`}>
      <h2 id={`unterkunft-${f.id}`} className="card__title">
        {f.name}
      </h2>
      <p className="muted">{[f.type, f.address].filter(Boolean).join(' · ')}</p>
      <dl className="facts">
        <dt>Betreiber/Träger</dt>
        <dd>{f.operator ?? 'keine Angabe'}</dd>
        <dt>Plätze</dt>
        <dd>{formatCount(f.capacity)}</dd>
        <dt>Belegung</dt>
        <dd>
          {formatCount(f.occupancy)}
          {f.capacity > 0 && ` (${Math.round((f.occupancy / f.capacity) * 100)} %)`}
          {isOverbooked && (
            <>
              {' '}
              <span className="badge badge--warning">über der Platzzahl</span>
            </>
          )}
        </dd>
        <dt>Personal</dt>
        <dd>
          {staffing.length === 0
            ? 'keine Angabe'
            : staffing.map(({ key, label }, i) => (
                <span key={key}>
                  {i > 0 && <br />}
                  {label}: {formatFte(f[key]!)} VZÄ
                </span>
              ))}
        </dd>
        <dt>Team</dt>
        <dd>{teamSummary(f) || 'keine Angabe'}</dd>
        <dt>Nachts</dt>
        <dd>{nightCoverSummary(f)}</dd>
      </dl>
      <h3 className="card__subtitle">Ausstattung</h3>
      <ul className="plain-list">
        {FACILITY_FEATURES.map(({ key, label }) => (
          <li key={key}>
            {f[key] ? <span className="badge badge--success">vorhanden</span> : <span className="badge">fehlt</span>} {label}
          </li>
        ))}
      </ul>
      {f.note && <p>{f.note}</p>}
      <p className="muted small">
        Zuletzt geändert am {formatDate(f.updatedAt)}
        {f.updatedByName && ` von ${f.updatedByName}`}
      </p>
      {canEdit && (
        <Link className="btn btn--secondary btn--small" href={`/districts/${f.districtId}/facilities/${f.id}`} aria-label={`„${f.name}“ bearbeiten`}>
          Bearbeiten
        </Link>
      )}
    </article>
  );
}
