import type { EmailMessage } from '../adapters/email/mailer.ts';

interface PaidInvoice {
  invoiceNo: string;
  plate: string;
  jurisdiction: string;
}

interface PaidResult {
  paymentId: string;
  amountCents: number;
  gatewayRef: string;
  at: Date;
}

/** Dollars from integer cents, without floats: 1250 → "$12.50". */
export function formatDollars(amountCents: number): string {
  const sign = amountCents < 0 ? '-' : '';
  const abs = Math.abs(amountCents);
  const dollars = Math.trunc(abs / 100).toLocaleString('en-US');
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}

/** The receipt a driver gets by e-mail after paying an invoice; no card data in it. */
export function paymentReceiptEmail(
  to: string,
  invoice: PaidInvoice,
  paid: PaidResult,
): EmailMessage {
  return {
    to,
    subject: `Beaus Tolling receipt for invoice ${invoice.invoiceNo}`,
    text: [
      'Thank you — your payment was received.',
      '',
      `Invoice: ${invoice.invoiceNo}`,
      `Plate: ${invoice.jurisdiction} ${invoice.plate}`,
      `Amount paid: ${formatDollars(paid.amountCents)}`,
      `Paid at: ${paid.at.toISOString()}`,
      `Payment: ${paid.paymentId} (reference ${paid.gatewayRef})`,
      '',
      'Gracias — su pago fue recibido.',
    ].join('\n'),
  };
}
