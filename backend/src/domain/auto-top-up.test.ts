import { autoTopUpBounds, autoTopUpProblems } from './auto-top-up.ts';

describe('autoTopUpProblems', () => {
  it('accepts off and a setting at the bounds', () => {
    expect(autoTopUpProblems(null)).toEqual([]);
    expect(
      autoTopUpProblems({
        thresholdCents: autoTopUpBounds.maxThresholdCents,
        amountCents: autoTopUpBounds.minAmountCents,
      }),
    ).toEqual([]);
  });

  it('names each field outside its bounds or not whole cents', () => {
    expect(autoTopUpProblems({ thresholdCents: -1, amountCents: 499 }).map((p) => p.field)).toEqual(
      ['thresholdCents', 'amountCents'],
    );
    expect(autoTopUpProblems({ thresholdCents: 1000, amountCents: 50_001 })).toEqual([
      { field: 'amountCents', message: 'must be whole cents from 500 to 50000' },
    ]);
    expect(autoTopUpProblems({ thresholdCents: 10.5, amountCents: 4000 })[0].field).toBe(
      'thresholdCents',
    );
  });
});
