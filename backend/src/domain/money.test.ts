import fc from 'fast-check';
import {
  addCents,
  cents,
  divideRounded,
  isCents,
  multiplyCents,
  negateCents,
  percentOf,
  subCents,
  sumCents,
  ZERO_CENTS,
} from './money.ts';

const amount = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map(cents);

describe('cents', () => {
  it('accepts integers and refuses anything else', () => {
    expect(cents(1250)).toBe(1250);
    expect(cents(-3)).toBe(-3);
    for (const bad of [0.5, 12.34, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 1]) {
      expect(() => cents(bad)).toThrow(RangeError);
    }
  });

  it('never produces negative zero', () => {
    expect(Object.is(cents(-0), 0)).toBe(true);
    expect(Object.is(negateCents(ZERO_CENTS), 0)).toBe(true);
  });

  it('isCents tells integers from other values', () => {
    expect(isCents(5)).toBe(true);
    expect(isCents(5.1)).toBe(false);
    expect(isCents('5')).toBe(false);
  });
});

describe('arithmetic', () => {
  it('adds, subtracts and sums exactly', () => {
    expect(addCents(cents(199), cents(1))).toBe(200);
    expect(subCents(cents(100), cents(250))).toBe(-150);
    expect(sumCents([cents(10), cents(20), cents(-5)])).toBe(25);
    expect(sumCents([])).toBe(0);
  });

  it('multiplies by integers only', () => {
    expect(multiplyCents(cents(250), 3)).toBe(750);
    expect(() => multiplyCents(cents(250), 1.5)).toThrow(RangeError);
  });

  it('refuses a result beyond the safe integer range', () => {
    expect(() => addCents(cents(Number.MAX_SAFE_INTEGER), cents(1))).toThrow(RangeError);
  });

  it('subtraction undoes addition (property)', () => {
    fc.assert(fc.property(amount, amount, (a, b) => subCents(addCents(a, b), b) === a));
  });

  it('a sum does not depend on order (property)', () => {
    fc.assert(
      fc.property(fc.array(amount), (list) => sumCents(list) === sumCents([...list].reverse())),
    );
  });
});

describe('percentOf', () => {
  it('rounds half up (away from zero) for bills', () => {
    expect(percentOf(cents(5), 1000, 'half-up')).toBe(1); // 0.5 → 1
    expect(percentOf(cents(15), 1000, 'half-up')).toBe(2); // 1.5 → 2
    expect(percentOf(cents(25), 1000, 'half-up')).toBe(3); // 2.5 → 3
    expect(percentOf(cents(-5), 1000, 'half-up')).toBe(-1); // -0.5 → -1
  });

  it("rounds half to even (banker's) for reports", () => {
    expect(percentOf(cents(5), 1000, 'half-even')).toBe(0); // 0.5 → 0
    expect(percentOf(cents(15), 1000, 'half-even')).toBe(2); // 1.5 → 2
    expect(percentOf(cents(25), 1000, 'half-even')).toBe(2); // 2.5 → 2
    expect(percentOf(cents(-15), 1000, 'half-even')).toBe(-2);
  });

  it('computes a plate surcharge from the tag rate', () => {
    // A $1.99 tag rate + 33.33% video surcharge = 66.3267 cents → 66.
    expect(percentOf(cents(199), 3333, 'half-up')).toBe(66);
    expect(percentOf(cents(199), 5000, 'half-up')).toBe(100); // 99.5 → 100
  });

  it('stays exact for amounts whose product exceeds 2^53', () => {
    const big = cents(9_000_000_000_000_00);
    expect(percentOf(big, 10_000, 'half-up')).toBe(big);
    expect(percentOf(big, 5000, 'half-even')).toBe(4_500_000_000_000_00);
  });

  it('refuses fractional basis points', () => {
    expect(() => percentOf(cents(100), 12.5, 'half-up')).toThrow(RangeError);
  });

  it('is within half a cent of the exact value (property)', () => {
    fc.assert(
      fc.property(
        amount,
        fc.integer({ min: 0, max: 20_000 }),
        fc.constantFrom('half-up' as const, 'half-even' as const),
        (a, bp, rounding) => {
          const exactTimes10000 = BigInt(a) * BigInt(bp);
          const errorTimes10000 = BigInt(percentOf(a, bp, rounding)) * 10_000n - exactTimes10000;
          const magnitude = errorTimes10000 < 0n ? -errorTimes10000 : errorTimes10000;
          return magnitude <= 5_000n;
        },
      ),
    );
  });

  it('half-up is symmetric around zero (property)', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 0, max: 20_000 }), (a, bp) => {
        return percentOf(negateCents(a), bp, 'half-up') === -percentOf(a, bp, 'half-up');
      }),
    );
  });
});

describe('divideRounded', () => {
  it('refuses a divisor that is not positive', () => {
    expect(() => divideRounded(1n, 0n, 'half-up')).toThrow(RangeError);
  });

  it('is exact when there is no remainder', () => {
    expect(divideRounded(-30n, 10n, 'half-even')).toBe(-3n);
  });
});
