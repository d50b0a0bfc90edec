import type { EmailMessage } from '../adapters/email/mailer.ts';
import { formatDollars, longDate, type CustomerLanguage } from './customer-language.ts';

/** What a notice says about an invoice; every amount is the sum of lines the driver can see. */
export interface NoticeInvoice {
  invoiceNo: string;
  plate: string;
  jurisdiction: string;
  amountDueCents: number;
  /** `YYYY-MM-DD`. */
  dueAt: string;
}

/** The next fee ahead, so the notice can say "pay by DATE to avoid FEE". */
export interface NextFee {
  payBy: string;
  feeCents: number;
}

const payOnline = {
  en: 'Pay online with the invoice number and your plate — no account needed.',
  es: 'Pague en línea con el número de factura y su placa; no necesita cuenta.',
};

/** A card charge for auto top-up failed: the driver should fix the card before tags stop. */
export function autoTopUpDeclinedEmail(
  to: string,
  accountNo: string,
  reason: string,
  language: CustomerLanguage,
): EmailMessage {
  const why = reason.replace(/_/g, ' ');
  return language === 'es'
    ? {
        to,
        subject: `Beaus Tolling: falló la recarga automática de la cuenta ${accountNo}`,
        text: [
          `No pudimos cobrar su tarjeta registrada (${why}).`,
          'Actualice su tarjeta o recargue en línea para que sus tags sigan funcionando.',
        ].join('\n'),
      }
    : {
        to,
        subject: `Beaus Tolling: auto top-up failed on account ${accountNo}`,
        text: [
          `We could not charge your card on file (${why}).`,
          'Please update your card or top up online so your tags keep working.',
        ].join('\n'),
      };
}

/** The default card declined and the backup card paid the auto top-up instead. */
export function backupCardUsedEmail(
  to: string,
  accountNo: string,
  language: CustomerLanguage,
): EmailMessage {
  return language === 'es'
    ? {
        to,
        subject: `Beaus Tolling: la recarga automática de la cuenta ${accountNo} se pagó con su tarjeta de respaldo`,
        text: [
          'Su tarjeta principal fue rechazada, así que cobramos su tarjeta de respaldo.',
          'Actualice su tarjeta principal para que la próxima recarga se procese.',
        ].join('\n'),
      }
    : {
        to,
        subject: `Beaus Tolling: auto top-up paid by your backup card on account ${accountNo}`,
        text: [
          'Your default card was declined, so we charged your backup card instead.',
          'Please update your default card so the next top-up goes through.',
        ].join('\n'),
      };
}

/** A new toll-by-plate invoice for a plate on the driver's account. */
export function invoiceIssuedEmail(
  to: string,
  invoice: NoticeInvoice,
  nextFee: NextFee | null,
  language: CustomerLanguage,
): EmailMessage {
  const amount = formatDollars(invoice.amountDueCents);
  const plate = `${invoice.jurisdiction} ${invoice.plate}`;
  const due = longDate(invoice.dueAt, language);
  if (language === 'es') {
    return {
      to,
      subject: `Beaus Tolling: factura ${invoice.invoiceNo} por ${amount}`,
      text: [
        `Hay una nueva factura de peaje por placa para ${plate}.`,
        '',
        `Factura: ${invoice.invoiceNo}`,
        `Total a pagar: ${amount}`,
        `Fecha de vencimiento: ${due}`,
        ...(nextFee
          ? [
              `Pague antes del ${longDate(nextFee.payBy, language)} para evitar un cargo de ${formatDollars(nextFee.feeCents)}.`,
            ]
          : []),
        '',
        payOnline.es,
      ].join('\n'),
    };
  }
  return {
    to,
    subject: `Beaus Tolling: invoice ${invoice.invoiceNo} for ${amount}`,
    text: [
      `There is a new toll-by-plate invoice for ${plate}.`,
      '',
      `Invoice: ${invoice.invoiceNo}`,
      `Amount due: ${amount}`,
      `Due: ${due}`,
      ...(nextFee
        ? [
            `Pay by ${longDate(nextFee.payBy, language)} to avoid a ${formatDollars(nextFee.feeCents)} fee.`,
          ]
        : []),
      '',
      payOnline.en,
    ].join('\n'),
  };
}

const stageNames: Record<CustomerLanguage, Record<string, string>> = {
  en: {
    second_notice: 'second notice',
    violation: 'violation notice',
    collections: 'collections',
  },
  es: {
    second_notice: 'segundo aviso',
    violation: 'aviso de infracción',
    collections: 'cobranza',
  },
};

/** An unpaid invoice moved up the ladder: which stage, the fee it added and the rule that set it. */
export function escalationNoticeEmail(
  to: string,
  invoice: NoticeInvoice,
  step: { stage: string; feeCents: number; ruleRef: string },
  language: CustomerLanguage,
): EmailMessage {
  const stage = stageNames[language][step.stage] ?? step.stage.replace(/_/g, ' ');
  const amount = formatDollars(invoice.amountDueCents);
  const fee = formatDollars(step.feeCents);
  const plate = `${invoice.jurisdiction} ${invoice.plate}`;
  if (language === 'es') {
    return {
      to,
      subject: `Beaus Tolling: factura ${invoice.invoiceNo} sin pagar (${stage})`,
      text: [
        `La factura ${invoice.invoiceNo} de la placa ${plate} sigue sin pagar y pasó a ${stage}.`,
        ...(step.feeCents > 0 ? [`Se agregó un cargo de ${fee} (regla ${step.ruleRef}).`] : []),
        `Total a pagar ahora: ${amount}`,
        '',
        payOnline.es,
      ].join('\n'),
    };
  }
  return {
    to,
    subject: `Beaus Tolling: invoice ${invoice.invoiceNo} unpaid (${stage})`,
    text: [
      `Invoice ${invoice.invoiceNo} for plate ${plate} is still unpaid and has moved to ${stage}.`,
      ...(step.feeCents > 0 ? [`A ${fee} fee was added (rule ${step.ruleRef}).`] : []),
      `Amount due now: ${amount}`,
      '',
      payOnline.en,
    ].join('\n'),
  };
}
