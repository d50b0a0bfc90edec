import type { TranslationSet } from '@beaus/shared';

const en = {
  'agent.payment.open': 'Take payment…',
  'agent.payment.title': 'Take a card payment',
  'agent.payment.amount': 'Amount in dollars',
  'agent.payment.amountInvalid': 'Enter an amount such as 25 or 25.50.',
  'agent.payment.cardOnFile': 'Charge the card on file',
  'agent.payment.card': 'Card (sent only to the card processor)',
  'agent.payment.cardNumber': 'Card number',
  'agent.payment.cardHint': 'Test cards: 4242 4242 4242 4242 pays, 4000 0000 0000 0002 declines',
  'agent.payment.expiry': 'Expiry (MM/YY)',
  'agent.payment.cvc': 'CVC',
  'agent.payment.cardInvalid': 'Enter the card number, its expiry as MM/YY and the CVC.',
  'agent.payment.note': 'Note (why)',
  'agent.payment.submit': 'Charge card',
  'agent.payment.submitting': 'Charging…',
  'agent.payment.taken': 'Payment of {amount} taken.',
} as const;

const es: Record<keyof typeof en, string> = {
  'agent.payment.open': 'Cobrar pago…',
  'agent.payment.title': 'Cobrar con tarjeta',
  'agent.payment.amount': 'Monto en dólares',
  'agent.payment.amountInvalid': 'Escriba un monto como 25 o 25.50.',
  'agent.payment.cardOnFile': 'Cobrar a la tarjeta registrada',
  'agent.payment.card': 'Tarjeta (solo se envía al procesador de tarjetas)',
  'agent.payment.cardNumber': 'Número de tarjeta',
  'agent.payment.cardHint':
    'Tarjetas de prueba: 4242 4242 4242 4242 paga, 4000 0000 0000 0002 se rechaza',
  'agent.payment.expiry': 'Vencimiento (MM/AA)',
  'agent.payment.cvc': 'CVC',
  'agent.payment.cardInvalid': 'Escriba el número de tarjeta, el vencimiento como MM/AA y el CVC.',
  'agent.payment.note': 'Nota (motivo)',
  'agent.payment.submit': 'Cobrar',
  'agent.payment.submitting': 'Cobrando…',
  'agent.payment.taken': 'Pago de {amount} cobrado.',
};

/** The take-payment dialog's texts in English and Spanish, registered by the feature's routes. */
export const paymentTexts: TranslationSet = { en, es };
