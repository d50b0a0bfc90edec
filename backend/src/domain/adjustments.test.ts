import fc from 'fast-check';
import { adjustmentEntry, needsApproval, validateAdjustment } from './adjustments.ts';
import type { AdjustmentRequest } from './adjustments.ts';
import { cents } from './money.ts';

const context = {
  reasonCodes: new Set(['goodwill', 'duplicate_charge']),
  balanceCents: cents(3000),
};
function request(overrides: Partial<AdjustmentRequest> = {}): AdjustmentRequest {
  return {
    accountId: 'ACC-1',
    kind: 'credit',
    amountCents: cents(1500),
    reasonCode: 'goodwill',
    note: 'Camera misread',
    ...overrides,
  };
}

describe('needsApproval', () => {
  it('lets an agent adjust up to the limit and sends anything above it to a supervisor', () => {
    expect(needsApproval(cents(4999), cents(5000))).toBe(false);
    expect(needsApproval(cents(5000), cents(5000))).toBe(false);
    expect(needsApproval(cents(5001), cents(5000))).toBe(true);
  });

  it('judges a debit by its size, not its sign', () => {
    expect(needsApproval(cents(-5001), cents(5000))).toBe(true);
  });

  it('is monotonic: a larger amount never needs less approval (property)', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.nat(1_000_000), fc.nat(1_000_000), (a, b, limit) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        return (
          !needsApproval(cents(small), cents(limit)) || needsApproval(cents(large), cents(limit))
        );
      }),
    );
  });
});

describe('validateAdjustment', () => {
  it('accepts a complete request', () => {
    expect(validateAdjustment(request(), context)).toEqual([]);
  });

  it('requires a known reason code and a note that is not blank', () => {
    expect(validateAdjustment(request({ reasonCode: 'because', note: '   ' }), context)).toEqual([
      { field: 'reasonCode', message: "unknown reason code 'because'" },
      { field: 'note', message: 'a note saying why is required' },
    ]);
  });

  it('requires an amount above zero', () => {
    expect(validateAdjustment(request({ amountCents: cents(0) }), context)).toEqual([
      { field: 'amountCents', message: 'amount must be whole cents above zero' },
    ]);
  });

  it('refuses a refund larger than the balance', () => {
    expect(
      validateAdjustment(request({ kind: 'refund', amountCents: cents(3000) }), context),
    ).toEqual([]);
    expect(
      validateAdjustment(request({ kind: 'refund', amountCents: cents(3001) }), context),
    ).toEqual([
      { field: 'amountCents', message: 'a refund cannot exceed the balance of 3000 cents' },
    ]);
  });
});

describe('adjustmentEntry', () => {
  it('credits, debits and refunds with the reason and note on the entry', () => {
    expect(adjustmentEntry(request(), 'adj-1')).toEqual({
      accountId: 'ACC-1',
      amountCents: 1500,
      reason: 'adjustment',
      reference: 'adj-1',
      description: 'goodwill: Camera misread',
    });
    expect(adjustmentEntry(request({ kind: 'debit' }), 'adj-2')).toMatchObject({
      amountCents: -1500,
      reason: 'adjustment',
    });
    expect(adjustmentEntry(request({ kind: 'refund' }), 'adj-3')).toMatchObject({
      amountCents: -1500,
      reason: 'refund',
    });
  });
});
