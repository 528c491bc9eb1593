/**
 * References to section numbers in the text („siehe Abschnitt 9“, „Ablaufpläne 13.1 bis
 * 13.3“, „nach Plan 13.2“, „(13.4)“) follow the numbering of the exported document.
 *
 * Authors write the numbers they see in the app, which are the template's. When the
 * export leaves empty sections out and numbers the rest without gaps ('renumber'), those
 * numbers would point to the wrong chapter, so each one is rewritten to the number the
 * section has in the document, and a reference to a section that is not in the document
 * names it by its title instead („Ablaufplan „Psychische Krise und Suizidalität““;
 * a bare „(13.5)“ is dropped). Only numbers of the template's sections after a word that
 * names a section, or dotted numbers alone in brackets, count as references; dates,
 * amounts and references into laws („Abschnitt 3 des AsylG“, „§ 8a Abs. 4“) stay as written.
 */
import type { TiptapDoc, TiptapNode } from '../editor/types';

export interface SectionNumbering {
  /** Template number → the number in the document, or null when the section is not in it. */
  numbers: ReadonlyMap<string, string | null>;
  /** Template number → the section's title. */
  titles: ReadonlyMap<string, string>;
}

const NUMBER = String.raw`\d{1,2}(?:\.\d{1,2})*(?![\d.]*\d)`;
const JOIN = String.raw`\s*(?:,|und|oder|bis|sowie|–|-)\s*`;
/**
 * Words that name a part of the concept, singular and plural, with their case endings. Chapters
 * („Abschnitt 9“) may be referred to by any number; plans and annexes by sub-section numbers only
 * („Plan 13.2“, „Anlage 16.1“), since „Anlage 2“ or „Plan 2“ usually mean something else.
 */
const CHAPTER_WORD = String.raw`Abschnitt(?:e|s|es|en)?|Kapitel[ns]?`;
const PART_WORD = String.raw`Ablaufpl(?:an(?:s|es)?|äne[n]?)|Pl(?:an(?:s|es)?|äne[n]?)|Anlage[n]?`;
const REFERENCE = new RegExp(String.raw`(?<![\p{L}§-])(${CHAPTER_WORD}|${PART_WORD})(\s+)(${NUMBER}(?:${JOIN}${NUMBER})*)`, 'gu');
const IS_CHAPTER_WORD = new RegExp(String.raw`^(?:${CHAPTER_WORD})$`, 'u');
/** A sub-section number alone in brackets: „Kindeswohlgefährdung (13.2)“. */
const BRACKETED = /( ?)\((\d{1,2}\.\d{1,2})\)/g;
/** After the number: it belongs to a law or another document („Abschnitt 3 des AsylG“, „Anlage 2 SGB VIII“). */
const FOREIGN_AFTER = /^\s*(?:des|der|gem\.|gemäß|[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]*(?:G|GB|VO)\b)/u;
/** Shortly before: a paragraph sign or an article („§ 44 Abschnitt 2“, „Art. 3 Nr. 4“). */
const FOREIGN_BEFORE = /(?:§|Art\.|Artikel|Abs\.|Absatz)[^.;:!?]{0,12}$/u;

function rewriteList(list: string, isChapterWord: boolean, numbering: SectionNumbering): string {
  return list.replace(new RegExp(NUMBER, 'g'), (number) => {
    if (!numbering.numbers.has(number) || (!isChapterWord && !number.includes('.'))) return number;
    return numbering.numbers.get(number) ?? `„${numbering.titles.get(number) ?? number}“`;
  });
}

/** One text with its references rewritten (see the module comment). */
export function renumberText(text: string, numbering: SectionNumbering): string {
  const out = text.replace(REFERENCE, (match: string, keyword: string, space: string, list: string, offset: number) => {
    const after = text.slice(offset + match.length);
    if (FOREIGN_AFTER.test(after) || FOREIGN_BEFORE.test(text.slice(Math.max(0, offset - 20), offset))) return match;
    return `${keyword}${space}${rewriteList(list, IS_CHAPTER_WORD.test(keyword), numbering)}`;
  });
  return out.replace(BRACKETED, (match: string, space: string, number: string) => {
    if (!numbering.numbers.has(number)) return match;
    const mapped = numbering.numbers.get(number);
    // „Menschenhandel (13.6) und …“ reads on without the number of a chapter that is not in the document.
    return mapped ? `${space}(${mapped})` : '';
  });
}

/** Whether any number changes at all (otherwise the text is left untouched). */
export function changesNumbers(numbering: SectionNumbering): boolean {
  for (const [from, to] of numbering.numbers) if (from !== to) return true;
  return false;
}

/** A copy of the document with every text node's references rewritten. */
export function renumberReferences<T extends TiptapDoc | TiptapNode>(node: T, numbering: SectionNumbering): T {
  if (node.type === 'text' && typeof node.text === 'string') {
    const text = renumberText(node.text, numbering);
    return text === node.text ? node : { ...node, text };
  }
  if (!node.content) return node;
  return { ...node, content: node.content.map((child) => renumberReferences(child, numbering)) };
}
