import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../adapters/database/database.ts';
import { paymentMethods } from '../../../adapters/database/schema/index.ts';
import type { PaymentGateway } from '../../../adapters/payments/payment-gateway.ts';
import { payByCard } from '../../../billing/card-payments.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { BeausError, conflict } from '../../../platform/errors.ts';
import {
  addAccountNote,
  lockAccount,
  requireNote,
  staffActor,
  type ActionContext,
} from './action-context.ts';

export interface AgentCardPaymentRequest {
  idempotencyKey: string;
  amountCents: number;
  note: string;
  /** From the processor's card fields; the card number never reaches the BFF. */
  cardToken?: string;
  useCardOnFile?: boolean;
}

export interface AgentCardPaymentReceipt {
  paymentId: string;
  status: 'succeeded';
  amountCents: number;
  paidAt: string;
  message: string;
}

const declineMessages: Readonly<Record<string, string>> = {
  card_declined: 'The card was declined. Ask the caller for another card.',
  insufficient_funds: 'The card was declined for insufficient funds.',
  expired_card: 'The card has expired. Ask the caller for another card.',
  processing_error: 'The card processor could not take the payment. Try again in a moment.',
  invalid_token: 'The card details have expired. Enter the card again.',
};

/**
 * An agent takes a card payment for a prepaid account through the one payment path
 * (`payByCard`): the key is namespaced per account, and the ledger 'payment' entry, the agent's
 * note and the audit entry commit with the payment's success. A replay with the same key returns
 * the first payment; a decline is refused with 402 and leaves the ledger alone.
 */
export async function takeCardPayment(
  deps: { database: Database; gateway: PaymentGateway },
  context: ActionContext,
  request: AgentCardPaymentRequest,
): Promise<AgentCardPaymentReceipt> {
  const note = requireNote(request.note);
  const cardToken = await cardTokenFor(deps.database, context.accountId, request);
  // Checked before the charge: a toll-by-plate customer pays invoices, not a balance.
  const account = await deps.database.transaction((tx) => lockAccount(tx, context.accountId));
  if (account.type === 'toll_by_plate') {
    throw conflict('A toll-by-plate account has no balance; pay its invoices instead.');
  }
  const result = await payByCard(
    {
      ...deps,
      alsoOnSuccess: async (tx, { paymentId }) => {
        const actor = await staffActor(tx, context.principal);
        await addAccountNote(tx, context.accountId, actor.id, `Card payment: ${note}`);
        await recordAudit(tx, {
          actor,
          action: 'payment.taken',
          entityType: 'payment',
          entityId: paymentId,
          after: {
            accountId: context.accountId,
            amountCents: request.amountCents,
            cardOnFile: request.useCardOnFile === true,
          },
          requestId: context.requestId,
        });
      },
    },
    {
      idempotencyKey: `agent-account-${context.accountId}-${request.idempotencyKey}`,
      cardToken,
      amountCents: request.amountCents,
      target: {
        kind: 'account',
        accountId: context.accountId,
        ledgerKind: 'payment',
        description: 'Card payment taken by an agent',
      },
    },
  );
  if (result.status === 'failed') {
    const message = declineMessages[result.reason] ?? declineMessages.card_declined;
    throw new BeausError(402, 'BEAUS_ERR_PAYMENT_DECLINED', message);
  }
  return {
    paymentId: result.paymentId,
    status: 'succeeded',
    amountCents: result.amountCents,
    paidAt: result.at.toISOString(),
    message: 'Payment taken and added to the balance.',
  };
}

async function cardTokenFor(
  database: Database,
  accountId: number,
  request: AgentCardPaymentRequest,
): Promise<string> {
  if (request.cardToken && request.useCardOnFile) {
    throw new BeausError(
      400,
      'BEAUS_ERR_VALIDATION',
      'body/cardToken give either a new card or the card on file, not both',
    );
  }
  if (request.cardToken) return request.cardToken;
  if (!request.useCardOnFile) {
    throw new BeausError(
      400,
      'BEAUS_ERR_VALIDATION',
      'body/cardToken enter a card or choose the card on file',
    );
  }
  const [method] = await database.db
    .select({ token: paymentMethods.gatewayToken })
    .from(paymentMethods)
    .where(and(eq(paymentMethods.accountId, accountId), eq(paymentMethods.isDefault, true)))
    .limit(1);
  if (!method) throw conflict('There is no card on file; enter a card.');
  return method.token;
}
