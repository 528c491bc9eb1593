import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="inhalt" className="site-main">
      <h1>Seite nicht gefunden</h1>
      <p>Diese Seite gibt es nicht, oder sie gehört zu einer Kommune, auf die Ihr Konto keinen Zugriff hat.</p>
      <p>
        <Link href="/">Zur Übersicht</Link>
      </p>
    </main>
  );
}
