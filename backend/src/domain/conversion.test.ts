import { planConversion, type OpenInvoiceLine } from './conversion.ts';

const line = (over: Partial<OpenInvoiceLine>): OpenInvoiceLine => ({
  lineId: '1',
  invoiceId: '7',
  invoiceNo: 'INV7',
  kind: 'trip',
  tripId: '70',
  amountCents: 300,
  description: 'Toll',
  ...over,
});

describe('planConversion', () => {
  const waiveFees = { waivedLineKinds: new Set(['fee'] as const) };

  it('moves unbilled tolls and invoiced tolls onto the ledger as trip debits, once per trip', () => {
    const plan = planConversion(
      [{ tripId: '5', amountCents: 250 }],
      [line({ lineId: '1', tripId: '70', amountCents: 300 })],
      waiveFees,
    );
    expect(plan.entries).toEqual([
      expect.objectContaining({ kind: 'trip', amountCents: -250, sourceRef: 'trip:5' }),
      expect.objectContaining({
        kind: 'trip',
        amountCents: -300,
        sourceRef: 'trip:70',
        invoiceId: '7',
      }),
    ]);
    expect(plan.movedCents).toBe(550);
    expect(plan.waivedCents).toBe(0);
  });

  it('waives the fee kinds the rule names and moves the rest as fee debits', () => {
    const plan = planConversion(
      [],
      [
        line({ lineId: '2', kind: 'fee', tripId: null, amountCents: 250, description: 'Admin' }),
        line({ lineId: '3', kind: 'penalty', tripId: null, amountCents: 2500, description: 'Pen' }),
      ],
      waiveFees,
    );
    expect(plan.waived.map((l) => l.lineId)).toEqual(['2']);
    expect(plan.waivedCents).toBe(250);
    expect(plan.entries).toEqual([
      {
        kind: 'fee',
        amountCents: -2500,
        tripId: null,
        invoiceId: '7',
        sourceRef: 'invoice-line:3',
        description: 'Pen from invoice INV7',
      },
    ]);
    expect(plan.movedCents).toBe(2500);
  });

  it('waives nothing when the rule names nothing, and skips zero amounts', () => {
    const plan = planConversion(
      [{ tripId: '9', amountCents: 0 }],
      [line({ kind: 'fee', tripId: null, amountCents: 250 })],
      { waivedLineKinds: new Set() },
    );
    expect(plan.waived).toEqual([]);
    expect(plan.entries).toHaveLength(1);
    expect(plan.movedCents).toBe(250);
  });
});
