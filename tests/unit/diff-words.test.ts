import fc from 'fast-check';
import { OP_DELETE, OP_EQUAL, OP_INSERT, myersDiff } from '../../lib/diff/myers';
import { MAX_DIFF_TOKENS, diffWords, tokenize, type DiffSegment } from '../../lib/diff/word-diff';
import { fcParams } from '../support/fast-check';

// Some cases diff 150 000-character texts; on a loaded 2-core machine they need more than the
// default 30 s. Nothing here measures time: a generous limit only prevents false failures.
jest.setTimeout(120_000);

const sideA = (segs: DiffSegment[]) => segs.filter((s) => s.type !== 'insert').map((s) => s.text).join('');
const sideB = (segs: DiffSegment[]) => segs.filter((s) => s.type !== 'delete').map((s) => s.text).join('');

function expectWellFormed(a: string, b: string, segs: DiffSegment[]): void {
  expect(sideA(segs)).toBe(a);
  expect(sideB(segs)).toBe(b);
  segs.forEach((s, i) => {
    expect(s.text).not.toBe('');
    if (i > 0) expect(s.type).not.toBe(segs[i - 1]!.type);
    if (s.type === 'delete') expect(segs[i + 1]?.type ?? 'equal').not.toBe('delete');
    if (s.type === 'insert') expect(segs[i + 1]?.type).not.toBe('delete');
  });
}

const VOCAB = ['Straße', 'Gewaltschutz', 'Übergriff', 'Schutzkonzept', 'Привіт', 'дитина', 'безпека', 'مرحبا', 'حماية', 'الأطفال',
  '😀', '👩‍👧', '🇩🇪', '1️⃣', 'Maße', 'Öl', 'a', 'der', 'die', 'und', '42', '§ 44', 'e\u0301', 'ß'];
const SEPS = [' ', ' ', ' ', ', ', '. ', '\n', ' – ', '  ', '!', ''];

/** Text of `min`–`max` words in mixed scripts, each followed by a separator (or none). */
const textArb = (min: number, max: number) =>
  fc.array(fc.tuple(fc.constantFrom(...VOCAB), fc.constantFrom(...SEPS)), { minLength: min, maxLength: max }).map((words) => words.flat().join(''));

interface Edit {
  at: number;
  kind: 'delete' | 'insert' | 'replace';
  text: string;
}
/** Up to five token edits: delete a token, insert a few words before it, or replace it by them. */
const editsArb: fc.Arbitrary<Edit[]> = fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom('delete', 'insert', 'replace'), text: textArb(1, 3) }), { maxLength: 5 });

function mutate(text: string, edits: readonly Edit[]): string {
  const tokens = tokenize(text);
  for (const { at, kind, text: words } of edits) {
    const i = at % (tokens.length + 1);
    if (kind === 'delete') tokens.splice(i, 1);
    else if (kind === 'insert') tokens.splice(i, 0, words);
    else tokens[i] = words;
  }
  return tokens.join('');
}

/** One fixed large input, generated from a fixed seed (too large to shrink usefully). */
const sample = <T,>(arb: fc.Arbitrary<T>, seed: number): T => fc.sample(arb, { numRuns: 1, seed })[0]!;

function lcsLength(a: Int32Array, b: Int32Array): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(up, row[j - 1]!);
      diag = up;
    }
  }
  return row[b.length]!;
}

describe('myersDiff', () => {
  it('finds a shortest edit script (checked against a plain LCS on 500 random pairs)', () => {
    // Sequences of up to 29 elements over an alphabet of one to six symbols.
    const pairArb = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.array(fc.nat(5), { maxLength: 29 }), fc.array(fc.nat(5), { maxLength: 29 }))
      .map(([size, a, b]) => [Int32Array.from(a, (x) => x % size), Int32Array.from(b, (x) => x % size)] as const);
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        const ops = myersDiff(a, b, { left: 1e9 })!;
        let x = 0;
        let y = 0;
        for (const op of ops) {
          if (op === OP_EQUAL) expect(a[x++]).toBe(b[y++]);
          else if (op === OP_DELETE) x++;
          else if (op === OP_INSERT) y++;
        }
        expect([x, y]).toEqual([a.length, b.length]);
        expect(ops.filter((op) => op === OP_EQUAL).length).toBe(lcsLength(a, b));
      }),
      fcParams(500),
    );
  });

  it('gives up (null) when the work budget runs out', () => {
    const a = Int32Array.from({ length: 2_000 }, (_, i) => i);
    const b = Int32Array.from({ length: 2_000 }, (_, i) => i + 5_000);
    const budget = { left: 10_000 };
    expect(myersDiff(a, b.reverse(), budget)).toBeNull();
    expect(budget.left).toBe(0);
  });
});

describe('tokenize', () => {
  it('keeps words of every script, umlauts and emoji together and loses nothing', () => {
    const t = 'Die Straße, Привіт دنيا 👩‍👧 e\u0301 🇩🇪!';
    expect(tokenize(t).join('')).toBe(t);
    expect(tokenize(t)).toEqual(['Die', ' ', 'Straße', ',', ' ', 'Привіт', ' ', 'دنيا', ' ', '👩‍👧', ' ', 'e\u0301', ' ', '🇩🇪', '!']);
  });
});

describe('diffWords', () => {
  it('shows a replaced word as delete and insert', () => {
    expect(diffWords('Der Hund bellt', 'Der Hund schläft')).toEqual([
      { type: 'equal', text: 'Der Hund ' },
      { type: 'delete', text: 'bellt' },
      { type: 'insert', text: 'schläft' },
    ]);
  });

  it('handles empty and identical texts', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('gleich', 'gleich')).toEqual([{ type: 'equal', text: 'gleich' }]);
    expect(diffWords('', 'neu')).toEqual([{ type: 'insert', text: 'neu' }]);
    expect(diffWords('alt', '')).toEqual([{ type: 'delete', text: 'alt' }]);
  });

  it('reads neighbouring replacements as one change instead of splitting around a space', () => {
    expect(diffWords('Der Hund bellt laut.', 'Der Hund schläft leise.')).toEqual([
      { type: 'equal', text: 'Der Hund ' },
      { type: 'delete', text: 'bellt laut' },
      { type: 'insert', text: 'schläft leise' },
      { type: 'equal', text: '.' },
    ]);
  });

  it('keeps Ukrainian, Arabic and emoji words whole', () => {
    expect(diffWords('Привіт світ 😀', 'Привіт друже 😀')).toEqual([
      { type: 'equal', text: 'Привіт ' },
      { type: 'delete', text: 'світ' },
      { type: 'insert', text: 'друже' },
      { type: 'equal', text: ' 😀' },
    ]);
    expect(diffWords('مرحبا بالعالم', 'مرحبا بكم')).toEqual([
      { type: 'equal', text: 'مرحبا ' },
      { type: 'delete', text: 'بالعالم' },
      { type: 'insert', text: 'بكم' },
    ]);
  });

  it('diffs German words with umlauts and ß whole, and punctuation on its own', () => {
    expect(diffWords('Die Maßnahme gilt für Übergriffe, z. B. in der Küche.', 'Die Maßnahmen gelten für Übergriffe; z. B. in der Küche!')).toEqual([
      { type: 'equal', text: 'Die ' },
      { type: 'delete', text: 'Maßnahme gilt' },
      { type: 'insert', text: 'Maßnahmen gelten' },
      { type: 'equal', text: ' für Übergriffe' },
      { type: 'delete', text: ',' },
      { type: 'insert', text: ';' },
      { type: 'equal', text: ' z. B. in der Küche' },
      { type: 'delete', text: '.' },
      { type: 'insert', text: '!' },
    ]);
    // A changed letter changes the whole word, not a letter inside it.
    expect(diffWords('an der Straße', 'an der Strasse')).toEqual([
      { type: 'equal', text: 'an der ' },
      { type: 'delete', text: 'Straße' },
      { type: 'insert', text: 'Strasse' },
    ]);
  });

  it('keeps its invariants on 300 random pairs in mixed scripts', () => {
    const pairArb = fc.oneof(
      { weight: 1, arbitrary: fc.tuple(textArb(0, 39), textArb(0, 39)) },
      { weight: 4, arbitrary: fc.tuple(textArb(0, 39), editsArb).map(([a, edits]) => [a, mutate(a, edits)] as const) },
    );
    fc.assert(
      fc.property(pairArb, ([a, b]) => expectWellFormed(a, b, diffWords(a, b))),
      fcParams(300),
    );
  });

  it('falls back to lines for texts above the token bound and still keeps the invariants', () => {
    const [lines, edits] = sample(fc.tuple(fc.array(textArb(8, 8), { minLength: 3_000, maxLength: 3_000 }), fc.array(editsArb, { minLength: 1_000, maxLength: 1_000 })), 7);
    const a = lines.join('\n');
    const b = lines.map((l, i) => (i % 3 === 0 ? mutate(l, edits[i / 3]!) : l)).join('\n');
    expect(tokenize(a).length + tokenize(b).length).toBeGreaterThan(MAX_DIFF_TOKENS);
    expect(a.length).toBeGreaterThan(100_000);
    const segs = diffWords(a, b);
    expectWellFormed(a, b, segs);
    expect(segs.filter((s) => s.type === 'equal').length).toBeGreaterThan(500);
    const reversed = [...lines].reverse().join('\n');
    expectWellFormed(a, reversed, diffWords(a, reversed));
  });

  it('handles a 150 000 character paragraph rewritten completely', () => {
    const [chunksA, chunksB] = sample(fc.tuple(fc.array(textArb(20, 20), { minLength: 2_000, maxLength: 2_000 }), fc.array(textArb(20, 20), { minLength: 2_000, maxLength: 2_000 })), 99);
    const until150k = (chunks: string[]) => {
      let text = '';
      for (const chunk of chunks) if (text.length < 150_000) text += chunk;
      return text;
    };
    const a = until150k(chunksA);
    const b = until150k(chunksB);
    expect(Math.min(a.length, b.length)).toBeGreaterThanOrEqual(150_000);
    expectWellFormed(a, b, diffWords(a, b));
  });

  it('refines many scattered edits in a long text word by word', () => {
    const paragraphs = sample(fc.array(textArb(30, 30), { minLength: 400, maxLength: 400 }), 3);
    const edited = paragraphs.map((p, i) => (i % 10 === 0 ? `${p} ergänzt` : p));
    const segs = diffWords(paragraphs.join('\n'), edited.join('\n'));
    expectWellFormed(paragraphs.join('\n'), edited.join('\n'), segs);
    expect(segs.filter((s) => s.type === 'insert').every((s) => s.text.trim() === 'ergänzt')).toBe(true);
  });
});
