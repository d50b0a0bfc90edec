import fc from 'fast-check';
import { cents } from './money.ts';
import { refundableCents, refundEntry, refundProblem } from './refunds.ts';

describe('refundableCents', () => {
  it('takes away refunds asked for, in progress or paid, but not rejected or failed ones', () => {
    const earlier = [
      { amountCents: cents(1000), status: 'succeeded' },
      { amountCents: cents(500), status: 'awaiting_approval' },
      { amountCents: cents(300), status: 'processing' },
      { amountCents: cents(2000), status: 'rejected' },
      { amountCents: cents(2000), status: 'failed' },
    ];
    expect(refundableCents(cents(4000), earlier)).toBe(2200);
  });

  it('never goes below zero and never exceeds the payment', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(
          fc.record({
            amountCents: fc.integer({ min: 1, max: 1_000_000 }).map(cents),
            status: fc.constantFrom('succeeded', 'processing', 'rejected', 'failed'),
          }),
        ),
        (payment, earlier) => {
          const left = refundableCents(cents(payment), earlier);
          expect(left).toBeGreaterThanOrEqual(0);
          expect(left).toBeLessThanOrEqual(payment);
        },
      ),
    );
  });
});

describe('refundProblem', () => {
  const context = { refundableCents: cents(4000), balanceCents: cents(3000) };

  it('allows up to what is left of the payment and of the balance', () => {
    expect(refundProblem(cents(3000), context)).toBeNull();
  });

  it('refuses more than is left to refund of the payment', () => {
    expect(refundProblem(cents(4001), { ...context, balanceCents: cents(9000) })).toMatch(
      /left to refund of the payment \(4000 cents\)/,
    );
  });

  it('refuses paying out balance that was already spent', () => {
    expect(refundProblem(cents(3001), context)).toMatch(/balance of 3000 cents/);
  });

  it('refuses nothing or a negative amount', () => {
    expect(refundProblem(cents(0), context)).toMatch(/above zero/);
    expect(refundProblem(cents(-5), context)).toMatch(/above zero/);
  });
});

describe('refundEntry', () => {
  it('debits the account by the refund, reversing the payment credit', () => {
    expect(refundEntry({ accountId: '7', id: '12', amountCents: cents(2500) }, 'Refund')).toEqual({
      accountId: '7',
      amountCents: -2500,
      reason: 'refund',
      reference: '12',
      description: 'Refund',
    });
  });
});
