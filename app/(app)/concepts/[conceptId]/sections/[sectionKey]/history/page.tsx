import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session';
import { getSectionHistory, type RevisionLabel } from '@/lib/sections/get-section-history';
import { DiffView } from '../../../../../../_components/diff-view';
import { PageHeader } from '../../../../../../_components/page-header';
import { RichTextView } from '../../../../../../_components/rich-text-view';
import { formatDateTime } from '../../../../../../_lib/format';
import { loadOrNotFound } from '../../../../../../_lib/guard';
import { RestoreButton } from './restore-button';

export const metadata: Metadata = { title: 'Verlauf' };

const KIND_LABELS: Record<string, string> = {
  template: 'aus der Vorlage',
  edit: 'bearbeitet',
  restore: 'wiederhergestellt',
  seed: 'Demo-Inhalt',
  carryover: 'aus der vorigen Ausgabe übernommen',
  import: 'aus einer Word-Datei übernommen',
};
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
  const data = await loadOrNotFound(() =>
    getSectionHistory(actor, conceptId, sectionKey, {
      upTo: one(query.bis),
      number: one(query.nr),
      date: one(query.datum),
      from: one(query.from),
      to: one(query.to),
      view: one(query.view),
    }),
  );
  const head = data.section.headRevision;
  const label = (r: RevisionLabel) =>
    `Version ${r.number} – ${r.authorName ?? 'Vorlage'}, ${formatDateTime(r.createdAt)}`;
  const problem = (field: string) => data.problems.find((p) => p.field === field)?.message;
  const compareProblems = data.problems.filter((p) => p.field === 'from' || p.field === 'to' || p.field === 'view');
  const jumpProblems = data.problems.filter((p) => p.field === 'number' || p.field === 'date');
  const pageLink = (upTo: number) => `?bis=${upTo}`;

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
      {head === 0 ? (
        <p className="empty-state">Für diesen Abschnitt gibt es noch keine gespeicherte Version.</p>
      ) : (
        <>
          <section aria-labelledby="vergleich" className="card">
            <h2 id="vergleich">Versionen vergleichen</h2>
            <p className="muted">
              Es gibt {head === 1 ? 'eine Version' : `${head.toLocaleString('de-DE')} Versionen`}. Geben Sie die Nummern der beiden Versionen an; die
              Nummern stehen in der Liste unten.
            </p>
            <form method="get" className="form-row">
              {[
                { name: 'from', text: 'Ältere Version (Nummer)', value: data.selected.from },
                { name: 'to', text: 'Neuere Version (Nummer)', value: data.selected.to },
              ].map((input) => (
                <div className="field" key={input.name}>
                  <label htmlFor={input.name}>{input.text}</label>
                  <input
                    id={input.name}
                    name={input.name}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={head}
                    defaultValue={input.value ?? undefined}
                    aria-invalid={problem(input.name) ? true : undefined}
                    aria-describedby={problem(input.name) ? 'vergleich-fehler' : undefined}
                  />
                </div>
              ))}
              <div className="field">
                <button type="submit" className="btn">
                  Vergleichen
                </button>
              </div>
            </form>
            <Problems id="vergleich-fehler" problems={compareProblems} />
            {data.compare && <DiffView blocks={data.compare.blocks} caption={`Von ${label(data.compare.from)} zu ${label(data.compare.to)}`} />}
          </section>
          {data.viewed && (
            <section aria-labelledby="ansicht" className="card">
              <h2 id="ansicht">{label(data.viewed)}</h2>
              <RichTextView doc={data.viewed.content} fieldValues={data.fieldValues} />
            </section>
          )}
          <section aria-labelledby="alle-versionen">
            <h2 id="alle-versionen">Alle Versionen</h2>
            <form method="get" className="form-row" aria-label="Im Verlauf springen">
              <div className="field">
                <label htmlFor="nr">Zu Version Nummer</label>
                <input
                  id="nr"
                  name="nr"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={head}
                  aria-invalid={problem('number') ? true : undefined}
                  aria-describedby={problem('number') ? 'springen-fehler' : undefined}
                />
              </div>
              <div className="field">
                <label htmlFor="datum">oder zum Stand vom</label>
                <input
                  id="datum"
                  name="datum"
                  type="date"
                  aria-invalid={problem('date') ? true : undefined}
                  aria-describedby={problem('date') ? 'springen-fehler' : undefined}
                />
              </div>
              <div className="field">
                <button type="submit" className="btn btn--secondary">
                  Anzeigen
                </button>
              </div>
            </form>
            <Problems id="springen-fehler" problems={jumpProblems} />
            <HistoryPager newer={data.page.newer} older={data.page.older} pageLink={pageLink} head={head} />
            <ol className="history" reversed>
              {data.page.groups.map((group) => (
                <li key={group.first.number} className="card">
                  <p>
                    <strong>{group.authorName ?? 'Vorlage'}</strong> · {group.kind === 'import' && data.concept.importFileName ? `aus der Word-Datei „${data.concept.importFileName}“ übernommen` : (KIND_LABELS[group.kind] ?? group.kind)}
                    {group.first.restoredFrom ? ` (Version ${group.first.restoredFrom})` : ''} ·{' '}
                    {group.revisions.length > 1
                      ? `${formatDateTime(group.last.createdAt)} bis ${formatDateTime(group.first.createdAt)}, ${group.revisions.length} Speicherungen`
                      : formatDateTime(group.first.createdAt)}{' '}
                    · {group.first.textChars.toLocaleString('de-DE')} Zeichen
                  </p>
                  <ul className="history__items">
                    {group.revisions.map((r) => (
                      <li key={r.number} id={`version-${r.number}`}>
                        Version {r.number}, {formatDateTime(r.createdAt)}
                        {r.number === head && <span className="badge badge--success">aktuell</span>}{' '}
                        <Link href={`?bis=${data.page.upTo}&view=${r.number}#ansicht`}>Ansehen</Link>
                        {r.number > 1 && (
                          <>
                            {' · '}
                            <Link href={`?bis=${data.page.upTo}&from=${r.number - 1}&to=${r.number}#vergleich`}>Änderungen</Link>
                          </>
                        )}
                        {data.canEdit && r.number !== head && (
                          <>
                            {' · '}
                            <RestoreButton sectionId={data.section.id} revision={r.number} returnTo={path} />
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
            <HistoryPager newer={data.page.newer} older={data.page.older} pageLink={pageLink} head={head} />
          </section>
        </>
      )}
    </>
  );
}

/** Numbers or dates the history could not use, said beside the form that took them. */
function Problems({ id, problems }: { id: string; problems: Array<{ field: string; message: string }> }) {
  if (problems.length === 0) return null;
  return (
    <div id={id} className="alert alert--error" role="alert">
      {problems.map((p) => (
        <p key={p.field}>{p.message}</p>
      ))}
    </div>
  );
}

function HistoryPager({ newer, older, pageLink, head }: { newer: number | null; older: number | null; pageLink: (n: number) => string; head: number }) {
  if (newer === null && older === null) return null;
  return (
    <nav className="pager" aria-label="Seiten des Verlaufs">
      {newer !== null && (
        <>
          <Link href={pageLink(head)}>Neueste Versionen</Link>
          <Link href={pageLink(newer)}>Neuere Versionen</Link>
        </>
      )}
      {older !== null && <Link href={pageLink(older)}>Ältere Versionen</Link>}
    </nav>
  );
}
