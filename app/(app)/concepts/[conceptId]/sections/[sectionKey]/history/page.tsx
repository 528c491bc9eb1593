import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/auth/session';
import { getSectionForEditing } from '@/lib/sections/get-section-for-editing';
import { groupRevisions } from '@/lib/sections/group-revisions';
import { diffRevisions, getRevision, listRevisions } from '@/lib/sections/revisions';
import { DiffView } from '../../../../../../_components/diff-view';
import { PageHeader } from '../../../../../../_components/page-header';
import { RichTextView } from '../../../../../../_components/rich-text-view';
import { formatDateTime } from '../../../../../../_lib/format';
import { loadOrNotFound } from '../../../../../../_lib/guard';
import { RestoreButton } from './restore-button';

export const metadata: Metadata = { title: 'Verlauf' };

const KIND_LABELS: Record<string, string> = { template: 'aus der Vorlage', edit: 'bearbeitet', restore: 'wiederhergestellt', seed: 'Demo-Inhalt' };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ conceptId: string; sectionKey: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { conceptId, sectionKey } = await params;
  const query = await searchParams;
  const path = `/concepts/${conceptId}/sections/${sectionKey}`;
  const actor = await requirePageActor(`${path}/history`);
  const data = await loadOrNotFound(() => getSectionForEditing(actor, conceptId, sectionKey));
  const sectionId = data.section.id;
  const revisions = await loadOrNotFound(() => listRevisions(actor, sectionId));
  const head = data.section.headRevision;
  const from = one(query.from) ?? (revisions[1]?.number ? String(revisions[1].number) : undefined);
  const to = one(query.to) ?? (head > 0 ? String(head) : undefined);
  const view = one(query.view);
  const [viewed, diff] = await Promise.all([
    view ? loadOrNotFound(() => getRevision(actor, sectionId, view)) : undefined,
    from && to && from !== to ? loadOrNotFound(() => diffRevisions(actor, sectionId, from, to)) : undefined,
  ]);
  const label = (n: number, r = revisions.find((x) => x.number === n)) =>
    r ? `Version ${n} – ${r.author_name ?? 'Vorlage'}, ${formatDateTime(r.created_at)}` : `Version ${n}`;

  return (
    <>
      <PageHeader
        title={`Verlauf: ${data.section.number} ${data.section.title}`}
        lead="Jede Speicherung ist eine eigene Version. Nichts wird überschrieben: Auch eine Wiederherstellung wird als neue Version gespeichert."
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: `/concepts/${conceptId}`, label: data.concept.title },
          { href: path, label: `${data.section.number} ${data.section.title}` },
        ]}
      />
      {revisions.length === 0 ? (
        <p className="empty-state">Für diesen Abschnitt gibt es noch keine gespeicherte Version.</p>
      ) : (
        <>
          <section aria-labelledby="vergleich" className="card">
            <h2 id="vergleich">Versionen vergleichen</h2>
            <form method="get" className="form-row">
              {[
                { name: 'from', text: 'Ältere Version', value: from },
                { name: 'to', text: 'Neuere Version', value: to },
              ].map((select) => (
                <div className="field" key={select.name}>
                  <label htmlFor={select.name}>{select.text}</label>
                  <select id={select.name} name={select.name} defaultValue={select.value}>
                    {revisions.map((r) => (
                      <option key={r.number} value={r.number}>
                        {label(r.number)}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
              <div className="field">
                <button type="submit" className="btn">
                  Vergleichen
                </button>
              </div>
            </form>
            {diff && <DiffView blocks={diff.blocks} caption={`Von ${label(diff.from.number)} zu ${label(diff.to.number)}`} />}
          </section>
          {viewed && (
            <section aria-labelledby="ansicht" className="card">
              <h2 id="ansicht">{label(viewed.number)}</h2>
              <RichTextView doc={viewed.content} fieldValues={data.fieldValues} />
            </section>
          )}
          <h2>Alle Versionen</h2>
          <ol className="history" reversed>
            {groupRevisions(revisions).map((group) => (
              <li key={group.first.number} className="card">
                <p>
                  <strong>{group.authorName ?? 'Vorlage'}</strong> · {KIND_LABELS[group.kind] ?? group.kind}
                  {group.first.restored_from ? ` (Version ${group.first.restored_from})` : ''} ·{' '}
                  {group.revisions.length > 1
                    ? `${formatDateTime(group.last.created_at)} bis ${formatDateTime(group.first.created_at)}, ${group.revisions.length} Speicherungen`
                    : formatDateTime(group.first.created_at)}{' '}
                  · {group.first.text_chars.toLocaleString('de-DE')} Zeichen
                </p>
                <ul className="history__items">
                  {group.revisions.map((r) => (
                    <li key={r.number}>
                      Version {r.number}, {formatDateTime(r.created_at)}
                      {r.number === head && <span className="badge badge--success">aktuell</span>}{' '}
                      <Link href={`?view=${r.number}`}>Ansehen</Link>
                      {r.number > 1 && (
                        <>
                          {' · '}
                          <Link href={`?from=${r.number - 1}&to=${r.number}`}>Änderungen</Link>
                        </>
                      )}
                      {data.canEdit && r.number !== head && (
                        <>
                          {' · '}
                          <RestoreButton sectionId={sectionId} revision={r.number} returnTo={path} />
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
