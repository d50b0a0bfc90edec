import { and, eq } from 'drizzle-orm';
import type { Database } from '../../adapters/database/database.ts';
import { accounts, paymentMethods } from '../../adapters/database/schema/index.ts';
import type { Principal } from '../../adapters/identity/principal.ts';
import { auditActor, recordAudit } from '../../platform/audit.ts';
import { BeausError } from '../../platform/errors.ts';
import { payByCard, type CardPaymentResult } from '../../billing/card-payments.ts';
import type { PaymentGateway } from '../../adapters/payments/payment-gateway.ts';

export interface TopUpRequest {
  accountId: number;
  idempotencyKey: string;
  amountCents: number;
  /** A freshly tokenized card; absent → the default card on file. */
  cardToken?: string;
}

/** Adds money to the customer's own prepaid balance by card, once per idempotency key. */
export async function topUpByCard(
  deps: { database: Database; gateway: PaymentGateway },
  request: TopUpRequest,
): Promise<CardPaymentResult> {
  const cardToken = request.cardToken ?? (await defaultCardToken(deps.database, request.accountId));
  return payByCard(deps, {
    idempotencyKey: request.idempotencyKey,
    cardToken,
    amountCents: request.amountCents,
    target: { kind: 'account', accountId: request.accountId },
  });
}

async function defaultCardToken(database: Database, accountId: number): Promise<string> {
  const [method] = await database.db
    .select({ token: paymentMethods.gatewayToken })
    .from(paymentMethods)
    .where(and(eq(paymentMethods.accountId, accountId), eq(paymentMethods.isDefault, true)))
    .limit(1);
  if (!method) {
    throw new BeausError(409, 'BEAUS_ERR_CONFLICT', 'There is no card on file; enter a card.');
  }
  return method.token;
}

export type AutoTopUpSetting = { thresholdCents: number; amountCents: number } | null;

/** Turns auto top-up on (threshold and amount) or off (null), with an audit entry. */
export async function setAutoTopUp(
  database: Database,
  principal: Principal,
  accountId: number,
  setting: AutoTopUpSetting,
  requestId: string,
): Promise<AutoTopUpSetting> {
  return database.transaction(async (tx) => {
    const [before] = await tx
      .select({
        thresholdCents: accounts.autoTopUpThresholdCents,
        amountCents: accounts.autoTopUpAmountCents,
      })
      .from(accounts)
      .where(eq(accounts.id, accountId))
      .for('update');
    if (!before)
      throw new BeausError(404, 'BEAUS_ERR_NOT_FOUND', 'No account is linked to this sign-in.');
    await tx
      .update(accounts)
      .set({
        autoTopUpThresholdCents: setting?.thresholdCents ?? null,
        autoTopUpAmountCents: setting?.amountCents ?? null,
      })
      .where(eq(accounts.id, accountId));
    await recordAudit(tx, {
      actor: auditActor(principal),
      action: 'auto_top_up.changed',
      entityType: 'account',
      entityId: accountId,
      before,
      after: setting,
      requestId,
    });
    return setting;
  });
}
