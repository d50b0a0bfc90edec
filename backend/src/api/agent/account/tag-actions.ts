import { and, eq, inArray, sql } from 'drizzle-orm';
import type { BeausDb, Database } from '../../../adapters/database/database.ts';
import { ledgerEntries, tags, vehicles } from '../../../adapters/database/schema/index.ts';
import type { TagStatus } from '../../../adapters/database/schema/index.ts';
import { cents, tagStatusForBalance } from '../../../domain/index.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { BeausError, conflict, notFound } from '../../../platform/errors.ts';
import { configurationKeys } from '../../../seed/configuration-defaults.ts';
import {
  addAccountNote,
  lockAccount,
  requireNote,
  staffActor,
  type ActionContext,
} from './action-context.ts';
import { configurationNumberAt } from './configuration-value.ts';
import { fulfilTagRequest } from './tag-requests.ts';

/** Statuses of a tag that is still on the road for its vehicle (the balance drives them). */
const LIVE_STATUSES: readonly TagStatus[] = ['valid', 'low_balance', 'invalid'];

export interface TagResult {
  id: string;
  tagNo: string;
  status: string;
  vehicleId: string | null;
  plate: string | null;
  issuedAt: string;
}

/** Tag numbers are printed on the transponder; agents may type them in any case. */
export function normaliseTagNo(tagNo: string): string {
  return tagNo.trim().toUpperCase();
}

/**
 * A new transponder for one of the account's vehicles: the tag number must be unused anywhere,
 * the vehicle active on this account and without a live tag (that is a replacement). It answers
 * the driver's open request for a tag for that vehicle, if there is one.
 */
export async function assignTag(
  database: Database,
  context: ActionContext,
  body: { vehicleId: number; tagNo: string; note: string },
  now = new Date(),
): Promise<TagResult> {
  const note = requireNote(body.note);
  const tagNo = normaliseTagNo(body.tagNo);
  const lowBalance = await configurationNumberAt(database, configurationKeys.lowBalanceCents, now);
  return database.transaction(async (tx) => {
    const account = await lockAccount(tx, context.accountId);
    if (account.type === 'toll_by_plate') {
      throw conflict('A toll-by-plate account has no tags: convert it to prepaid first.');
    }
    const actor = await staffActor(tx, context.principal);
    const vehicle = await activeVehicle(tx, context.accountId, body.vehicleId, now);
    const [live] = await tx
      .select({ tagNo: tags.tagNo })
      .from(tags)
      .where(and(eq(tags.vehicleId, vehicle.id), inArray(tags.status, [...LIVE_STATUSES])));
    if (live) {
      throw conflict(
        `Vehicle ${vehicle.jurisdiction}:${vehicle.plate} already has tag ${live.tagNo}; replace it instead.`,
      );
    }
    await requireFreeTagNo(tx, tagNo);
    const status = tagStatusForBalance(
      cents(await balanceOf(tx, context.accountId)),
      cents(lowBalance),
    );
    const [tag] = await tx
      .insert(tags)
      .values({ tagNo, accountId: context.accountId, vehicleId: vehicle.id, status, issuedAt: now })
      .returning();
    const tagRequestId = await fulfilTagRequest(tx, vehicle.id, tag.id, now);
    await addAccountNote(
      tx,
      context.accountId,
      actor.id,
      `Tag ${tagNo} assigned to ${vehicle.jurisdiction}:${vehicle.plate}${requestNote(tagRequestId)}: ${note}`,
    );
    await recordAudit(tx, {
      actor,
      action: 'tag.assigned',
      entityType: 'tag',
      entityId: tag.id,
      after: { tagNo, vehicleId: vehicle.id, status, ...requestAudit(tagRequestId) },
      requestId: context.requestId,
    });
    return tagResult(tag, vehicle.plate);
  });
}

/**
 * A new transponder takes over the old one's vehicle. The old tag becomes inactive, unless it
 * was reported lost or stolen: that status stays, so a read of it is still flagged.
 */
export async function replaceTag(
  database: Database,
  context: ActionContext,
  oldTagId: number,
  body: { tagNo: string; note: string },
  now = new Date(),
): Promise<{ replaced: TagResult; tag: TagResult }> {
  const note = requireNote(body.note);
  const tagNo = normaliseTagNo(body.tagNo);
  const lowBalance = await configurationNumberAt(database, configurationKeys.lowBalanceCents, now);
  return database.transaction(async (tx) => {
    await lockAccount(tx, context.accountId);
    const actor = await staffActor(tx, context.principal);
    const [old] = await tx
      .select()
      .from(tags)
      .where(and(eq(tags.id, oldTagId), eq(tags.accountId, context.accountId)))
      .for('update');
    if (!old) throw notFound(`No tag ${oldTagId} on account ${context.accountId}.`);
    if (old.status === 'inactive') {
      throw conflict(`Tag ${old.tagNo} is inactive: it has been replaced already.`);
    }
    if (old.vehicleId === null) {
      throw conflict(
        `Tag ${old.tagNo} is not on a vehicle; assign a new tag to a vehicle instead.`,
      );
    }
    const vehicle = await activeVehicle(tx, context.accountId, old.vehicleId, now);
    await requireFreeTagNo(tx, tagNo);
    const [replaced] =
      old.status === 'lost' || old.status === 'stolen'
        ? [old]
        : await tx.update(tags).set({ status: 'inactive' }).where(eq(tags.id, old.id)).returning();
    const status = tagStatusForBalance(
      cents(await balanceOf(tx, context.accountId)),
      cents(lowBalance),
    );
    const [tag] = await tx
      .insert(tags)
      .values({ tagNo, accountId: context.accountId, vehicleId: vehicle.id, status, issuedAt: now })
      .returning();
    // A driver whose tag was lost may have asked online for a new one: this is it.
    const tagRequestId = await fulfilTagRequest(tx, vehicle.id, tag.id, now);
    await addAccountNote(
      tx,
      context.accountId,
      actor.id,
      `Tag ${old.tagNo} replaced by ${tagNo} on ${vehicle.jurisdiction}:${vehicle.plate}${requestNote(tagRequestId)}: ${note}`,
    );
    await recordAudit(tx, {
      actor,
      action: 'tag.replaced',
      entityType: 'tag',
      entityId: old.id,
      before: { tagNo: old.tagNo, status: old.status },
      after: {
        status: replaced.status,
        replacedBy: { id: tag.id, tagNo, status },
        ...requestAudit(tagRequestId),
      },
      requestId: context.requestId,
    });
    return { replaced: tagResult(replaced, vehicle.plate), tag: tagResult(tag, vehicle.plate) };
  });
}

function requestNote(tagRequestId: number | null): string {
  return tagRequestId === null ? '' : ' (the customer’s online request)';
}

function requestAudit(tagRequestId: number | null) {
  return tagRequestId === null ? {} : { fulfilledTagRequestId: tagRequestId };
}

async function activeVehicle(tx: BeausDb, accountId: number, vehicleId: number, now: Date) {
  const [vehicle] = await tx
    .select()
    .from(vehicles)
    .where(and(eq(vehicles.id, vehicleId), eq(vehicles.accountId, accountId)));
  if (!vehicle) throw notFound(`No vehicle ${vehicleId} on account ${accountId}.`);
  const today = now.toISOString().slice(0, 10);
  if (vehicle.endDate !== null && vehicle.endDate < today) {
    throw conflict(
      `Vehicle ${vehicle.jurisdiction}:${vehicle.plate} ended on ${vehicle.endDate}; it takes no tag.`,
    );
  }
  return vehicle;
}

async function requireFreeTagNo(tx: BeausDb, tagNo: string): Promise<void> {
  const [taken] = await tx.select({ id: tags.id }).from(tags).where(eq(tags.tagNo, tagNo));
  if (taken) throw new BeausError(409, 'BEAUS_ERR_CONFLICT', `Tag number ${tagNo} is taken.`);
}

async function balanceOf(tx: BeausDb, accountId: number): Promise<number> {
  const [{ balance }] = await tx
    .select({ balance: sql<string>`coalesce(sum(${ledgerEntries.amountCents}), 0)::text` })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.accountId, accountId));
  return Number(balance);
}

function tagResult(tag: typeof tags.$inferSelect, plate: string | null): TagResult {
  return {
    id: String(tag.id),
    tagNo: tag.tagNo,
    status: tag.status,
    vehicleId: tag.vehicleId === null ? null : String(tag.vehicleId),
    plate,
    issuedAt: tag.issuedAt.toISOString(),
  };
}
