import { OP_DELETE, OP_EQUAL, OP_INSERT, myersDiff } from '../../lib/diff/myers';
import { MAX_DIFF_TOKENS, diffWords, tokenize, type DiffSegment } from '../../lib/diff/word-diff';

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

/** mulberry32: small seeded PRNG so failures are reproducible. */
function prng(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCAB = ['Straße', 'Gewaltschutz', 'Übergriff', 'Schutzkonzept', 'Привіт', 'дитина', 'безпека', 'مرحبا', 'حماية', 'الأطفال',
  '😀', '👩‍👧', '🇩🇪', '1️⃣', 'Maße', 'Öl', 'a', 'der', 'die', 'und', '42', '§ 44', 'e\u0301', 'ß'];
const SEPS = [' ', ' ', ' ', ', ', '. ', '\n', ' – ', '  ', '!', ''];

function randomText(rand: () => number, words: number): string {
  let out = '';
  for (let i = 0; i < words; i++) out += VOCAB[Math.floor(rand() * VOCAB.length)]! + SEPS[Math.floor(rand() * SEPS.length)]!;
  return out;
}

function mutate(rand: () => number, text: string): string {
  const tokens = tokenize(text);
  const edits = Math.floor(rand() * 6);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rand() * (tokens.length + 1));
    const r = rand();
    if (r < 0.33) tokens.splice(at, 1);
    else if (r < 0.66) tokens.splice(at, 0, randomText(rand, 1 + Math.floor(rand() * 3)));
    else tokens[at] = randomText(rand, 1);
  }
  return tokens.join('');
}

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
    const rand = prng(42);
    for (let c = 0; c < 500; c++) {
      const alphabet = 1 + Math.floor(rand() * 6);
      const a = Int32Array.from({ length: Math.floor(rand() * 30) }, () => Math.floor(rand() * alphabet));
      const b = Int32Array.from({ length: Math.floor(rand() * 30) }, () => Math.floor(rand() * alphabet));
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
    }
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

  it('keeps its invariants on 300 random pairs in mixed scripts', () => {
    const rand = prng(20_260_101);
    for (let i = 0; i < 300; i++) {
      const a = randomText(rand, Math.floor(rand() * 40));
      const b = rand() < 0.2 ? randomText(rand, Math.floor(rand() * 40)) : mutate(rand, a);
      expectWellFormed(a, b, diffWords(a, b));
    }
  });

  it('falls back to lines for texts above the token bound and still keeps the invariants', () => {
    const rand = prng(7);
    const lines = Array.from({ length: 3_000 }, () => randomText(rand, 8));
    const a = lines.join('\n');
    const b = lines.map((l, i) => (i % 3 === 0 ? mutate(rand, l) : l)).join('\n');
    expect(tokenize(a).length + tokenize(b).length).toBeGreaterThan(MAX_DIFF_TOKENS);
    expect(a.length).toBeGreaterThan(100_000);
    const segs = diffWords(a, b);
    expectWellFormed(a, b, segs);
    expect(segs.filter((s) => s.type === 'equal').length).toBeGreaterThan(500);
    const reversed = [...lines].reverse().join('\n');
    expectWellFormed(a, reversed, diffWords(a, reversed));
  });

  it('handles a 150 000 character paragraph rewritten completely', () => {
    const rand = prng(99);
    let a = '';
    while (a.length < 150_000) a += randomText(rand, 20);
    let b = '';
    while (b.length < 150_000) b += randomText(rand, 20);
    expectWellFormed(a, b, diffWords(a, b));
  });

  it('refines many scattered edits in a long text word by word', () => {
    const rand = prng(3);
    const paragraphs = Array.from({ length: 400 }, () => randomText(rand, 30));
    const edited = paragraphs.map((p, i) => (i % 10 === 0 ? `${p} ergänzt` : p));
    const segs = diffWords(paragraphs.join('\n'), edited.join('\n'));
    expectWellFormed(paragraphs.join('\n'), edited.join('\n'), segs);
    expect(segs.filter((s) => s.type === 'insert').every((s) => s.text.trim() === 'ergänzt')).toBe(true);
  });
});
