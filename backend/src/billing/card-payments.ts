import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { BeausDb, Database } from '../adapters/database/database.ts';
import {
  invoices,
  ledgerEntries,
  paymentMethods,
  payments,
} from '../adapters/database/schema/index.ts';
import type {
  ChargedCard,
  DeclineReason,
  PaymentGateway,
} from '../adapters/payments/payment-gateway.ts';
import { conflict } from '../platform/errors.ts';

/** What a charge pays for: an invoice (toll-by-plate) or a prepaid account's balance. */
export type PaymentTarget =
  | { kind: 'invoice'; invoiceId: number }
  | {
      kind: 'account';
      accountId: number;
      /** 'top_up' (default) when the customer adds money; 'payment' when an agent takes one. */
      ledgerKind?: 'top_up' | 'payment';
      description?: string;
    };

export interface CardPaymentRequest {
  idempotencyKey: string;
  /** The processor's token; the card number never reaches this code. */
  cardToken: string;
  amountCents: number;
  target: PaymentTarget;
}

/** `card`: brand and last four of the card charged, when the processor or the card on file said. */
export type CardPaymentResult =
  | {
      paymentId: string;
      status: 'succeeded';
      amountCents: number;
      gatewayRef: string;
      at: Date;
      card: ChargedCard | null;
    }
  | {
      paymentId: string;
      status: 'failed';
      amountCents: number;
      reason: DeclineReason | string;
      card: ChargedCard | null;
    };

export interface CardPaymentDeps {
  database: Database;
  gateway: PaymentGateway;
  /** Called after a succeeded payment commits, e.g. to e-mail a receipt; never on a replay. */
  onSucceeded?: (result: CardPaymentResult & { status: 'succeeded' }) => Promise<void>;
  /** How long a second request waits for the first one holding the same key. */
  waitForFirstMs?: number;
  /**
   * More writes that must commit with the payment's success (an audit entry, a note); runs in
   * its transaction, once, never on a replay.
   */
  alsoOnSuccess?: (tx: BeausDb, payment: { paymentId: number; at: Date }) => Promise<void>;
}

type PaymentRow = typeof payments.$inferSelect;

/**
 * Charges a card at most once per idempotency key. The key is claimed by inserting the payments
 * row (UNIQUE key) with a hash of the request before the gateway is called: a second request with
 * the same key and body gets the first one's result, even while the first is still running; the
 * same key with another body is refused with 409.
 */
export async function payByCard(
  deps: CardPaymentDeps,
  request: CardPaymentRequest,
): Promise<CardPaymentResult> {
  const requestHash = hashOf(request);
  const onFile = await cardOnFile(deps.database, request);
  const claimed = await deps.database.db
    .insert(payments)
    .values({
      idempotencyKey: request.idempotencyKey,
      requestHash,
      amountCents: request.amountCents,
      status: 'pending',
      ...targetColumns(request.target),
      ...(onFile ? { paymentMethodId: onFile.id, ...cardColumns(onFile) } : {}),
    })
    .onConflictDoNothing({ target: payments.idempotencyKey })
    .returning();
  const row = claimed[0];
  if (!row) return replay(deps, request.idempotencyKey, requestHash);

  let outcome: Awaited<ReturnType<PaymentGateway['charge']>>;
  try {
    outcome = await deps.gateway.charge({
      token: request.cardToken,
      amountCents: request.amountCents,
      idempotencyKey: request.idempotencyKey,
    });
  } catch {
    // The processor did not answer: record the failure so a retry with this key gets an answer.
    outcome = { status: 'declined', reason: 'processing_error' };
  }
  const card = outcome.card ?? (onFile ? { brand: onFile.brand, last4: onFile.last4 } : null);
  if (outcome.status === 'declined') {
    await deps.database.db
      .update(payments)
      .set({
        status: 'failed',
        failureReason: outcome.reason,
        completedAt: new Date(),
        ...cardColumns(card),
      })
      .where(eq(payments.id, row.id));
    return failed(row.id, request.amountCents, outcome.reason, card);
  }
  const at = new Date();
  await deps.database.transaction(async (tx) => {
    await tx
      .update(payments)
      .set({
        status: 'succeeded',
        gatewayRef: outcome.gatewayRef,
        completedAt: at,
        ...cardColumns(card),
      })
      .where(eq(payments.id, row.id));
    await applyPayment(tx, request, row.id, at);
    await deps.alsoOnSuccess?.(tx, { paymentId: row.id, at });
  });
  const result = {
    paymentId: String(row.id),
    status: 'succeeded' as const,
    amountCents: request.amountCents,
    gatewayRef: outcome.gatewayRef,
    at,
    card,
  };
  await deps.onSucceeded?.(result);
  return result;
}

/** Settles what the money was for, in the same transaction as the payment's success. */
async function applyPayment(tx: BeausDb, request: CardPaymentRequest, paymentId: number, at: Date) {
  const { target } = request;
  if (target.kind === 'invoice') {
    await tx
      .update(invoices)
      .set({ status: 'paid', paidAt: at })
      .where(and(eq(invoices.id, target.invoiceId), eq(invoices.status, 'open')));
    return;
  }
  await tx.insert(ledgerEntries).values({
    accountId: target.accountId,
    kind: target.ledgerKind ?? 'top_up',
    amountCents: request.amountCents,
    paymentId,
    sourceRef: `payment:${paymentId}`,
    description: target.description ?? 'Card top-up',
  });
}

async function replay(
  deps: CardPaymentDeps,
  idempotencyKey: string,
  requestHash: string,
): Promise<CardPaymentResult> {
  const deadline = Date.now() + (deps.waitForFirstMs ?? 15_000);
  for (;;) {
    const [row] = await deps.database.db
      .select()
      .from(payments)
      .where(eq(payments.idempotencyKey, idempotencyKey));
    if (!row) throw new Error(`payment ${idempotencyKey} vanished after its key was claimed`);
    if (row.requestHash !== requestHash) {
      throw conflict('This payment key was already used for a different payment.');
    }
    if (row.status !== 'pending') return resultOf(row);
    if (Date.now() > deadline) throw conflict('This payment is still being processed.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function resultOf(row: PaymentRow): CardPaymentResult {
  const card =
    row.cardBrand !== null && row.cardLast4 !== null
      ? { brand: row.cardBrand, last4: row.cardLast4 }
      : null;
  if (row.status === 'failed') {
    return failed(row.id, row.amountCents, row.failureReason ?? 'processing_error', card);
  }
  return {
    paymentId: String(row.id),
    status: 'succeeded',
    amountCents: row.amountCents,
    gatewayRef: row.gatewayRef ?? '',
    at: row.completedAt ?? row.createdAt,
    card,
  };
}

function failed(
  id: number,
  amountCents: number,
  reason: string,
  card: ChargedCard | null,
): CardPaymentResult {
  return { paymentId: String(id), status: 'failed', amountCents, reason, card };
}

/**
 * The paying account's own card on file, when the token is one: the payment is linked to it.
 * Only the same account's card, so no payment ever points at someone else's card.
 */
async function cardOnFile(database: Database, request: CardPaymentRequest) {
  const { target } = request;
  if (target.kind !== 'account') return null;
  const [method] = await database.db
    .select({ id: paymentMethods.id, brand: paymentMethods.brand, last4: paymentMethods.last4 })
    .from(paymentMethods)
    .where(
      and(
        eq(paymentMethods.gatewayToken, request.cardToken),
        eq(paymentMethods.accountId, target.accountId),
      ),
    );
  return method ?? null;
}

/** Brand and last four only: the schema refuses anything but four digits. */
function cardColumns(card: ChargedCard | null) {
  return card ? { cardBrand: card.brand, cardLast4: card.last4 } : {};
}

function targetColumns(target: PaymentTarget) {
  return target.kind === 'invoice'
    ? { invoiceId: target.invoiceId }
    : { accountId: target.accountId };
}

/** The request's fingerprint; the token is hashed too, so a new card needs a new key. */
function hashOf(request: CardPaymentRequest): string {
  const { cardToken, amountCents, target } = request;
  const canonical = JSON.stringify([cardToken, amountCents, target.kind, targetId(target)]);
  return createHash('sha256').update(canonical).digest('hex');
}

function targetId(target: PaymentTarget): number {
  return target.kind === 'invoice' ? target.invoiceId : target.accountId;
}
