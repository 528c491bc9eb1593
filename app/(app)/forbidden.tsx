import Link from 'next/link';

/**
 * 403 inside the signed-in shell (which already provides the main landmark): the page exists in
 * a district the actor belongs to, but their role may not use it. Another district's pages stay 404.
 */
export default function SignedInForbidden() {
  return (
    <>
      <h1>Dafür fehlt Ihnen die Berechtigung</h1>
      <p>
        Diese Seite gibt es, aber Ihre Rolle erlaubt sie nicht: Manche Seiten, etwa das Protokoll oder die Eckdaten
        eines Konzepts, sind der Koordination der Kommune vorbehalten. Wenn Sie den Zugang für Ihre Arbeit brauchen,
        wenden Sie sich an die Koordination.
      </p>
      <p>
        <Link href="/">Zur Übersicht</Link>
      </p>
    </>
  );
}
