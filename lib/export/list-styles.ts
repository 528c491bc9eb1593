/**
 * List levels of the exported DOCX as data: bullets and number formats per level,
 * indents. Part of the declared look (styles.ts); list-numbering.ts turns editor
 * lists into instances of these definitions.
 */
import { AlignmentType, LevelFormat, type ILevelsOptions } from 'docx';
import { FONT } from './styles';

/** Indent per list level and the hanging indent of its number or bullet. */
export const LIST_STEP = 425;
/** Word numbering knows levels 0–8; deeper lists keep level 8 and are indented explicitly. */
export const MAX_LIST_LEVEL = 8;

const BULLETS = ['•', '–', '▪'];

export function bulletLevels(): ILevelsOptions[] {
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: BULLETS[level % BULLETS.length],
    alignment: AlignmentType.LEFT,
    style: {
      run: { font: FONT },
      paragraph: { indent: { left: LIST_STEP * (level + 1), hanging: LIST_STEP } },
    },
  }));
}

/** Editor list types ("1", "a", "A", "i", "I") as Word number formats. */
export const ORDERED_FORMATS = {
  '1': LevelFormat.DECIMAL,
  a: LevelFormat.LOWER_LETTER,
  A: LevelFormat.UPPER_LETTER,
  i: LevelFormat.LOWER_ROMAN,
  I: LevelFormat.UPPER_ROMAN,
} as const;
export type OrderedType = keyof typeof ORDERED_FORMATS;

/**
 * Every level of one ordered list definition has the same format and start: a
 * nested editor list is its own list (own type and start), shown one level deeper.
 */
export function orderedLevels(type: OrderedType, start: number): ILevelsOptions[] {
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({
    level,
    format: ORDERED_FORMATS[type],
    text: `%${level + 1}.`,
    start,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: LIST_STEP * (level + 1), hanging: LIST_STEP } } },
  }));
}
