'use client';

import type { Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { MAX_LINK_HREF_CHARS, findLinkHrefProblem, normaliseLinkHref, type LinkHrefProblem } from '@/lib/editor/link-policy';
import { CHECK_CONTENT } from './content-guard';

const SCHEMES = 'Bitte eine Adresse mit https://, http://, mailto: oder tel: angeben.';
/** The same rules the server applies (link-policy), so a link accepted here is never refused on save. */
const PROBLEMS: Record<LinkHrefProblem, string> = {
  empty: SCHEMES,
  too_long: `Die Adresse ist zu lang (höchstens ${MAX_LINK_HREF_CHARS.toLocaleString('de-DE')} Zeichen).`,
  whitespace: 'Die Adresse enthält Leerzeichen. Bitte prüfen Sie sie.',
  broken: 'Die Adresse enthält ein unvollständiges Schriftzeichen. Bitte geben Sie sie neu ein.',
  no_scheme: SCHEMES,
  scheme: SCHEMES,
  no_host: 'Die Adresse ist unvollständig, z. B. fehlt nach https:// der Name der Seite.',
};

/** Small inline form to set or remove a link; only http(s), mailto and tel are accepted. */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState<string>(() => String(editor.getAttributes('link').href ?? ''));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    let href = normaliseLinkHref(value.trim());
    if (href && !/^[a-z]+:/i.test(href) && /^[\w.-]+\.[a-z]{2,}/i.test(href)) href = `https://${href}`;
    const problem = findLinkHrefProblem(href);
    if (problem) {
      setError(PROBLEMS[problem]);
      return;
    }
    editor.chain().focus().setMeta(CHECK_CONTENT, true).extendMarkRange('link').setLink({ href }).run();
    onClose();
  };
  return (
    <form className="link-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && (onClose(), editor.commands.focus())}>
      <label htmlFor={id}>Linkadresse</label>
      <input
        id={id}
        ref={input}
        type="text"
        inputMode="url"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        placeholder="https://… oder mailto:… oder tel:…"
      />
      <button type="submit" className="btn btn--small">
        Übernehmen
      </button>
      {editor.isActive('link') && (
        <button
          type="button"
          className="btn btn--secondary btn--small"
          onClick={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            onClose();
          }}
        >
          Link entfernen
        </button>
      )}
      <button type="button" className="btn btn--secondary btn--small" onClick={() => (onClose(), editor.commands.focus())}>
        Abbrechen
      </button>
      {error && (
        <p className="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
