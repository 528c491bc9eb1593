import Link from 'next/link';

/** 404 inside the signed-in shell (which already provides the main landmark). */
export default function SignedInNotFound() {
  return (
    <>
      <h1>Seite nicht gefunden</h1>
      <p>Diese Seite gibt es nicht, oder sie gehört zu einer Kommune, auf die Ihr Konto keinen Zugriff hat.</p>
      <p>
        <Link href="/">Zur Übersicht</Link>
      </p>
    </>
  );
}
