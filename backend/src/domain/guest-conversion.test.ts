import type { OpenInvoiceLine } from './conversion.ts';
import { planGuestConversion } from './guest-conversion.ts';

const line = (
  lineId: string,
  kind: OpenInvoiceLine['kind'],
  amountCents: number,
): OpenInvoiceLine => ({
  lineId,
  invoiceId: '7',
  invoiceNo: 'INV00000007',
  kind,
  tripId: kind === 'trip' ? `10${lineId}` : null,
  amountCents,
  description: kind === 'trip' ? 'Toll' : `${kind} ${lineId}`,
});

const lines = [
  line('1', 'trip', 525),
  line('2', 'trip', 400),
  line('3', 'fee', 250),
  line('4', 'fee', 600),
  line('5', 'penalty', 2500),
];
const rules = { waivedLineKinds: new Set(['fee'] as const) };

describe('guest converts an invoice into a prepaid account', () => {
  it('an open invoice: tolls and penalties move onto the balance, the fees the rule names are waived', () => {
    const plan = planGuestConversion(
      { id: '7', invoiceNo: 'INV00000007', status: 'open' },
      lines,
      rules,
    );
    expect(plan.waived.map((l) => l.lineId)).toEqual(['3', '4']);
    expect(plan.waivedCents).toBe(850);
    expect(plan.entries.map((e) => [e.kind, e.amountCents, e.sourceRef])).toEqual([
      ['trip', -525, 'trip:101'],
      ['trip', -400, 'trip:102'],
      ['fee', -2500, 'invoice-line:5'],
    ]);
    expect(plan.balanceChangeCents).toBe(-3425);
    expect(plan.entries.every((e) => e.invoiceId === '7')).toBe(true);
  });

  it('a paid invoice: the waived fees it paid come back as one credit, nothing else moves', () => {
    const plan = planGuestConversion(
      { id: '7', invoiceNo: 'INV00000007', status: 'paid' },
      lines,
      rules,
    );
    expect(plan.entries).toEqual([
      expect.objectContaining({
        kind: 'adjustment',
        amountCents: 850,
        sourceRef: 'invoice:7:conversion-waiver',
      }),
    ]);
    expect(plan.balanceChangeCents).toBe(850);
  });

  it('waives nothing when the rule lists no kinds', () => {
    const none = { waivedLineKinds: new Set<'fee' | 'penalty'>() };
    const paid = planGuestConversion(
      { id: '7', invoiceNo: 'INV00000007', status: 'paid' },
      lines,
      none,
    );
    expect(paid.entries).toEqual([]);
    const open = planGuestConversion(
      { id: '7', invoiceNo: 'INV00000007', status: 'open' },
      lines,
      none,
    );
    expect(open.balanceChangeCents).toBe(-(525 + 400 + 250 + 600 + 2500));
  });
});
