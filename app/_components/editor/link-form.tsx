'use client';

import type { Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

const ALLOWED = /^(https?:\/\/|mailto:|tel:)/i;

/** Small inline form to set or remove a link; only http(s), mailto and tel are accepted. */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState<string>(() => String(editor.getAttributes('link').href ?? ''));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    let href = value.trim();
    if (href && !/^[a-z]+:/i.test(href) && /^[\w.-]+\.[a-z]{2,}/i.test(href)) href = `https://${href}`;
    if (!ALLOWED.test(href)) {
      setError('Bitte eine Adresse mit https://, http://, mailto: oder tel: angeben.');
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
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
