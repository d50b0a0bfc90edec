import { and, eq } from 'drizzle-orm';
import type { BeausDb, Database } from '../../adapters/database/database.ts';
import { accounts, paymentMethods } from '../../adapters/database/schema/index.ts';
import type { Principal } from '../../adapters/identity/principal.ts';
import { auditActor, recordAudit } from '../../platform/audit.ts';
import { BeausError } from '../../platform/errors.ts';
import { payByCard, type CardPaymentResult } from '../../billing/card-payments.ts';
import type { PaymentGateway } from '../../adapters/payments/payment-gateway.ts';
import { autoTopUpProblems, type AutoTopUpSetting } from '../../domain/auto-top-up.ts';

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

export type { AutoTopUpSetting };

/**
 * Writes the setting on the account locked in `tx` and returns what it was; undefined when there
 * is no such account. Customers and agents both go through here, so the bounds hold for both.
 */
export async function writeAutoTopUp(
  tx: BeausDb,
  accountId: number,
  setting: AutoTopUpSetting,
): Promise<AutoTopUpSetting | undefined> {
  const problems = autoTopUpProblems(setting);
  if (problems.length > 0) {
    const message = problems.map((p) => `body/autoTopUp/${p.field} ${p.message}`).join('; ');
    throw new BeausError(400, 'BEAUS_ERR_VALIDATION', message);
  }
  const [before] = await tx
    .select({
      thresholdCents: accounts.autoTopUpThresholdCents,
      amountCents: accounts.autoTopUpAmountCents,
    })
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .for('update');
  if (!before) return undefined;
  await tx
    .update(accounts)
    .set({
      autoTopUpThresholdCents: setting?.thresholdCents ?? null,
      autoTopUpAmountCents: setting?.amountCents ?? null,
    })
    .where(eq(accounts.id, accountId));
  return before.thresholdCents === null || before.amountCents === null
    ? null
    : { thresholdCents: before.thresholdCents, amountCents: before.amountCents };
}

/** Turns auto top-up on (threshold and amount) or off (null), with an audit entry. */
export async function setAutoTopUp(
  database: Database,
  principal: Principal,
  accountId: number,
  setting: AutoTopUpSetting,
  requestId: string,
): Promise<AutoTopUpSetting> {
  return database.transaction(async (tx) => {
    const before = await writeAutoTopUp(tx, accountId, setting);
    if (before === undefined)
      throw new BeausError(404, 'BEAUS_ERR_NOT_FOUND', 'No account is linked to this sign-in.');
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
