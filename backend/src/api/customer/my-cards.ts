import { eq } from 'drizzle-orm';
import type { Database } from '../../adapters/database/database.ts';
import { backupPaymentMethods, paymentMethods } from '../../adapters/database/schema/index.ts';
import { auditActor, recordAudit } from '../../platform/audit.ts';
import { conflict } from '../../platform/errors.ts';
import { lockOwnAccount, type CustomerContext } from './customer-context.ts';
import type { CardOnFileBody } from './self-service.schemas.ts';

/**
 * Sets the card auto top-up falls back to when the default card declines, replacing any earlier
 * backup (whose row stays, as past payments reference it). Only the processor's token and what
 * a person recognises are kept.
 */
export async function setMyBackupCard(
  database: Database,
  context: CustomerContext,
  card: CardOnFileBody,
) {
  return database.transaction(async (tx) => {
    await lockOwnAccount(tx, context.accountId);
    const [taken] = await tx
      .select({ id: paymentMethods.id })
      .from(paymentMethods)
      .where(eq(paymentMethods.gatewayToken, card.token));
    if (taken) throw conflict('This card is already on file. Enter another card.');
    const [before] = await tx
      .select({ brand: paymentMethods.brand, last4: paymentMethods.last4 })
      .from(backupPaymentMethods)
      .innerJoin(paymentMethods, eq(paymentMethods.id, backupPaymentMethods.paymentMethodId))
      .where(eq(backupPaymentMethods.accountId, context.accountId));
    const [method] = await tx
      .insert(paymentMethods)
      .values({
        accountId: context.accountId,
        gatewayToken: card.token,
        brand: card.brand,
        last4: card.last4,
        expMonth: card.expMonth,
        expYear: card.expYear,
        isDefault: false,
      })
      .returning({ id: paymentMethods.id });
    await tx
      .insert(backupPaymentMethods)
      .values({ accountId: context.accountId, paymentMethodId: method.id })
      .onConflictDoUpdate({
        target: backupPaymentMethods.accountId,
        set: { paymentMethodId: method.id, createdAt: context.now },
      });
    const after = { brand: card.brand, last4: card.last4 };
    await recordAudit(tx, {
      actor: auditActor(context.principal),
      action: 'backup_card.set',
      entityType: 'account',
      entityId: context.accountId,
      before: before ?? null,
      after,
      requestId: context.requestId,
    });
    return { brand: card.brand, last4: card.last4, expMonth: card.expMonth, expYear: card.expYear };
  });
}
