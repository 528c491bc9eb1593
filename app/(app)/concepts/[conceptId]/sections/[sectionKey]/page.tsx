import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session';
import { getSectionForEditing } from '@/lib/sections/get-section-for-editing';
import { ANNEX_LABELS, MINDESTSTANDARDS } from '@/lib/templates';
import { PageHeader } from '../../../../../_components/page-header';
import { loadOrNotFound } from '../../../../../_lib/guard';
import { CommentsPanel } from './comments-panel';
import { GuidancePanel } from './guidance-panel';
import { SideTabs } from './side-tabs';
import { VerdictPanel } from './verdict-panel';
import { SectionChecklist, StatusSwitch } from './section-meta';
import { SectionWorkspace } from './section-workspace';

export const metadata: Metadata = { title: 'Abschnitt bearbeiten' };

const standardLabel = (s: number) => `MS ${s}: ${MINDESTSTANDARDS.find((m) => m.number === s)?.short ?? ''}`;

export default async function SectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ conceptId: string; sectionKey: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { conceptId, sectionKey } = await params;
  const restored = Number((await searchParams).wiederhergestellt) || null;
  const actor = await requirePageActor(`/concepts/${conceptId}/sections/${sectionKey}`);
  const data = await loadOrNotFound(() => getSectionForEditing(actor, conceptId, sectionKey));
  const { section, guidance, comments } = data;
  const commentRanges = comments.threads.flatMap((t) =>
    t.anchor && t.anchor.revision === section.headRevision
      ? [{ threadId: t.id, number: t.number, start: t.anchor.start, end: t.anchor.end, isResolved: t.isResolved }]
      : [],
  );
  const openThreads = comments.threads.filter((t) => !t.isResolved).length;
  const base = `/concepts/${data.concept.id}`;
  return (
    <>
      <PageHeader
        title={`${section.number} ${section.title}`}
        lead={guidance.isRequired ? 'Pflichtabschnitt' : 'Optionaler Abschnitt'}
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: base, label: data.concept.title },
        ]}
        actions={
          <Link className="btn btn--secondary" href={`${base}/sections/${section.key}/history`}>
            Verlauf und Vergleich
          </Link>
        }
      />
      {restored && (
        <div className="alert alert--success" role="status">
          <p>
            Version {restored} wurde als neue Version {data.section.headRevision} wiederhergestellt. Die vorherige Version bleibt
            im Verlauf erhalten.
          </p>
        </div>
      )}
      {data.sinceVersion && (
        <p className={data.sinceVersion.isChanged ? 'alert alert--warning' : 'muted'}>
          {data.sinceVersion.isChanged ? (
            <>
              Geändert seit Fassung {data.sinceVersion.versionNumber}.{' '}
              <Link href={`${base}/fassungen/vergleich?von=${data.sinceVersion.versionNumber}&bis=aktuell#abschnitt-${section.key}`}>
                Änderungen gegenüber Fassung {data.sinceVersion.versionNumber} ansehen
              </Link>
            </>
          ) : (
            <>Unverändert seit Fassung {data.sinceVersion.versionNumber}.</>
          )}
        </p>
      )}
      {data.readOnlyReason && (
        <div className="alert" role="status">
          <p>{data.readOnlyReason}</p>
        </div>
      )}
      <div className="section-layout">
        <div className="section-layout__main">
          {/* The text's own headings are h3 and h4 (the editor's schema): this h2 keeps the page's outline in order. */}
          <h2 className="visually-hidden">Text des Abschnitts</h2>
          <SectionWorkspace
            key={`${section.id}:${section.headRevision}`}
            sectionId={section.id}
            title={section.title}
            headRevision={section.headRevision}
            content={section.content}
            savedAt={section.savedAt?.toISOString() ?? null}
            savedBy={section.savedBy}
            canEdit={data.canEdit}
            fieldValues={data.fieldValues}
            commentRanges={commentRanges}
          />
          {(data.verdict || data.reviewVersionNumber !== null) && (
            <VerdictPanel sectionId={section.id} verdict={data.verdict} canGive={data.canGiveVerdict} versionNumber={data.reviewVersionNumber} />
          )}
          <section aria-labelledby="stand-titel" className="card">
            <h2 id="stand-titel">Stand und Prüfpunkte</h2>
            <StatusSwitch sectionId={section.id} conceptId={data.concept.id} status={section.status} canEdit={data.canEdit} />
            <h3>Prüfpunkte nach den Mindeststandards</h3>
            <SectionChecklist
              sectionId={section.id}
              conceptId={data.concept.id}
              canEdit={data.canEdit}
              items={section.checklist.map((item) => ({
                key: item.key,
                text: item.text,
                level: item.level,
                isDone: item.isDone,
                standardLabel: typeof item.standard === 'number' ? standardLabel(item.standard) : ANNEX_LABELS[item.standard],
              }))}
            />
          </section>
          <nav className="pager" aria-label="Abschnitte blättern">
            {data.previous ? (
              <Link href={`${base}/sections/${data.previous.key}`} rel="prev">
                ← {data.previous.number} {data.previous.title}
              </Link>
            ) : (
              <span />
            )}
            <Link href={base}>Zur Gliederung</Link>
            {data.next ? (
              <Link href={`${base}/sections/${data.next.key}`} rel="next">
                {data.next.number} {data.next.title} →
              </Link>
            ) : (
              <span />
            )}
          </nav>
        </div>
        <SideTabs
          openCount={openThreads}
          preferComments={actor.platformRole === 'advisor' || openThreads > 0}
          comments={<CommentsPanel conceptId={data.concept.id} sectionId={section.id} sectionKey={section.key} initial={comments} />}
          help={
            <GuidancePanel
              purpose={guidance.purpose}
              guidance={[...guidance.guidance]}
              questions={[...guidance.questions]}
              textBlocks={[...guidance.textBlocks]}
              legalReferences={guidance.legalReferences}
              standardLabels={[...guidance.standards.map(standardLabel), ...guidance.annexes.map((a) => ANNEX_LABELS[a])]}
              fieldValues={data.fieldValues}
              today={data.today}
              dataTables={data.dataTables}
              canEdit={data.canEdit}
            />
          }
        />
      </div>
    </>
  );
}
