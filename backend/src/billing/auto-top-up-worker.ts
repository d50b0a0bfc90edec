import { and, eq, inArray, sql } from 'drizzle-orm';
import type { BeausDb, Database } from '../adapters/database/database.ts';
import {
  ledgerEntries,
  payments,
  tags,
  type TagStatus,
} from '../adapters/database/schema/index.ts';
import type { Mailer } from '../adapters/email/mailer.ts';
import { customerLanguageOf } from './customer-language.ts';
import { autoTopUpDeclinedEmail, backupCardUsedEmail } from './notice-emails.ts';
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
  /** The account's backup card, tried when the default card declines; null when none. */
  backup_method_id: string | null;
  backup_token: string | null;
}

type ChargeOutcome = Awaited<ReturnType<PaymentGateway['charge']>>;

/**
 * Charges the auto top-ups the stream processor requested (pending payments keyed
 * `auto-top-up:<account>:<event>`) to the card on file, and to the backup card when that one
 * declines. The processor's own idempotency on the same keys (`<key>` for the default card,
 * `<key>:backup` for the backup) and the `where status = 'pending'` update make a re-run or a
 * second worker harmless: one charge, one ledger entry. A success brings the account's tags back
 * in line with the new balance; a decline, or a rescue by the backup card, e-mails the driver.
 */
export async function runAutoTopUps(deps: AutoTopUpDeps, now: Date): Promise<AutoTopUpRunResult> {
  const pending = await deps.database.query<PendingTopUp>(
    `select p.id::text, p.idempotency_key, p.amount_cents, p.account_id::text, m.gateway_token,
            bm.id::text as backup_method_id, bm.gateway_token as backup_token
     from payments p join payment_methods m on m.id = p.payment_method_id
     left join backup_payment_methods b on b.account_id = p.account_id
     left join payment_methods bm on bm.id = b.payment_method_id and bm.id <> m.id
     where p.status = 'pending' and p.idempotency_key like 'auto-top-up:%'
     order by p.id limit 500`,
  );
  const result: AutoTopUpRunResult = { charged: 0, declined: 0, retryLater: 0 };
  for (const row of pending) {
    const paymentId = Number(row.id);
    const accountId = Number(row.account_id);
    const amountCents = Number(row.amount_cents);
    const charged = await chargeWithFallback(deps.gateway, row, amountCents);
    if (charged === 'no_answer') {
      result.retryLater++;
      continue;
    }
    const { outcome, byBackup } = charged;
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
        .set({
          status: 'succeeded',
          gatewayRef: outcome.gatewayRef,
          completedAt: now,
          // The card that paid: the backup when it stood in for the default card.
          ...(byBackup ? { paymentMethodId: Number(row.backup_method_id) } : {}),
        })
        .where(and(eq(payments.id, paymentId), eq(payments.status, 'pending')))
        .returning({ id: payments.id });
      if (marked.length === 0) return false;
      await tx.insert(ledgerEntries).values({
        accountId,
        kind: 'top_up',
        amountCents,
        paymentId,
        sourceRef: `payment:${paymentId}`,
        description: byBackup ? 'Auto top-up (backup card)' : 'Auto top-up',
      });
      await alignTags(tx, accountId, lowBalance);
      return true;
    });
    if (applied) {
      result.charged++;
      if (byBackup) await tellDriver(deps, accountId, 'card_declined', 'rescued');
    }
  }
  return result;
}

/**
 * The default card, then the backup card if the default one declines. Each has its own
 * idempotency key at the processor, so a re-run after a lost answer never charges either twice.
 */
async function chargeWithFallback(
  gateway: PaymentGateway,
  row: PendingTopUp,
  amountCents: number,
): Promise<{ outcome: ChargeOutcome; byBackup: boolean } | 'no_answer'> {
  try {
    const outcome = await gateway.charge({
      token: row.gateway_token,
      amountCents,
      idempotencyKey: row.idempotency_key,
    });
    if (outcome.status === 'succeeded' || row.backup_token === null) {
      return { outcome, byBackup: false };
    }
    const backup = await gateway.charge({
      token: row.backup_token,
      amountCents,
      idempotencyKey: `${row.idempotency_key}:backup`,
    });
    return backup.status === 'succeeded'
      ? { outcome: backup, byBackup: true }
      : { outcome, byBackup: false };
  } catch {
    return 'no_answer';
  }
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

async function tellDriver(
  deps: AutoTopUpDeps,
  accountId: number,
  reason: string,
  how: 'failed' | 'rescued' = 'failed',
) {
  if (!deps.mailer) return;
  const [contact] = await deps.database.query<{
    email: string | null;
    account_no: string;
    language: string;
    receipt_emails: boolean;
    low_balance_emails: boolean;
  }>(
    `select c.email, a.account_no, a.preferred_language as language, a.receipt_emails,
            a.low_balance_emails
       from accounts a
       left join contacts c on c.account_id = a.id and c.is_primary where a.id = $1`,
    [accountId],
  );
  if (!contact?.email) return;
  // The driver's notification preferences (profile): a backup-card charge is a receipt; a failed
  // top-up is a low-balance warning.
  if (how === 'rescued' ? !contact.receipt_emails : !contact.low_balance_emails) return;
  const language = customerLanguageOf(contact.language);
  await deps.mailer.send(
    how === 'rescued'
      ? backupCardUsedEmail(contact.email, contact.account_no, language)
      : autoTopUpDeclinedEmail(contact.email, contact.account_no, reason, language),
  );
}
