import fc from 'fast-check';
import { RULE_KEYS } from './configuration.ts';
import { buildInvoice, invoiceTotal } from './invoicing.ts';
import type { UnbilledToll } from './invoicing.ts';
import { cents } from './money.ts';
import { plateKey } from './plate.ts';

const plate = plateKey('NC', 'ABC1234');
const now = new Date('2026-02-01T10:00:00Z');
const ids = { invoiceId: 'inv-1', invoiceNumber: 'TBP-000001' };
const rules = { adminFeeCents: cents(250), dueDays: 30 };

function toll(eventId: string, amount: number, iso = '2026-01-10T12:00:00Z'): UnbilledToll {
  return {
    tripEventId: eventId,
    plazaId: 'P1',
    occurredAt: new Date(iso),
    plateKey: plate,
    amountCents: cents(amount),
  };
}

describe('buildInvoice', () => {
  it('lists the tolls by time, adds the admin fee naming its rule, and totals the lines', () => {
    const invoice = buildInvoice(
      [toll('e2', 300, '2026-01-12T12:00:00Z'), toll('e1', 450)],
      rules,
      now,
      ids,
    );
    expect(invoice.lines).toEqual([
      {
        kind: 'toll',
        tripEventId: 'e1',
        plazaId: 'P1',
        occurredAt: new Date('2026-01-10T12:00:00Z'),
        amountCents: 450,
      },
      {
        kind: 'toll',
        tripEventId: 'e2',
        plazaId: 'P1',
        occurredAt: new Date('2026-01-12T12:00:00Z'),
        amountCents: 300,
      },
      { kind: 'fee', ruleKey: RULE_KEYS.tollByPlateAdminFee, amountCents: 250, addedAt: now },
    ]);
    expect(invoice.amountDueCents).toBe(1000);
    expect(invoice).toMatchObject({
      id: 'inv-1',
      number: 'TBP-000001',
      plateKey: plate,
      status: 'open',
      stage: 'invoice',
      issuedAt: now,
    });
  });

  it('is due the configured days after issue', () => {
    expect(buildInvoice([toll('e1', 100)], rules, now, ids).dueAt).toEqual(
      new Date('2026-03-03T10:00:00Z'),
    );
  });

  it('adds no fee line when the admin fee is zero', () => {
    const invoice = buildInvoice(
      [toll('e1', 100)],
      { adminFeeCents: cents(0), dueDays: 30 },
      now,
      ids,
    );
    expect(invoice.lines.map((l) => l.kind)).toEqual(['toll']);
  });

  it('names a configured rule key on the fee line', () => {
    const invoice = buildInvoice(
      [toll('e1', 100)],
      { ...rules, adminFeeRuleKey: 'billing.agency_x.fee' },
      now,
      ids,
    );
    expect(invoice.lines[1]).toMatchObject({ ruleKey: 'billing.agency_x.fee' });
  });

  it('refuses an empty batch, mixed plates, a trip twice and a non-positive toll', () => {
    expect(() => buildInvoice([], rules, now, ids)).toThrow('at least one toll');
    const other = { ...toll('e2', 100), plateKey: plateKey('SC', 'ABC1234') };
    expect(() => buildInvoice([toll('e1', 100), other], rules, now, ids)).toThrow(
      'one invoice per plate',
    );
    expect(() => buildInvoice([toll('e1', 100), toll('e1', 100)], rules, now, ids)).toThrow(
      'listed twice',
    );
    expect(() => buildInvoice([toll('e1', 0)], rules, now, ids)).toThrow('no positive toll');
  });

  it('refuses a negative fee or fractional due days', () => {
    expect(() =>
      buildInvoice([toll('e1', 1)], { adminFeeCents: cents(-1), dueDays: 30 }, now, ids),
    ).toThrow(RangeError);
    expect(() =>
      buildInvoice([toll('e1', 1)], { adminFeeCents: cents(0), dueDays: 1.5 }, now, ids),
    ).toThrow(RangeError);
  });

  it('amount due is the sum of tolls plus the fee, and every toll appears once (property)', () => {
    const amounts = fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 50 });
    fc.assert(
      fc.property(amounts, fc.integer({ min: 0, max: 2_000 }), (list, fee) => {
        const tolls = list.map((a, i) =>
          toll(
            `e${i}`,
            a,
            new Date(
              Date.parse('2026-01-01T00:00:00Z') + ((i * 7919) % 50) * 3_600_000,
            ).toISOString(),
          ),
        );
        const invoice = buildInvoice(tolls, { adminFeeCents: cents(fee), dueDays: 30 }, now, ids);
        const expected = list.reduce((s, a) => s + a, 0) + fee;
        const tripIds = invoice.lines.flatMap((l) => (l.kind === 'toll' ? [l.tripEventId] : []));
        return (
          invoice.amountDueCents === expected &&
          invoiceTotal(invoice.lines) === expected &&
          new Set(tripIds).size === list.length
        );
      }),
    );
  });
});
