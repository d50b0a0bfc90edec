import { and, asc, eq } from 'drizzle-orm';
import type { BeausDb, Database } from '../../../adapters/database/database.ts';
import { tagRequests, vehicles } from '../../../adapters/database/schema/index.ts';

/** A driver's open request for a transponder, as the agent's Tags tab lists it. */
export interface OpenTagRequest {
  id: string;
  vehicleId: string;
  plate: string;
  jurisdiction: string;
  requestedAt: string;
}

/**
 * What the driver asked for online and no agent has sent yet, oldest first. At most one open
 * request per vehicle (a unique index), so the list is as short as the account's fleet.
 */
export async function listOpenTagRequests(
  database: Database,
  accountId: number,
): Promise<OpenTagRequest[]> {
  const rows = await database.db
    .select({
      id: tagRequests.id,
      vehicleId: tagRequests.vehicleId,
      plate: vehicles.plate,
      jurisdiction: vehicles.jurisdiction,
      requestedAt: tagRequests.createdAt,
    })
    .from(tagRequests)
    .innerJoin(vehicles, eq(vehicles.id, tagRequests.vehicleId))
    .where(and(eq(tagRequests.accountId, accountId), eq(tagRequests.status, 'requested')))
    .orderBy(asc(tagRequests.createdAt), asc(tagRequests.id));
  return rows.map((row) => ({
    id: String(row.id),
    vehicleId: String(row.vehicleId),
    plate: row.plate,
    jurisdiction: row.jurisdiction,
    requestedAt: row.requestedAt.toISOString(),
  }));
}

/**
 * A tag now on the road for the vehicle answers the driver's open request for one: it becomes
 * fulfilled by that tag, in the caller's transaction. Returns the request's id, or null if none.
 */
export async function fulfilTagRequest(
  tx: BeausDb,
  vehicleId: number,
  tagId: number,
  now: Date,
): Promise<number | null> {
  const [fulfilled] = await tx
    .update(tagRequests)
    .set({ status: 'fulfilled', tagId, fulfilledAt: now })
    .where(and(eq(tagRequests.vehicleId, vehicleId), eq(tagRequests.status, 'requested')))
    .returning({ id: tagRequests.id });
  return fulfilled?.id ?? null;
}
