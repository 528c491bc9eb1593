import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session';
import { compareVersions } from '@/lib/versions/read-versions';
import { DiffView } from '../../../../../_components/diff-view';
import { ChangeDocumentLinks } from './change-document-links';
import { PageHeader } from '../../../../../_components/page-header';
import { loadOrNotFound } from '../../../../../_lib/guard';

export const metadata: Metadata = { title: 'Fassungen vergleichen' };

export default async function CompareVersionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ conceptId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { conceptId } = await params;
  const query = await searchParams;
  const from = typeof query.von === 'string' ? query.von : undefined;
  const to = typeof query.bis === 'string' ? query.bis : 'aktuell';
  const actor = await requirePageActor(`/concepts/${conceptId}/fassungen/vergleich?von=${from ?? ''}&bis=${to}`);
  const data = await loadOrNotFound(() => compareVersions(actor, conceptId, from, to));
  const base = `/concepts/${data.concept.id}`;
  const toLabel = data.to ? `Fassung ${data.to.number}` : 'aktueller Text';
  const changed = data.sections.filter((s) => s.isChanged);
  const unchanged = data.sections.filter((s) => !s.isChanged);
  return (
    <>
      <PageHeader
        title={`Fassung ${data.from.number} → ${toLabel}`}
        lead={
          data.changedCount === 0
            ? 'Keine Unterschiede im Text.'
            : `${data.changedCount} ${data.changedCount === 1 ? 'Abschnitt hat' : 'Abschnitte haben'} sich geändert; sie stehen zuerst.`
        }
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: base, label: data.concept.title },
          { href: `${base}/fassungen`, label: 'Fassungen' },
        ]}
      />
      {data.to?.number !== data.from.number && (
        <ChangeDocumentLinks conceptId={data.concept.id} from={data.from.number} to={data.to ? data.to.number : 'aktuell'} />
      )}
      {changed.map((s) => (
        <section key={s.key} id={`abschnitt-${s.key}`} aria-labelledby={`titel-${s.key}`} className="card">
          <h2 id={`titel-${s.key}`} className="card__title">
            <Link href={`${base}/sections/${s.key}`}>
              {s.number} {s.title}
            </Link>
          </h2>
          <p className="muted small">
            {s.insertedWords} Wörter hinzugefügt, {s.deletedWords} entfernt
          </p>
          <DiffView blocks={s.blocks} caption={`${s.number} ${s.title}: Fassung ${data.from.number} → ${toLabel}`} />
        </section>
      ))}
      {unchanged.length > 0 && (
        <details className="card card--muted">
          <summary>
            {unchanged.length} {unchanged.length === 1 ? 'Abschnitt' : 'Abschnitte'} unverändert
          </summary>
          <ul className="inline-list">
            {unchanged.map((s) => (
              <li key={s.key}>
                {s.number} {s.title}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
