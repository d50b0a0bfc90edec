import fc from 'fast-check';
import { balanceOf, reversalOf } from './ledger.ts';
import type { LedgerEntryDraft } from './ledger.ts';
import { cents } from './money.ts';
import type { Cents } from './money.ts';
import { postPayment, postTrip, tagStatusForBalance } from './posting.ts';
import type { AccountSnapshot, AccountTag, RatedTrip } from './posting.ts';
import type { RateExplanation } from './rating.ts';

const explanation: RateExplanation = {
  scheduleVersionId: 's1',
  band: { dayType: 'weekday', startMinute: 420, endMinute: 540, label: '07:00–09:00' },
  dayType: 'weekday',
  localTime: '2026-01-14T07:30',
  timeZone: 'America/New_York',
  rateKind: 'tag',
  vehicleClass: 2,
};

function trip(amount: number, eventId = 'evt-1'): RatedTrip {
  return {
    eventId,
    plazaId: 'P1',
    occurredAt: new Date('2026-01-14T12:30:00Z'),
    amountCents: cents(amount),
    explanation,
  };
}

function account(balance: number, overrides: Partial<AccountSnapshot> = {}): AccountSnapshot {
  return {
    accountId: 'ACC-1',
    balanceCents: cents(balance),
    lowBalanceThresholdCents: cents(1000),
    tags: [{ tagId: 'T1', status: tagStatusForBalance(cents(balance), cents(1000)) }],
    ...overrides,
  };
}

describe('postTrip', () => {
  it('debits the trip as one entry naming the trip', () => {
    expect(postTrip(account(5000), trip(350)).ledgerEntries).toEqual([
      {
        accountId: 'ACC-1',
        amountCents: -350,
        reason: 'trip',
        reference: 'evt-1',
        description: 'Toll P1 2026-01-14T07:30 (tag rate)',
      },
    ]);
  });

  it('leaves a valid tag alone while the balance stays at or above the threshold', () => {
    const result = postTrip(account(1350), trip(350));
    expect(result.tagStatusChanges).toEqual([]);
    expect(result.autoTopUpRequested).toBeUndefined();
  });

  it('marks tags low balance below the threshold', () => {
    expect(postTrip(account(1349), trip(350)).tagStatusChanges).toEqual([
      { tagId: 'T1', from: 'valid', to: 'low_balance' },
    ]);
  });

  it('marks tags invalid at exactly zero and below', () => {
    expect(postTrip(account(350), trip(350)).tagStatusChanges).toEqual([
      { tagId: 'T1', from: 'low_balance', to: 'invalid' },
    ]);
    expect(postTrip(account(100), trip(350)).ledgerEntries[0]!.amountCents).toBe(-350);
  });

  it('never changes lost, stolen or inactive tags', () => {
    const tags: AccountTag[] = [
      { tagId: 'T1', status: 'valid' },
      { tagId: 'T2', status: 'lost' },
      { tagId: 'T3', status: 'stolen' },
      { tagId: 'T4', status: 'inactive' },
    ];
    expect(postTrip(account(400, { tags }), trip(350)).tagStatusChanges).toEqual([
      { tagId: 'T1', from: 'valid', to: 'low_balance' },
    ]);
  });

  it('asks for the auto top-up when the balance drops below the threshold', () => {
    const autoTopUp = { amountCents: cents(4000), pending: false };
    expect(postTrip(account(1200, { autoTopUp }), trip(350)).autoTopUpRequested).toBe(4000);
  });

  it('does not ask again while a top-up is pending', () => {
    const autoTopUp = { amountCents: cents(4000), pending: true };
    expect(postTrip(account(800, { autoTopUp }), trip(350)).autoTopUpRequested).toBeUndefined();
  });

  it('refuses a negative trip amount', () => {
    expect(() => postTrip(account(1000), trip(-1))).toThrow(RangeError);
  });
});

describe('postPayment', () => {
  it('credits the account and restores its tags to valid', () => {
    const result = postPayment(account(-200), {
      paymentId: 'pay-1',
      amountCents: cents(4000),
      description: 'Top-up',
    });
    expect(result.ledgerEntries).toEqual([
      {
        accountId: 'ACC-1',
        amountCents: 4000,
        reason: 'payment',
        reference: 'pay-1',
        description: 'Top-up',
      },
    ]);
    expect(result.tagStatusChanges).toEqual([{ tagId: 'T1', from: 'invalid', to: 'valid' }]);
  });

  it('recovers an invalid tag only to low balance when the payment does not reach the threshold', () => {
    const result = postPayment(account(-200), {
      paymentId: 'pay-1',
      amountCents: cents(700),
      description: 'Top-up',
    });
    expect(result.tagStatusChanges).toEqual([{ tagId: 'T1', from: 'invalid', to: 'low_balance' }]);
  });

  it('refuses a payment that is not positive', () => {
    expect(() =>
      postPayment(account(0), { paymentId: 'p', amountCents: cents(0), description: '' }),
    ).toThrow(RangeError);
  });
});

describe('ledger', () => {
  it('a reversal cancels its entry', () => {
    const entry = { ...postTrip(account(5000), trip(350)).ledgerEntries[0]!, id: 'le-9' };
    const reversal = reversalOf(entry, 'Dispute upheld');
    expect(reversal).toMatchObject({ amountCents: 350, reason: 'reversal', reference: 'le-9' });
    expect(balanceOf([entry, reversal])).toBe(0);
  });
});

describe('posting a day of trips and payments (property)', () => {
  type Event =
    { kind: 'trip'; amount: number } | { kind: 'payment'; amount: number } | { kind: 'settle' };
  const event: fc.Arbitrary<Event> = fc.oneof(
    fc.record({ kind: fc.constant('trip' as const), amount: fc.integer({ min: 1, max: 900 }) }),
    fc.record({ kind: fc.constant('payment' as const), amount: fc.integer({ min: 1, max: 6000 }) }),
    fc.constant({ kind: 'settle' as const }),
  );

  it('keeps tags in line with the balance, which is always the sum of entries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2000, max: 6000 }),
        fc.array(event, { maxLength: 60 }),
        (opening, events) => {
          const threshold = cents(1000);
          const ledger: LedgerEntryDraft[] = [
            {
              accountId: 'ACC-1',
              amountCents: cents(opening),
              reason: 'payment',
              reference: 'opening',
              description: '',
            },
          ];
          let tags: AccountTag[] = [
            { tagId: 'T1', status: tagStatusForBalance(cents(opening), threshold) },
            { tagId: 'T2', status: 'lost' },
          ];
          let pending = false;
          for (const [i, e] of events.entries()) {
            if (e.kind === 'settle') {
              pending = false;
              continue;
            }
            const snapshot: AccountSnapshot = {
              accountId: 'ACC-1',
              balanceCents: balanceOf(ledger),
              lowBalanceThresholdCents: threshold,
              tags,
              autoTopUp: { amountCents: cents(4000), pending },
            };
            const result =
              e.kind === 'trip'
                ? postTrip(snapshot, trip(e.amount, `evt-${i}`))
                : postPayment(snapshot, {
                    paymentId: `pay-${i}`,
                    amountCents: cents(e.amount),
                    description: '',
                  });
            ledger.push(...result.ledgerEntries);
            tags = tags.map((t) => {
              const change = result.tagStatusChanges.find((c) => c.tagId === t.tagId);
              if (change !== undefined && change.from !== t.status)
                throw new Error('change from a stale status');
              return change ? { ...t, status: change.to } : t;
            });
            if (result.autoTopUpRequested !== undefined) {
              if (pending) return false; // asked twice for one dip
              pending = true;
            }
            const balance: Cents = balanceOf(ledger);
            if (tags[0]!.status !== tagStatusForBalance(balance, threshold)) return false;
            if (tags[1]!.status !== 'lost') return false;
          }
          return true;
        },
      ),
    );
  });
});
