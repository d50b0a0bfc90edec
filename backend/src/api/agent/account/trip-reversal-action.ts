import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../../adapters/database/database.ts';
import { ledgerEntries, trips } from '../../../adapters/database/schema/index.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { conflict, notFound } from '../../../platform/errors.ts';
import {
  addAccountNote,
  lockAccount,
  requireNote,
  staffActor,
  type ActionContext,
} from './action-context.ts';
import type { TripReversalBody } from './money.schemas.ts';
import { balanceOf } from './refund-payout.ts';

export interface TripReversalOutcome {
  tripId: string;
  status: 'reversed';
  creditedCents: number;
  balanceCents: number;
  message: string;
}

/**
 * Reverses a posted trip on this account: what its ledger entry took is credited back by a
 * 'reversal' entry (the ledger stays append-only) and the trip becomes 'reversed'. The entry's
 * UNIQUE (kind, source) and the trip's row lock make a second reversal a 409, never a second credit.
 */
export async function reverseTrip(
  database: Database,
  context: ActionContext,
  tripId: number,
  body: TripReversalBody,
): Promise<TripReversalOutcome> {
  const note = requireNote(body.note);
  return database.transaction(async (tx) => {
    await lockAccount(tx, context.accountId);
    const [trip] = await tx
      .select({ id: trips.id, status: trips.status, amountCents: trips.amountCents })
      .from(trips)
      .where(and(eq(trips.id, tripId), eq(trips.accountId, context.accountId)))
      .for('update');
    if (!trip) throw notFound(`No trip ${tripId} on this account.`);
    if (trip.status === 'reversed') throw conflict(`Trip ${tripId} was already reversed.`);
    if (trip.status !== 'posted') {
      throw conflict(`Only a posted trip can be reversed (this one is ${trip.status}).`);
    }
    // Credit what the trip actually took from the balance, which is what the ledger says.
    const [{ charged }] = await tx
      .select({ charged: sql<string>`coalesce(-sum(${ledgerEntries.amountCents}), 0)::text` })
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.kind, 'trip'), eq(ledgerEntries.sourceRef, `trip:${tripId}`)));
    const credit = Number(charged);
    const actor = await staffActor(tx, context.principal);
    if (credit > 0) {
      const inserted = await tx
        .insert(ledgerEntries)
        .values({
          accountId: context.accountId,
          kind: 'reversal',
          amountCents: credit,
          tripId,
          sourceRef: `trip:${tripId}`,
          description: `Trip reversed (${body.reasonCode}): ${note}`,
        })
        .onConflictDoNothing()
        .returning({ id: ledgerEntries.id });
      if (inserted.length === 0) throw conflict(`Trip ${tripId} was already reversed.`);
    }
    await tx.update(trips).set({ status: 'reversed' }).where(eq(trips.id, tripId));
    await addAccountNote(
      tx,
      context.accountId,
      actor.id,
      `Trip ${tripId} reversed (${body.reasonCode}), ${credit} cents credited: ${note}`,
    );
    await recordAudit(tx, {
      actor,
      action: 'trip.reversed',
      entityType: 'trip',
      entityId: tripId,
      before: { status: trip.status },
      after: {
        status: 'reversed',
        accountId: context.accountId,
        creditedCents: credit,
        reasonCode: body.reasonCode,
      },
      requestId: context.requestId,
    });
    return {
      tripId: String(tripId),
      status: 'reversed' as const,
      creditedCents: credit,
      balanceCents: await balanceOf(tx, context.accountId),
      message:
        credit > 0
          ? 'Trip reversed and its toll credited back.'
          : 'Trip reversed (no toll to credit).',
    };
  });
}
