/** A frozen Fassung's edition facts: the council's decision appears on the title page only for the adopted one. */
import { editionOf } from '@/lib/export/build-model';

const frozenAt = new Date('2027-03-14T09:00:00Z');
const base = { number: 3, createdAt: frozenAt, decidedBy: 'Kreistag', decidedOn: '2027-03-12', resolutionNumber: 'KT/2027/014', nextReviewOn: '2028-03-12' };

describe('editionOf', () => {
  it('carries the decision of an adopted Fassung with its number, date and next review', () => {
    expect(editionOf({ ...base, kind: 'adoption' })).toEqual({
      number: 3,
      frozenAt,
      adoption: { decidedBy: 'Kreistag', decidedOn: '2027-03-12', resolutionNumber: 'KT/2027/014' },
      nextReviewOn: '2028-03-12',
    });
  });

  it('has no decision for a submitted Fassung, nor for an adoption lacking body or date', () => {
    expect(editionOf({ ...base, kind: 'submission' }).adoption).toBeNull();
    expect(editionOf({ ...base, kind: 'adoption', decidedOn: null }).adoption).toBeNull();
    expect(editionOf({ ...base, kind: 'adoption', decidedBy: null }).adoption).toBeNull();
  });
});
