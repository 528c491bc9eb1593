/**
 * The text part of the editor schema: the extensions of Tiptap's StarterKit that the schema uses, in
 * StarterKit's order, each imported from its own entry point.
 *
 * StarterKit itself imports every extension it knows, and the main entries of @tiptap/extension-list and
 * @tiptap/extensions hold all of theirs in one module each, so the browser got code block, inline code,
 * horizontal rule, task lists, placeholder, character count, focus and selection even though the schema
 * leaves them out (about 6 kB gzipped, `npm run bench:bundle`). Same extensions, same order and same
 * defaults as StarterKit with `code`, `codeBlock` and `horizontalRule` switched off: the schema, the input
 * rules and the keyboard shortcuts are unchanged (tests/unit/editor-schema.test.ts compares with StarterKit).
 *
 * Options: only what extensions.ts and the Word import (lib/import/convert-docx.ts) set.
 */
import { Extension, type AnyExtension } from '@tiptap/core';
import { Blockquote } from '@tiptap/extension-blockquote';
import { Bold } from '@tiptap/extension-bold';
import { Document } from '@tiptap/extension-document';
import { HardBreak } from '@tiptap/extension-hard-break';
import { Heading, type HeadingOptions } from '@tiptap/extension-heading';
import { Italic } from '@tiptap/extension-italic';
import { Link, type LinkOptions } from '@tiptap/extension-link';
import { BulletList } from '@tiptap/extension-list/bullet-list';
import { ListItem } from '@tiptap/extension-list/item';
import { ListKeymap } from '@tiptap/extension-list/keymap';
import { OrderedList } from '@tiptap/extension-list/ordered-list';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Strike } from '@tiptap/extension-strike';
import { Text } from '@tiptap/extension-text';
import { Underline } from '@tiptap/extension-underline';
import { Dropcursor } from '@tiptap/extensions/drop-cursor';
import { Gapcursor } from '@tiptap/extensions/gap-cursor';
import { TrailingNode } from '@tiptap/extensions/trailing-node';
import { UndoRedo } from '@tiptap/extensions/undo-redo';

export interface TextKitOptions {
  heading: Partial<HeadingOptions>;
  link: Partial<LinkOptions>;
}

export const TextKit = Extension.create<TextKitOptions>({
  name: 'textKit',

  addOptions() {
    return { heading: {}, link: {} };
  },

  addExtensions(): AnyExtension[] {
    return [
      Bold,
      Blockquote,
      BulletList,
      Document,
      Dropcursor,
      Gapcursor,
      HardBreak,
      Heading.configure(this.options.heading),
      UndoRedo,
      Italic,
      ListItem,
      ListKeymap,
      Link.configure(this.options.link),
      OrderedList,
      Paragraph,
      Strike,
      Text,
      Underline,
      TrailingNode,
    ];
  },
});
