import { and, eq, gte, inArray, isNull, or } from 'drizzle-orm';
import type { Database } from '../../adapters/database/database.ts';
import { notes, tagRequests, tags, vehicles } from '../../adapters/database/schema/index.ts';
import { auditActor, recordAudit } from '../../platform/audit.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { customerUserId, lockOwnAccount, type CustomerContext } from './customer-context.ts';

/** A tag on the road for its vehicle; the balance moves it between these three. */
const liveStatuses = ['valid', 'low_balance', 'invalid'] as const;

/**
 * The driver asks for a transponder for one of their active vehicles. It is a request, not a
 * tag: the tag number exists once one is taken from stock and assigned. One open request per
 * vehicle, and none for a vehicle whose tag is still on the road.
 */
export async function requestMyTag(
  database: Database,
  context: CustomerContext,
  vehicleId: number,
) {
  return database.transaction(async (tx) => {
    await lockOwnAccount(tx, context.accountId);
    const [vehicle] = await tx
      .select()
      .from(vehicles)
      .where(
        and(
          eq(vehicles.id, vehicleId),
          eq(vehicles.accountId, context.accountId),
          or(isNull(vehicles.endDate), gte(vehicles.endDate, context.today)),
        ),
      );
    if (!vehicle) throw notFound('No such vehicle on your account.');
    const plate = `${vehicle.jurisdiction} ${vehicle.plate}`;
    const [live] = await tx
      .select({ tagNo: tags.tagNo })
      .from(tags)
      .where(and(eq(tags.vehicleId, vehicleId), inArray(tags.status, [...liveStatuses])));
    if (live) throw conflict(`${plate} already has tag ${live.tagNo}.`);
    const [open] = await tx
      .select({ id: tagRequests.id })
      .from(tagRequests)
      .where(and(eq(tagRequests.vehicleId, vehicleId), eq(tagRequests.status, 'requested')));
    if (open) throw conflict(`A tag for ${plate} is already on its way.`);
    const [request] = await tx
      .insert(tagRequests)
      .values({ accountId: context.accountId, vehicleId })
      .returning();
    // A note on the account is where an agent sees the request and sends the tag.
    await tx.insert(notes).values({
      accountId: context.accountId,
      authorId: await customerUserId(tx, context),
      body: `Customer asked online for a tag for ${plate}.`,
    });
    await recordAudit(tx, {
      actor: auditActor(context.principal),
      action: 'tag.requested',
      entityType: 'vehicle',
      entityId: vehicleId,
      after: { tagRequestId: request.id },
      requestId: context.requestId,
    });
    return {
      id: String(request.id),
      vehicleId: String(vehicleId),
      plate: vehicle.plate,
      requestedAt: request.createdAt.toISOString(),
    };
  });
}

/** A lost or stolen tag stops paying tolls at once; its vehicle's trips rate by plate. */
export async function reportMyTag(
  database: Database,
  context: CustomerContext,
  tagId: number,
  status: 'lost' | 'stolen',
) {
  return database.transaction(async (tx) => {
    await lockOwnAccount(tx, context.accountId);
    const [before] = await tx
      .select()
      .from(tags)
      .where(and(eq(tags.id, tagId), eq(tags.accountId, context.accountId)));
    // Someone else's tag reads exactly like a missing one.
    if (!before) throw notFound('No such tag on your account.');
    if (before.status === 'lost' || before.status === 'stolen') {
      throw conflict(`Tag ${before.tagNo} is already reported ${before.status}.`);
    }
    const [after] = await tx.update(tags).set({ status }).where(eq(tags.id, tagId)).returning();
    await recordAudit(tx, {
      actor: auditActor(context.principal),
      action: `tag.marked_${status}`,
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
      plate: vehicle?.plate ?? null,
      vehicleId: after.vehicleId === null ? null : String(after.vehicleId),
    };
  });
}
