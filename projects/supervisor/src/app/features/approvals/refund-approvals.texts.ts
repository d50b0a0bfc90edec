import type { TranslationSet } from '@beaus/shared';

const en = {
  'supervisor.refunds.title': 'Refunds above an agent’s limit',
  'supervisor.refunds.none': 'No refund waits for approval.',
  'supervisor.refunds.heading': '{amount} refund of payment {paymentId} · {reason} · {accountNo}',
  'supervisor.refunds.done.succeeded': 'Refund {id} approved and paid back to the card.',
  'supervisor.refunds.done.rejected': 'Refund {id} rejected.',
} as const;

const es: Record<keyof typeof en, string> = {
  'supervisor.refunds.title': 'Reembolsos por encima del límite de un agente',
  'supervisor.refunds.none': 'Ningún reembolso espera aprobación.',
  'supervisor.refunds.heading':
    'Reembolso de {amount} del pago {paymentId} · {reason} · {accountNo}',
  'supervisor.refunds.done.succeeded': 'Reembolso {id} aprobado y devuelto a la tarjeta.',
  'supervisor.refunds.done.rejected': 'Reembolso {id} rechazado.',
};

/** Texts of the refunds section of the approvals page. */
export const refundApprovalTexts: TranslationSet = { en, es };
