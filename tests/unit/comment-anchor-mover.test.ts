import { anchorMover, describeRange, reanchor } from '@/lib/comments/anchor';
import * as wordDiff from '@/lib/diff/word-diff';

jest.mock('@/lib/diff/word-diff', () => {
  const actual = jest.requireActual<typeof import('@/lib/diff/word-diff')>('@/lib/diff/word-diff');
  return { ...actual, diffWords: jest.fn(actual.diffWords) };
});

// A save moves every comment of the section under the section's row lock. The word diff of a
// long, rewritten section costs up to a few hundred milliseconds; once per comment, forty
// comments held the lock (and every save and the submission behind it) for many seconds.
describe('moving many anchors at once', () => {
  const words = ['Schutz', 'Unterkunft', 'Beschwerde', 'Personal', 'Leitung', 'Träger'];
  const text = Array.from({ length: 400 }, (_, i) => `${words[i % words.length]}${i}`).join(' ');
  const changed = `Neuer Anfang. ${text.replace('Personal3', 'Fachpersonal3')} Neuer Schluss.`;
  const anchors = Array.from({ length: 40 }, (_, i) => describeRange(text, i * 60, i * 60 + 25)!);

  beforeEach(() => (wordDiff.diffWords as jest.Mock).mockClear());

  it('diffs the two texts once, whatever the number of comments, with the same result as one by one', () => {
    const mover = anchorMover(text, changed);
    const together = anchors.map((a) => mover(a));
    expect(wordDiff.diffWords).toHaveBeenCalledTimes(1);
    expect(together).toEqual(anchors.map((a) => reanchor(a, text, changed)));
    for (const [i, result] of together.entries()) {
      expect(result.isDetached).toBe(false);
      expect(changed.slice(result.position.start, result.position.end)).toBe(anchors[i]!.exact);
    }
  });

  it('does not diff at all when nothing moves', () => {
    anchorMover(text, text)(anchors[0]!);
    expect(wordDiff.diffWords).not.toHaveBeenCalled();
  });
});
