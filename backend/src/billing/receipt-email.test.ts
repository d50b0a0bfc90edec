import { paymentReceiptEmail } from './receipt-email.ts';

const invoice = { invoiceNo: 'INV00000042', plate: 'ABC123', jurisdiction: 'NC' };
const paid = {
  paymentId: '7',
  amountCents: 775,
  gatewayRef: 'sbx_ch_1',
  at: new Date('2026-11-25T12:00:00Z'),
};

describe('payment receipt e-mail', () => {
  it('names the card by brand and last four, in the driver’s language', () => {
    const card = { brand: 'visa', last4: '4242' };
    expect(paymentReceiptEmail('d@example.com', invoice, { ...paid, card }).text).toContain(
      'Card: visa •••• 4242',
    );
    expect(paymentReceiptEmail('d@example.com', invoice, { ...paid, card }, 'es').text).toContain(
      'Tarjeta: visa •••• 4242',
    );
  });

  it('leaves the card line out when the processor named no card', () => {
    expect(paymentReceiptEmail('d@example.com', invoice, { ...paid, card: null }).text).not.toMatch(
      /Card:/,
    );
  });
});
