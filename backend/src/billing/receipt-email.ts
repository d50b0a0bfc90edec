import type { EmailMessage } from '../adapters/email/mailer.ts';
import { formatDollars, type CustomerLanguage } from './customer-language.ts';

export { formatDollars };

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
  /** The card charged, as the processor named it; absent or null leaves the line out. */
  card?: { brand: string; last4: string } | null;
}

/**
 * The receipt a driver gets by e-mail after paying an invoice, in their language; of the card
 * only its brand and last four, which is all Beaus ever knows.
 */
export function paymentReceiptEmail(
  to: string,
  invoice: PaidInvoice,
  paid: PaidResult,
  language: CustomerLanguage = 'en',
): EmailMessage {
  const amount = formatDollars(paid.amountCents);
  const plate = `${invoice.jurisdiction} ${invoice.plate}`;
  const payment = `${paid.paymentId}`;
  const card = paid.card ? `${paid.card.brand} •••• ${paid.card.last4}` : null;
  if (language === 'es') {
    return {
      to,
      subject: `Recibo de Beaus Tolling por la factura ${invoice.invoiceNo}`,
      text: [
        'Gracias. Recibimos su pago.',
        '',
        `Factura: ${invoice.invoiceNo}`,
        `Placa: ${plate}`,
        `Monto pagado: ${amount}`,
        `Pagado el: ${paid.at.toISOString()}`,
        ...(card ? [`Tarjeta: ${card}`] : []),
        `Pago: ${payment} (referencia ${paid.gatewayRef})`,
      ].join('\n'),
    };
  }
  return {
    to,
    subject: `Beaus Tolling receipt for invoice ${invoice.invoiceNo}`,
    text: [
      'Thank you — your payment was received.',
      '',
      `Invoice: ${invoice.invoiceNo}`,
      `Plate: ${plate}`,
      `Amount paid: ${amount}`,
      `Paid at: ${paid.at.toISOString()}`,
      ...(card ? [`Card: ${card}`] : []),
      `Payment: ${payment} (reference ${paid.gatewayRef})`,
    ].join('\n'),
  };
}
