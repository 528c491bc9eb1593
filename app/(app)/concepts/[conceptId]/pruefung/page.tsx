import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session';
import { checkConceptCompleteness } from '@/lib/review/check-completeness';
import { PageHeader } from '../../../../_components/page-header';
import { loadOrNotFound } from '../../../../_lib/guard';
import { CompletenessFindings, findingsSummary } from '../completeness-findings';

export const metadata: Metadata = { title: 'Vollständigkeitsprüfung' };

export default async function CompletenessPage({ params }: { params: Promise<{ conceptId: string }> }) {
  const { conceptId } = await params;
  const actor = await requirePageActor(`/concepts/${conceptId}/pruefung`);
  const check = await loadOrNotFound(() => checkConceptCompleteness(actor, conceptId));
  const base = `/concepts/${check.concept.id}`;
  return (
    <>
      <PageHeader
        title="Vollständigkeitsprüfung"
        lead="Was vor dem Export, dem Einreichen und dem Beschluss noch zu tun ist. Jeder Punkt führt dorthin, wo er behoben wird."
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: base, label: check.concept.title },
        ]}
      />
      <p className={check.counts.total === 0 ? 'alert alert--success' : 'alert alert--warning'}>{findingsSummary(check.counts)}</p>
      <CompletenessFindings conceptId={check.concept.id} districtId={check.district.id} findings={check.findings} headingLevel={2} />
    </>
  );
}
