import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../../adapters/database/database.ts';
import { tags, vehicles } from '../../../adapters/database/schema/index.ts';
import { normalisePlate } from '../../../domain/index.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { BeausError, conflict, notFound } from '../../../platform/errors.ts';
import type { AddVehicleBody } from './account-actions.schemas.ts';
import {
  addAccountNote,
  lockAccount,
  requireNote,
  staffActor,
  type ActionContext,
} from './action-context.ts';

/**
 * Everyday changes an agent makes from the account view. Each one writes the change, the
 * agent's note and an audit entry in one transaction.
 */

export async function addNote(database: Database, context: ActionContext, body: string) {
  const text = requireNote(body, 'body');
  return database.transaction(async (tx) => {
    await lockAccount(tx, context.accountId);
    const actor = await staffActor(tx, context.principal);
    const note = await addAccountNote(tx, context.accountId, actor.id, text);
    await recordAudit(tx, {
      actor,
      action: 'note.added',
      entityType: 'account',
      entityId: context.accountId,
      after: { noteId: note.id },
      requestId: context.requestId,
    });
    return {
      id: String(note.id),
      createdAt: note.createdAt.toISOString(),
      authorName: context.principal.name,
      body: text,
    };
  });
}

const badRequest = (message: string) => new BeausError(400, 'BEAUS_ERR_VALIDATION', message);

/** A vehicle joins the account; rental cars come with an end date. One account per plate. */
export async function addVehicle(database: Database, context: ActionContext, body: AddVehicleBody) {
  const note = requireNote(body.note);
  const plate = normalisePlate(body.jurisdiction, body.plate);
  if (!plate.ok) throw badRequest(`body/plate ${plate.problem}`);
  if (body.endDate !== undefined && body.endDate < body.startDate) {
    throw badRequest('body/endDate must not be before the start date');
  }
  return database.transaction(async (tx) => {
    await lockAccount(tx, context.accountId);
    const actor = await staffActor(tx, context.principal);
    const [holder] = await tx
      .select({ accountId: vehicles.accountId })
      .from(vehicles)
      .where(
        and(
          eq(vehicles.jurisdiction, plate.plate.jurisdiction),
          eq(vehicles.plate, plate.plate.number),
          isNull(vehicles.endDate),
        ),
      );
    if (holder) {
      throw conflict(
        holder.accountId === context.accountId
          ? `${plate.plate.key} is already on this account.`
          : `${plate.plate.key} is active on another account; it must be ended there first.`,
      );
    }
    const [vehicle] = await tx
      .insert(vehicles)
      .values({
        accountId: context.accountId,
        plate: plate.plate.number,
        jurisdiction: plate.plate.jurisdiction,
        vehicleClass: body.vehicleClass,
        make: body.make ?? null,
        model: body.model ?? null,
        startDate: body.startDate,
        endDate: body.endDate ?? null,
      })
      .returning();
    await addAccountNote(
      tx,
      context.accountId,
      actor.id,
      `Vehicle ${plate.plate.key} added: ${note}`,
    );
    await recordAudit(tx, {
      actor,
      action: 'vehicle.added',
      entityType: 'vehicle',
      entityId: vehicle.id,
      after: vehicle,
      requestId: context.requestId,
    });
    return {
      id: String(vehicle.id),
      plate: vehicle.plate,
      jurisdiction: vehicle.jurisdiction,
      vehicleClass: vehicle.vehicleClass,
      make: vehicle.make,
      model: vehicle.model,
      startDate: vehicle.startDate,
      endDate: vehicle.endDate,
    };
  });
}

export async function endVehicle(
  database: Database,
  context: ActionContext,
  vehicleId: number,
  body: { endDate: string; note: string },
) {
  const note = requireNote(body.note);
  return database.transaction(async (tx) => {
    await lockAccount(tx, context.accountId);
    const actor = await staffActor(tx, context.principal);
    const [before] = await tx
      .select()
      .from(vehicles)
      .where(and(eq(vehicles.id, vehicleId), eq(vehicles.accountId, context.accountId)));
    if (!before) throw notFound(`No vehicle ${vehicleId} on account ${context.accountId}.`);
    if (body.endDate < before.startDate) {
      throw badRequest(`body/endDate must not be before the start date ${before.startDate}`);
    }
    const [after] = await tx
      .update(vehicles)
      .set({ endDate: body.endDate })
      .where(eq(vehicles.id, vehicleId))
      .returning();
    const key = `${after.jurisdiction}:${after.plate}`;
    await addAccountNote(tx, context.accountId, actor.id, `Vehicle ${key} ended: ${note}`);
    await recordAudit(tx, {
      actor,
      action: 'vehicle.ended',
      entityType: 'vehicle',
      entityId: vehicleId,
      before: { endDate: before.endDate },
      after: { endDate: after.endDate },
      requestId: context.requestId,
    });
    return {
      id: String(after.id),
      plate: after.plate,
      jurisdiction: after.jurisdiction,
      vehicleClass: after.vehicleClass,
      make: after.make,
      model: after.model,
      startDate: after.startDate,
      endDate: after.endDate,
    };
  });
}

/** A lost or stolen tag stops paying tolls at once; trips it reads rate by plate from now on. */
export async function markTag(
  database: Database,
  context: ActionContext,
  tagId: number,
  body: { status: 'lost' | 'stolen'; note: string },
) {
  const note = requireNote(body.note);
  return database.transaction(async (tx) => {
    await lockAccount(tx, context.accountId);
    const actor = await staffActor(tx, context.principal);
    const [before] = await tx
      .select()
      .from(tags)
      .where(and(eq(tags.id, tagId), eq(tags.accountId, context.accountId)));
    if (!before) throw notFound(`No tag ${tagId} on account ${context.accountId}.`);
    if (before.status === 'lost' || before.status === 'stolen') {
      throw conflict(`Tag ${before.tagNo} is already marked ${before.status}.`);
    }
    const [after] = await tx
      .update(tags)
      .set({ status: body.status })
      .where(eq(tags.id, tagId))
      .returning();
    await addAccountNote(
      tx,
      context.accountId,
      actor.id,
      `Tag ${after.tagNo} ${body.status}: ${note}`,
    );
    await recordAudit(tx, {
      actor,
      action: `tag.marked_${body.status}`,
      entityType: 'tag',
      entityId: tagId,
      before: { status: before.status },
      after: { status: after.status },
      requestId: context.requestId,
    });
    const [vehicle] = after.vehicleId
      ? await tx.select().from(vehicles).where(eq(vehicles.id, after.vehicleId))
      : [];
    return {
      id: String(after.id),
      tagNo: after.tagNo,
      status: after.status,
      vehicleId: after.vehicleId === null ? null : String(after.vehicleId),
      plate: vehicle?.plate ?? null,
      issuedAt: after.issuedAt.toISOString(),
    };
  });
}
