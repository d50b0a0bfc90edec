import { and, eq, inArray, sql } from 'drizzle-orm';
import type { BeausDb, Database } from '../adapters/database/database.ts';
import {
  ledgerEntries,
  payments,
  tags,
  type TagStatus,
} from '../adapters/database/schema/index.ts';
import type { Mailer } from '../adapters/email/mailer.ts';
import type { PaymentGateway } from '../adapters/payments/payment-gateway.ts';
import { cents } from '../domain/money.ts';
import { tagStatusChanges } from '../domain/posting.ts';
import { configurationKeys } from '../seed/configuration-defaults.ts';
import { configurationValueAt } from './billing-configuration.ts';

export interface AutoTopUpDeps {
  database: Database;
  gateway: PaymentGateway;
  /** Tells the driver when the card on file fails, so a tag is never suspended silently. */
  mailer?: Mailer;
}

export interface AutoTopUpRunResult {
  charged: number;
  declined: number;
  /** The processor did not answer; left pending, retried on the next run with the same key. */
  retryLater: number;
}

interface PendingTopUp {
  id: string;
  idempotency_key: string;
  amount_cents: string | number;
  account_id: string;
  gateway_token: string;
}

/**
 * Charges the auto top-ups the stream processor requested (pending payments keyed
 * `auto-top-up:<account>:<event>`) to the card on file. The processor's own idempotency on the
 * same key and the `where status = 'pending'` update make a re-run or a second worker harmless:
 * one charge, one ledger entry. A success brings the account's tags back in line with the new
 * balance; a decline e-mails the driver.
 */
export async function runAutoTopUps(deps: AutoTopUpDeps, now: Date): Promise<AutoTopUpRunResult> {
  const pending = await deps.database.query<PendingTopUp>(
    `select p.id::text, p.idempotency_key, p.amount_cents, p.account_id::text, m.gateway_token
     from payments p join payment_methods m on m.id = p.payment_method_id
     where p.status = 'pending' and p.idempotency_key like 'auto-top-up:%'
     order by p.id limit 500`,
  );
  const result: AutoTopUpRunResult = { charged: 0, declined: 0, retryLater: 0 };
  for (const row of pending) {
    const paymentId = Number(row.id);
    const accountId = Number(row.account_id);
    const amountCents = Number(row.amount_cents);
    let outcome: Awaited<ReturnType<PaymentGateway['charge']>>;
    try {
      outcome = await deps.gateway.charge({
        token: row.gateway_token,
        amountCents,
        idempotencyKey: row.idempotency_key,
      });
    } catch {
      result.retryLater++;
      continue;
    }
    if (outcome.status === 'declined') {
      const marked = await deps.database.db
        .update(payments)
        .set({ status: 'failed', failureReason: outcome.reason, completedAt: now })
        .where(and(eq(payments.id, paymentId), eq(payments.status, 'pending')))
        .returning({ id: payments.id });
      if (marked.length > 0) {
        result.declined++;
        await tellDriver(deps, accountId, outcome.reason);
      }
      continue;
    }
    const lowBalance = await lowBalanceAt(deps.database, now);
    const applied = await deps.database.transaction(async (tx) => {
      const marked = await tx
        .update(payments)
        .set({ status: 'succeeded', gatewayRef: outcome.gatewayRef, completedAt: now })
        .where(and(eq(payments.id, paymentId), eq(payments.status, 'pending')))
        .returning({ id: payments.id });
      if (marked.length === 0) return false;
      await tx.insert(ledgerEntries).values({
        accountId,
        kind: 'top_up',
        amountCents,
        paymentId,
        sourceRef: `payment:${paymentId}`,
        description: 'Auto top-up',
      });
      await alignTags(tx, accountId, lowBalance);
      return true;
    });
    if (applied) result.charged++;
  }
  return result;
}

async function lowBalanceAt(database: Database, at: Date) {
  const value = await configurationValueAt(database, configurationKeys.lowBalanceCents, at);
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new Error(`configuration '${configurationKeys.lowBalanceCents}' is not whole cents`);
  }
  return cents(value);
}

/** Sets the balance-driven tag statuses (valid / low balance / invalid) from the new balance. */
async function alignTags(tx: BeausDb, accountId: number, lowBalance: ReturnType<typeof cents>) {
  const [sum] = await tx
    .select({ balance: sql<string>`coalesce(sum(${ledgerEntries.amountCents}), 0)::text` })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.accountId, accountId));
  const balance = Number(sum?.balance ?? 0);
  const accountTags = await tx
    .select({ tagId: tags.id, status: tags.status })
    .from(tags)
    .where(eq(tags.accountId, accountId));
  const changes = tagStatusChanges(
    accountTags.map((tag) => ({ tagId: String(tag.tagId), status: tag.status })),
    cents(balance),
    lowBalance,
  );
  const byTarget = new Map<TagStatus, number[]>();
  for (const change of changes) {
    byTarget.set(change.to, [...(byTarget.get(change.to) ?? []), Number(change.tagId)]);
  }
  for (const [status, ids] of byTarget) {
    await tx.update(tags).set({ status }).where(inArray(tags.id, ids));
  }
}

async function tellDriver(deps: AutoTopUpDeps, accountId: number, reason: string) {
  if (!deps.mailer) return;
  const [contact] = await deps.database.query<{ email: string | null; account_no: string }>(
    `select c.email, a.account_no from accounts a
     left join contacts c on c.account_id = a.id and c.is_primary where a.id = $1`,
    [accountId],
  );
  if (!contact?.email) return;
  await deps.mailer.send({
    to: contact.email,
    subject: `Beaus Tolling: auto top-up failed on account ${contact.account_no}`,
    text: [
      `We could not charge your card on file (${reason.replace(/_/g, ' ')}).`,
      'Please update your card or top up online so your tags keep working.',
      '',
      `No pudimos cobrar su tarjeta registrada. Actualice su tarjeta o recargue en línea.`,
    ].join('\n'),
  });
}
