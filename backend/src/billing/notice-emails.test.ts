import { paymentReceiptEmail } from './receipt-email.ts';
import {
  autoTopUpDeclinedEmail,
  backupCardUsedEmail,
  escalationNoticeEmail,
  invoiceIssuedEmail,
} from './notice-emails.ts';

const invoice = {
  invoiceNo: 'INV00000042',
  plate: 'ABC123',
  jurisdiction: 'NC',
  amountDueCents: 3375,
  dueAt: '2026-12-16',
};
const paid = {
  paymentId: '7',
  amountCents: 775,
  gatewayRef: 'sbx_ch_1',
  at: new Date('2026-11-25T12:00:00Z'),
};

describe('driver e-mails in the driver’s language', () => {
  it('receipt: English by default, all Spanish when asked, never a card number', () => {
    const en = paymentReceiptEmail('d@example.com', invoice, paid);
    expect(en.subject).toBe('Beaus Tolling receipt for invoice INV00000042');
    expect(en.text).toContain('Amount paid: $7.75');
    const es = paymentReceiptEmail('d@example.com', invoice, paid, 'es');
    expect(es.subject).toBe('Recibo de Beaus Tolling por la factura INV00000042');
    expect(es.text).toContain('Monto pagado: $7.75');
    expect(es.text).not.toMatch(/Amount|Thank you/);
  });

  it('invoice: amount due, due date written out, and what paying late would add', () => {
    const next = { payBy: '2026-12-15', feeCents: 600 };
    const en = invoiceIssuedEmail('d@example.com', invoice, next, 'en');
    expect(en.text).toContain('Amount due: $33.75');
    expect(en.text).toContain('Due: December 16, 2026');
    expect(en.text).toContain('Pay by December 15, 2026 to avoid a $6.00 fee.');
    const es = invoiceIssuedEmail('d@example.com', invoice, next, 'es');
    expect(es.subject).toBe('Beaus Tolling: factura INV00000042 por $33.75');
    expect(es.text).toContain('Fecha de vencimiento: 16 de diciembre de 2026');
    expect(es.text).toContain(
      'Pague antes del 15 de diciembre de 2026 para evitar un cargo de $6.00.',
    );
  });

  it('escalation: the stage, the fee and the rule that added it', () => {
    const step = { stage: 'second_notice', feeCents: 600, ruleRef: 'invoices.escalationLadder' };
    expect(escalationNoticeEmail('d@example.com', invoice, step, 'en').text).toContain(
      'A $6.00 fee was added (rule invoices.escalationLadder).',
    );
    const es = escalationNoticeEmail('d@example.com', invoice, step, 'es');
    expect(es.subject).toBe('Beaus Tolling: factura INV00000042 sin pagar (segundo aviso)');
    expect(es.text).toContain('Se agregó un cargo de $6.00 (regla invoices.escalationLadder).');
  });

  it('auto top-up: declined and rescued by the backup card, in either language', () => {
    expect(
      autoTopUpDeclinedEmail('d@example.com', '100000001', 'card_declined', 'en').text,
    ).toContain('We could not charge your card on file (card declined).');
    expect(
      autoTopUpDeclinedEmail('d@example.com', '100000001', 'card_declined', 'es').subject,
    ).toBe('Beaus Tolling: falló la recarga automática de la cuenta 100000001');
    expect(backupCardUsedEmail('d@example.com', '100000001', 'es').text).toContain(
      'cobramos su tarjeta de respaldo',
    );
  });
});
