import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session';
import { getConceptDetailsForm } from '@/lib/concepts/get-concept-details-form';
import { PageHeader } from '../../../../_components/page-header';
import { loadOrNotFound, requireAllowed } from '../../../../_lib/guard';
import { ConceptDetailsForm } from './details-form';

export const metadata: Metadata = { title: 'Eckdaten bearbeiten' };

export default async function ConceptDetailsPage({ params }: { params: Promise<{ conceptId: string }> }) {
  const { conceptId } = await params;
  const actor = await requirePageActor(`/concepts/${conceptId}/eckdaten`);
  const data = await loadOrNotFound(() => getConceptDetailsForm(actor, conceptId));
  requireAllowed(data.canManage);
  return (
    <>
      <PageHeader
        title="Eckdaten bearbeiten"
        lead={`${data.concept.title} · ${data.district.name}`}
        breadcrumbs={[
          { href: '/', label: 'Übersicht' },
          { href: `/districts/${data.district.id}`, label: data.district.name },
          { href: `/concepts/${data.concept.id}`, label: 'Konzept' },
        ]}
      />
      <div className="card">
        <ConceptDetailsForm
          conceptId={data.concept.id}
          districtId={data.district.id}
          title={data.concept.title}
          responsible={data.concept.responsible}
          facilities={data.facilities}
        />
      </div>
    </>
  );
}
