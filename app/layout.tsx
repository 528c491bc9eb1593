import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Schutzkonzept-Werkstatt', template: '%s – Schutzkonzept-Werkstatt' },
  description: 'Gewaltschutzkonzepte für Gemeinschaftsunterkünfte gemeinsam schreiben, prüfen und als Word-Dokument ausgeben.',
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      <body>{children}</body>
    </html>
  );
}
