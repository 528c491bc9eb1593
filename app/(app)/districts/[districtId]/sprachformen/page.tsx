import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session';
import { getDistrictTexts } from '@/lib/districts/update-district-texts';
import { DistrictTextsForm } from '../../../../_components/district-texts-form';
import { PageHeader } from '../../../../_components/page-header';
import { loadOrNotFound } from '../../../../_lib/guard';
import { DistrictTabs } from '../district-tabs';

export const metadata: Metadata = { title: 'Angaben für Texte' };

export default async function DistrictTextsPage({ params }: { params: Promise<{ districtId: string }> }) {
  const { districtId } = await params;
  const actor = await requirePageActor(`/districts/${districtId}/sprachformen`);
  const texts = await loadOrNotFound(() => getDistrictTexts(actor, districtId));
  return (
    <>
      <PageHeader
        title="Angaben für Texte"
        lead={`Wie die Konzepte ${texts.forms.gen} die Kommune und die Gewaltschutzkoordination nennen.`}
        breadcrumbs={[{ href: '/', label: 'Übersicht' }, { href: `/districts/${districtId}`, label: texts.name }]}
      />
      <DistrictTabs districtId={districtId} />
      <p>
        Textbausteine setzen den Namen der Kommune in der Form ein, die der Satz braucht: „{texts.forms.nom} betreibt …“,
        „im Auftrag {texts.forms.gen}“, „mit {texts.forms.dat}“. Die Formen werden aus Name und Art der Kommune abgeleitet;
        passt eine nicht, tragen Sie sie hier ein.
      </p>
      <DistrictTextsForm districtId={districtId} texts={texts} />
    </>
  );
}
