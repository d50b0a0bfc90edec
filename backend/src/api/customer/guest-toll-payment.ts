import type { Database } from '../../adapters/database/database.ts';
import type { Mailer } from '../../adapters/email/mailer.ts';
import type { PaymentGateway } from '../../adapters/payments/payment-gateway.ts';
import { billTrips } from '../../billing/billing-cycle.ts';
import { invoiceRulesAt } from '../../billing/billing-configuration.ts';
import { payByCard, type CardPaymentResult } from '../../billing/card-payments.ts';
import type { CustomerLanguage } from '../../billing/customer-language.ts';
import { paymentReceiptEmail } from '../../billing/receipt-email.ts';
import { normalisePlateText } from '../../domain/plate.ts';
import { conflict, notFound } from '../../platform/errors.ts';

export interface TollPaymentDeps {
  database: Database;
  gateway: PaymentGateway;
  mailer: Mailer;
  onMailError: (error: unknown) => void;
  /** How long a concurrent duplicate waits for the first request's invoice; tests shorten it. */
  waitForFirstMs?: number;
}

export interface TollPaymentRequest {
  /** Already namespaced by the caller (`guest-tolls-…`). */
  idempotencyKey: string;
  plate: string;
  jurisdiction: string;
  tripIds: readonly string[];
  cardToken: string;
  amountCents: number;
  email?: string;
  language: CustomerLanguage;
}

export type TollPaymentResult = CardPaymentResult & { invoiceNo: string };

/**
 * Pays a plate's unbilled tolls by card. The tolls go on one invoice (with the administrative
 * fee in force, as the billing cycle would bill them) in one transaction, and that invoice is
 * then paid through `payByCard` — the guest-pay code path, so the idempotency key is claimed
 * the same way and a retry or double-click charges once. When the card declines the invoice
 * stays open and its number is returned, so the driver can pay it with another card.
 */
export async function payPlateTolls(
  deps: TollPaymentDeps,
  request: TollPaymentRequest,
): Promise<TollPaymentResult> {
  const plate = normalisePlateText(request.plate);
  const jurisdiction = request.jurisdiction.trim().toUpperCase();
  const earlier = await earlierInvoice(deps.database, request.idempotencyKey);
  const invoice =
    earlier ??
    (await billRequested(deps.database, { ...request, plate, jurisdiction })) ??
    (await waitForFirst(deps, request.idempotencyKey));
  if (invoice.plate !== plate || invoice.jurisdiction !== jurisdiction) {
    throw conflict('This payment key was already used for a different payment.');
  }
  const result = await payByCard(
    {
      database: deps.database,
      gateway: deps.gateway,
      onSucceeded: async (paid) => {
        if (!request.email) return;
        await deps.mailer
          .send(
            paymentReceiptEmail(
              request.email,
              { invoiceNo: invoice.invoiceNo, plate, jurisdiction },
              paid,
              request.language,
            ),
          )
          .catch(deps.onMailError);
      },
    },
    {
      idempotencyKey: request.idempotencyKey,
      cardToken: request.cardToken,
      amountCents: request.amountCents,
      target: { kind: 'invoice', invoiceId: invoice.id },
    },
  );
  return { ...result, invoiceNo: invoice.invoiceNo };
}

interface KeyedInvoice {
  id: number;
  invoiceNo: string;
  plate: string;
  jurisdiction: string;
}

async function earlierInvoice(database: Database, key: string): Promise<KeyedInvoice | null> {
  const [row] = await database.query<{
    id: string;
    invoice_no: string;
    plate: string;
    jurisdiction: string;
  }>(
    `select i.id::text, i.invoice_no, i.plate, i.jurisdiction from payments p
     join invoices i on i.id = p.invoice_id where p.idempotency_key = $1`,
    [key],
  );
  return row
    ? {
        id: Number(row.id),
        invoiceNo: row.invoice_no,
        plate: row.plate,
        jurisdiction: row.jurisdiction,
      }
    : null;
}

/**
 * Puts exactly the requested tolls on a new invoice, or nothing: when one of them was billed or
 * paid meanwhile, or the total is not what the payer saw, the transaction rolls back. Null when
 * none of the tolls was still unbilled (perhaps a concurrent duplicate of this request took them).
 */
async function billRequested(
  database: Database,
  request: TollPaymentRequest,
): Promise<KeyedInvoice | null> {
  const now = new Date();
  const rules = await invoiceRulesAt(database, now);
  const outcome = await database
    .transaction(async (tx) => {
      const billed = await billTrips(
        tx,
        { plate: request.plate, jurisdiction: request.jurisdiction },
        request.tripIds.map(Number),
        rules,
        now,
        'paid online before billing',
      );
      if (!billed) return null;
      if (billed.tripsBilled !== request.tripIds.length) {
        throw new TollsChanged(
          'Some of these tolls were billed or paid meanwhile. Look them up again.',
        );
      }
      if (billed.totalCents !== request.amountCents) {
        throw new TollsChanged('The amount due has changed; look the tolls up again.');
      }
      return billed;
    })
    .catch((error: unknown) => {
      if (error instanceof TollsChanged) throw conflict(error.message);
      throw error;
    });
  return outcome
    ? {
        id: outcome.invoiceId,
        invoiceNo: outcome.invoiceNo,
        plate: request.plate,
        jurisdiction: request.jurisdiction,
      }
    : null;
}

class TollsChanged extends Error {}

/**
 * The tolls were gone: either an unrelated payment or billing run took them (404), or a
 * concurrent duplicate of this very request did and is about to claim the key — then wait for
 * its payment row and answer as a replay.
 */
async function waitForFirst(deps: TollPaymentDeps, key: string): Promise<KeyedInvoice> {
  const deadline = Date.now() + (deps.waitForFirstMs ?? 3_000);
  for (;;) {
    const invoice = await earlierInvoice(deps.database, key);
    if (invoice) return invoice;
    if (Date.now() > deadline) {
      throw notFound('These tolls are no longer unbilled. Look them up again.');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
