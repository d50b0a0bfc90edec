import { and, eq, gte, isNull, or } from 'drizzle-orm';
import type { Database } from '../../adapters/database/database.ts';
import { vehicles } from '../../adapters/database/schema/index.ts';
import { normalisePlate } from '../../domain/index.ts';
import { auditActor, recordAudit } from '../../platform/audit.ts';
import { BeausError, conflict, notFound } from '../../platform/errors.ts';
import { lockOwnAccount, type CustomerContext } from './customer-context.ts';
import type { NewVehicle } from './self-service.schemas.ts';

const badRequest = (message: string) => new BeausError(400, 'BEAUS_ERR_VALIDATION', message);

type VehicleRow = typeof vehicles.$inferSelect;

export function myVehicle(row: VehicleRow) {
  return {
    id: String(row.id),
    plate: row.plate,
    jurisdiction: row.jurisdiction,
    vehicleClass: row.vehicleClass,
    make: row.make,
    model: row.model,
    startDate: row.startDate,
    endDate: row.endDate,
  };
}

/**
 * The driver adds a vehicle from today; a rental comes with the date it goes back. A plate is
 * on one account at a time, so a plate active elsewhere is refused without saying whose.
 */
export async function addMyVehicle(
  database: Database,
  context: CustomerContext,
  body: NewVehicle & { endDate?: string },
) {
  const plate = normalisePlate(body.jurisdiction, body.plate);
  if (!plate.ok) throw badRequest(`body/plate ${plate.problem}`);
  if (body.endDate !== undefined && body.endDate < context.today) {
    throw badRequest('body/endDate must be today or later');
  }
  return database.transaction(async (tx) => {
    await lockOwnAccount(tx, context.accountId);
    const [holder] = await tx
      .select({ accountId: vehicles.accountId })
      .from(vehicles)
      .where(
        and(
          eq(vehicles.jurisdiction, plate.plate.jurisdiction),
          eq(vehicles.plate, plate.plate.number),
          or(isNull(vehicles.endDate), gte(vehicles.endDate, context.today)),
        ),
      );
    if (holder) {
      throw conflict(
        holder.accountId === context.accountId
          ? `${plate.plate.jurisdiction} ${plate.plate.number} is already on your account.`
          : `${plate.plate.jurisdiction} ${plate.plate.number} is on another account. Call us if it is your vehicle.`,
      );
    }
    const [row] = await tx
      .insert(vehicles)
      .values({
        accountId: context.accountId,
        plate: plate.plate.number,
        jurisdiction: plate.plate.jurisdiction,
        vehicleClass: body.vehicleClass,
        make: body.make?.trim() || null,
        model: body.model?.trim() || null,
        startDate: context.today,
        endDate: body.endDate ?? null,
      })
      .returning();
    await recordAudit(tx, {
      actor: auditActor(context.principal),
      action: 'vehicle.added',
      entityType: 'vehicle',
      entityId: row.id,
      after: row,
      requestId: context.requestId,
    });
    return myVehicle(row);
  });
}

/** The driver ends one of their own vehicles (sold, rental returned) from a date, default today. */
export async function endMyVehicle(
  database: Database,
  context: CustomerContext,
  vehicleId: number,
  endDate: string = context.today,
) {
  return database.transaction(async (tx) => {
    await lockOwnAccount(tx, context.accountId);
    const [before] = await tx
      .select()
      .from(vehicles)
      .where(and(eq(vehicles.id, vehicleId), eq(vehicles.accountId, context.accountId)));
    // Someone else's vehicle reads exactly like a missing one.
    if (!before) throw notFound('No such vehicle on your account.');
    if (before.endDate !== null && before.endDate < context.today) {
      throw conflict(`${before.jurisdiction} ${before.plate} already ended on ${before.endDate}.`);
    }
    if (endDate < before.startDate) {
      throw badRequest(`body/endDate must not be before the start date ${before.startDate}`);
    }
    const [after] = await tx
      .update(vehicles)
      .set({ endDate })
      .where(eq(vehicles.id, vehicleId))
      .returning();
    await recordAudit(tx, {
      actor: auditActor(context.principal),
      action: 'vehicle.ended',
      entityType: 'vehicle',
      entityId: vehicleId,
      before: { endDate: before.endDate },
      after: { endDate: after.endDate },
      requestId: context.requestId,
    });
    return myVehicle(after);
  });
}
