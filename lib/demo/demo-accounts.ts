import type { DistrictRole, PlatformRole } from '../../db/types';

/** Fictional demo accounts; the README lists the same ones. Never used when NODE_ENV=production unless forced. */
export const DEMO_PASSWORD = 'Demo-Werkstatt-2026';

export const DEMO_DISTRICTS = [
  { key: 'musterland', name: 'Landkreis Musterland', kind: 'Landkreis', state: 'Niedersachsen' },
  { key: 'beispielstadt', name: 'Stadt Beispielstadt', kind: 'kreisfreie Stadt', state: 'Nordrhein-Westfalen' },
] as const;

export type DemoDistrictKey = (typeof DEMO_DISTRICTS)[number]['key'];

export interface DemoAccount {
  email: string;
  displayName: string;
  platformRole: PlatformRole;
  membership?: { district: DemoDistrictKey; role: DistrictRole };
  advises?: DemoDistrictKey[];
  /** How the README and the start banner describe the account. */
  description: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@werkstatt.example', displayName: 'Werkstatt-Administration', platformRole: 'admin', description: 'Plattformverwaltung' },
  {
    email: 'koordination@musterland.example',
    displayName: 'Miriam Muster',
    platformRole: 'user',
    membership: { district: 'musterland', role: 'coordinator' },
    description: 'Koordination, Landkreis Musterland',
  },
  {
    email: 'redaktion@musterland.example',
    displayName: 'Jonas Beispiel',
    platformRole: 'user',
    membership: { district: 'musterland', role: 'editor' },
    description: 'Redaktion, Landkreis Musterland',
  },
  {
    email: 'koordination@beispielstadt.example',
    displayName: 'Sevda Probst',
    platformRole: 'user',
    membership: { district: 'beispielstadt', role: 'coordinator' },
    description: 'Koordination, Stadt Beispielstadt',
  },
  {
    email: 'redaktion@beispielstadt.example',
    displayName: 'Tobias Fiktiv',
    platformRole: 'user',
    membership: { district: 'beispielstadt', role: 'editor' },
    description: 'Redaktion, Stadt Beispielstadt',
  },
  {
    email: 'beratung@debug.example',
    displayName: 'Clara Rat',
    platformRole: 'advisor',
    advises: ['musterland'],
    description: 'DeBUG-Beratung, nur Landkreis Musterland zugeordnet',
  },
];
