import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session';
import { listConceptReview } from '@/lib/comments/list-comments';
import { DownloadButton } from '../../../../_components/download-button';
import { PageHeader } from '../../../../_components/page-header';
import { formatDate } from '../../../../_lib/format';
import { loadOrNotFound } from '../../../../_lib/guard';

export const metadata: Metadata = { title: 'Hinweise der Beratung' };

export default async function ReviewTablePage({ params }: { params: Promise<{ conceptId: string }> }) {
  const { conceptId } = await params;
  const actor = await requirePageActor(`/concepts/${conceptId}/hinweise`);
  const data = await loadOrNotFound(() => listConceptReview(actor, conceptId));
  const base = `/concepts/${data.concept.id}`;
  const open = data.advisorHints.filter((h) => !h.isResolved).length;
  return (
    <>
      <PageHeader
        title="Hinweise der Beratung und ihre Umsetzung"
        lead={`Alle Hinweise der DeBUG-Beratung mit dem Umgang der Kommune – wie in einer Stellungnahme. ${data.advisorHints.length} Hinweise, davon ${open} offen.`}
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: base, label: data.concept.title },
        ]}
        actions={
          data.canDownloadStatement && (
            <DownloadButton
              href={`/api/concepts/${encodeURIComponent(data.concept.id)}/stellungnahme`}
              label="Stellungnahme als Word-Datei"
              fallbackFilename="Stellungnahme.docx"
              hint="Zur zuletzt eingereichten Fassung: Bewertungen je Abschnitt, Abdeckung nach Mindeststandards und diese Hinweise."
            />
          )
        }
      />
      {data.advisorHints.length === 0 ? (
        <div className="empty-state">
          <h2>Noch keine Hinweise</h2>
          <p>Sobald die Beratung Abschnitte kommentiert, stehen ihre Hinweise hier mit dem Umgang der Kommune.</p>
        </div>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="stellungnahme-titel">
          <table className="table stellungnahme">
            <caption id="stellungnahme-titel">Hinweise der Beratung</caption>
            <colgroup>
              <col style={{ width: '3rem' }} />
              <col style={{ width: '14%' }} />
              <col style={{ width: '20%' }} />
              <col style={{ width: '24%' }} />
              <col style={{ width: '10%' }} />
              <col style={{ width: '20%' }} />
              <col style={{ width: '8%' }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Nr.</th>
                <th scope="col">Abschnitt</th>
                <th scope="col">Textstelle</th>
                <th scope="col">Hinweis der Beratung</th>
                <th scope="col">Umgang</th>
                <th scope="col">Begründung</th>
                <th scope="col">Erledigt in</th>
              </tr>
            </thead>
            <tbody>
              {data.advisorHints.map((h) => (
                <tr key={h.id}>
                  <td>{h.number}</td>
                  <td>
                    <Link href={`${base}/sections/${h.section.key}#kommentar-${h.id}`}>
                      {h.section.number} {h.section.title}
                    </Link>
                  </td>
                  <td>
                    {h.quote ? <q>{h.quote}</q> : <span className="muted">ganzer Abschnitt</span>}
                    {h.isDetached && <span className="badge badge--warning">Textstelle nicht mehr vorhanden</span>}
                  </td>
                  <td className="preserve-lines">
                    {h.comments[0]?.redactedAt ? <em className="muted">Text aus Datenschutzgründen entfernt.</em> : h.comments[0]?.body}
                    <span className="muted small">
                      {' '}
                      – {h.comments[0]?.authorName}, {h.comments[0] ? formatDate(h.comments[0].createdAt) : ''}
                      {h.comments.length > 1 ? ` · ${h.comments.length - 1} Antwort${h.comments.length > 2 ? 'en' : ''}` : ''}
                    </span>
                  </td>
                  <td>{h.isResolved ? (h.dispositionLabel ?? 'erledigt') : <span className="badge badge--warning">offen</span>}</td>
                  <td className="preserve-lines">{h.dispositionReason ?? ''}</td>
                  <td>{h.addressedInVersion ? `Fassung ${h.addressedInVersion}` : h.isResolved ? 'nächste Fassung' : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data.districtThreads.length > 0 && (
        <p className="muted">
          Dazu kommen {data.districtThreads.length} Kommentare aus der Kommune selbst; sie stehen bei den Abschnitten.
        </p>
      )}
    </>
  );
}
