/**
 * Money as integer cents. A branded number so a plain `number` (a count, a percentage, a float
 * from a careless division) cannot be passed where an amount is expected without going through
 * `cents()`, which refuses anything that is not a safe integer.
 *
 * Formatting belongs to the UI; this module only does arithmetic.
 */
export type Cents = number & { readonly __brand: 'Cents' };

/** How a fractional cent is resolved. */
export type Rounding =
  /** Half away from zero: 0.5 → 1, -0.5 → -1. What customers expect on a bill; our default. */
  | 'half-up'
  /** Banker's rounding, half to even: 0.5 → 0, 1.5 → 2. Unbiased over many sums (reports). */
  | 'half-even';

/** Checks and brands an amount; throws a RangeError for floats, NaN, ±Infinity and unsafe integers. */
export function cents(value: number): Cents {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`money must be a safe integer number of cents, got ${value}`);
  }
  // Normalise -0 so that equality and serialisation never see a "negative zero" amount.
  return (value === 0 ? 0 : value) as Cents;
}

/** True when `value` can be used as Cents. */
export function isCents(value: unknown): value is Cents {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

export const ZERO_CENTS: Cents = cents(0);

export function addCents(a: Cents, b: Cents): Cents {
  return cents(a + b);
}

export function subCents(a: Cents, b: Cents): Cents {
  return cents(a - b);
}

export function negateCents(a: Cents): Cents {
  return cents(-a);
}

/** Multiplies by an integer factor (a count of trips, of vehicles). Fractions go through percentOf. */
export function multiplyCents(a: Cents, factor: number): Cents {
  if (!Number.isSafeInteger(factor)) {
    throw new RangeError(`a money factor must be an integer, got ${factor}`);
  }
  return cents(a * factor);
}

export function sumCents(amounts: Iterable<Cents>): Cents {
  let total = 0;
  for (const amount of amounts) total = cents(total + amount);
  return cents(total);
}

/**
 * `basisPoints` hundredths of a percent of `amount` (12.5% = 1250), rounded to a whole cent.
 * The product is computed in BigInt so large amounts never lose precision before rounding.
 */
export function percentOf(amount: Cents, basisPoints: number, rounding: Rounding): Cents {
  if (!Number.isSafeInteger(basisPoints)) {
    throw new RangeError(`basis points must be an integer, got ${basisPoints}`);
  }
  return cents(Number(divideRounded(BigInt(amount) * BigInt(basisPoints), 10_000n, rounding)));
}

/** Integer division with an explicit rounding of the remainder; `divisor` must be positive. */
export function divideRounded(dividend: bigint, divisor: bigint, rounding: Rounding): bigint {
  if (divisor <= 0n) throw new RangeError('divisor must be positive');
  const negative = dividend < 0n;
  const magnitude = negative ? -dividend : dividend;
  let quotient = magnitude / divisor;
  const twiceRemainder = (magnitude % divisor) * 2n;
  if (twiceRemainder > divisor) quotient += 1n;
  else if (twiceRemainder === divisor) {
    if (rounding === 'half-up' || quotient % 2n === 1n) quotient += 1n;
  }
  return negative ? -quotient : quotient;
}
