import { canInDistrict, type DistrictAction } from '@/lib/access';
import { getActor } from '@/app/_lib/session';
import { NavLink } from '../../../_components/nav-link';

const TABS: ReadonlyArray<{ path: string; label: string; action: DistrictAction }> = [
  { path: '', label: 'Übersicht', action: 'district.read' },
  { path: '/facilities', label: 'Unterkünfte', action: 'district.data.read' },
  { path: '/contacts', label: 'Kontakte', action: 'district.data.read' },
  { path: '/members', label: 'Mitglieder', action: 'member.read' },
  { path: '/sprachformen', label: 'Angaben für Texte', action: 'district.data.edit' },
  { path: '/audit', label: 'Protokoll', action: 'audit.read' },
];

/** The district's areas; each tab only for those who may open it. */
export async function DistrictTabs({ districtId }: { districtId: string }) {
  const actor = await getActor();
  const visible = TABS.filter((tab) => actor && canInDistrict(actor, tab.action, districtId));
  return (
    <nav className="tabs" aria-label="Bereiche der Kommune">
      <ul>
        {visible.map((tab) => (
          <li key={tab.path}>
            <NavLink href={`/districts/${districtId}${tab.path}`} exact={tab.path === ''}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
