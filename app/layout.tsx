import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Schutzkonzept-Werkstatt', template: '%s – Schutzkonzept-Werkstatt' },
  description: 'Gewaltschutzkonzepte für Gemeinschaftsunterkünfte gemeinsam schreiben, prüfen und als Word-Dokument ausgeben.',
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: Next puts the response's CSP nonce (proxy.ts) on its scripts while
  // rendering, and a page built ahead of time would carry scripts the browser refuses to run.
  await connection();
  return (
    <html lang="de">
      <body>{children}</body>
    </html>
  );
}
