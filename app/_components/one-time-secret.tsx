/** Shows an initial password once, with the instruction to pass it on securely. */
export function OneTimeSecret({ who, password }: { who: string; password: string }) {
  return (
    <>
      <p className="alert__title">Vorläufiges Passwort für {who}</p>
      <p>
        Vorläufiges Passwort: <span className="secret">{password}</span>
      </p>
      <p>
        Das Passwort wird nur jetzt angezeigt. Geben Sie es auf sicherem Weg weiter (nicht per unverschlüsselter E-Mail
        zusammen mit der Adresse). Bei der ersten Anmeldung wird die Person gebeten, ein eigenes Passwort zu wählen.
      </p>
    </>
  );
}
