import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session';
import { VERSION_KIND_LABELS, getVersion } from '@/lib/versions/read-versions';
import { PageHeader } from '../../../../../_components/page-header';
import { RichTextView } from '../../../../../_components/rich-text-view';
import { formatDateTime, formatIsoDate } from '../../../../../_lib/format';
import { loadOrNotFound } from '../../../../../_lib/guard';
import { ExportButton } from '../../export-button';

export const metadata: Metadata = { title: 'Fassung' };

export default async function VersionPage({ params }: { params: Promise<{ conceptId: string; number: string }> }) {
  const { conceptId, number } = await params;
  const actor = await requirePageActor(`/concepts/${conceptId}/fassungen/${number}`);
  const data = await loadOrNotFound(() => getVersion(actor, conceptId, number));
  const { version } = data;
  const base = `/concepts/${data.concept.id}`;
  const filled = data.sections.filter((s) => !s.isEmpty);
  return (
    <>
      <PageHeader
        title={`Fassung ${version.number}: ${version.details.title}`}
        lead={
          <>
            {VERSION_KIND_LABELS[version.kind]} am {formatDateTime(version.createdAt)} von {version.createdByName ?? 'unbekannt'} · Nur lesen: eine
            Fassung ändert sich nie.
          </>
        }
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: base, label: data.concept.title },
          { href: `${base}/fassungen`, label: 'Fassungen' },
        ]}
        actions={<ExportButton conceptId={data.concept.id} fassung={version.number} label={`Fassung ${version.number} als Word-Datei (DOCX)`} />}
      />
      <section className="card" aria-labelledby="fassung-eckdaten">
        <h2 id="fassung-eckdaten">Eckdaten dieser Fassung</h2>
        <dl className="facts">
          <dt>Kommune</dt>
          <dd>{version.details.districtName}</dd>
          <dt>Verantwortlich</dt>
          <dd>{version.details.responsible}</dd>
          {version.decidedBy && version.decidedOn && (
            <>
              <dt>Beschluss</dt>
              <dd>
                {version.decidedBy} am {formatIsoDate(version.decidedOn)}
                {version.resolutionNumber ? ` (Beschluss-Nr. ${version.resolutionNumber})` : ''}
              </dd>
            </>
          )}
          {version.note && (
            <>
              <dt>Nachricht</dt>
              <dd className="preserve-lines">{version.note}</dd>
            </>
          )}
        </dl>
      </section>
      <nav aria-label="Abschnitte dieser Fassung" className="card card--muted">
        <h2 className="card__title">Inhalt</h2>
        <ol className="toc-list">
          {filled.map((s) => (
            <li key={s.key}>
              <a href={`#abschnitt-${s.key}`}>
                {s.number} {s.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {data.sections.map((s) => (
        <section key={s.key} id={`abschnitt-${s.key}`} aria-labelledby={`titel-${s.key}`} className="version-section">
          <h2 id={`titel-${s.key}`}>
            {s.number} {s.title}
          </h2>
          {s.isEmpty ? <p className="muted">In dieser Fassung ohne Text.</p> : <RichTextView doc={s.content} tableContext={`${s.number} ${s.title}`} fieldValues={data.fieldValues} />}
          <p className="muted small">
            Version {s.revisionNumber} des Abschnitts · <Link href={`${base}/sections/${s.key}`}>Abschnitt heute</Link>
          </p>
        </section>
      ))}
    </>
  );
}
