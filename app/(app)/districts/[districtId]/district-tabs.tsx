import { NavLink } from '../../../_components/nav-link';

export function DistrictTabs({ districtId }: { districtId: string }) {
  return (
    <nav className="tabs" aria-label="Bereiche der Kommune">
      <ul>
        <li>
          <NavLink href={`/districts/${districtId}`} exact>
            Übersicht
          </NavLink>
        </li>
        <li>
          <NavLink href={`/districts/${districtId}/facilities`}>Unterkünfte</NavLink>
        </li>
        <li>
          <NavLink href={`/districts/${districtId}/contacts`}>Kontakte</NavLink>
        </li>
        <li>
          <NavLink href={`/districts/${districtId}/members`}>Mitglieder</NavLink>
        </li>
      </ul>
    </nav>
  );
}
