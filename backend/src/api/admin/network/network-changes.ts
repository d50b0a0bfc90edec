/**
 * The road network as admins change it: plazas (location, time zone, direction) and their lanes.
 * A plaza's time zone decides which band a trip falls in, so an unknown zone is refused here
 * rather than discovered by the rating of the first trip. Every change is audited.
 */
import type { BeausDb, Database } from '../../../adapters/database/database.ts';
import type { Direction, LaneType } from '../../../adapters/database/schema/index.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { conflict, notFound } from '../../../platform/errors.ts';
import { queryRows } from '../../../stream/sql-rows.ts';
import { adminActor, type AdminContext, type Checked } from '../admin-context.ts';

export interface PlazaFields {
  name: string;
  roadway: string;
  latitude: number;
  longitude: number;
  timeZone: string;
  direction: Direction;
}

export interface PlazaRecord extends PlazaFields {
  id: string;
  code: string;
}

/** Whether the runtime knows the IANA zone (the rating uses the same Intl data). */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const zoneProblem = (zone: string) => ({
  path: 'body/timeZone',
  message: `${zone} is not a known IANA time zone (e.g. America/Chicago)`,
});

export async function createPlaza(
  database: Database,
  context: AdminContext,
  plaza: PlazaFields & { code: string },
): Promise<Checked<PlazaRecord>> {
  if (!isKnownTimeZone(plaza.timeZone))
    return { ok: false, problems: [zoneProblem(plaza.timeZone)] };
  const created = await database.transaction(async (tx) => {
    const [taken] = await queryRows(tx, 'select 1 from plazas where code = $1', [plaza.code]);
    if (taken) throw conflict(`A plaza with code ${plaza.code} exists.`);
    const [row] = await queryRows<{ id: unknown }>(
      tx,
      `insert into plazas (code, name, roadway, latitude, longitude, time_zone, direction)
       values ($1, $2, $3, $4, $5, $6, $7) returning id`,
      [
        plaza.code,
        plaza.name,
        plaza.roadway,
        plaza.latitude,
        plaza.longitude,
        plaza.timeZone,
        plaza.direction,
      ],
    );
    const after = await plazaById(tx, Number(row.id));
    await audit(tx, context, 'plaza.created', 'plaza', after.id, null, after);
    return after;
  });
  return { ok: true, value: created };
}

export async function updatePlaza(
  database: Database,
  context: AdminContext,
  plazaId: number,
  change: Partial<PlazaFields>,
): Promise<Checked<PlazaRecord>> {
  if (change.timeZone !== undefined && !isKnownTimeZone(change.timeZone)) {
    return { ok: false, problems: [zoneProblem(change.timeZone)] };
  }
  const updated = await database.transaction(async (tx) => {
    const before = await plazaById(tx, plazaId, true);
    const next = { ...before, ...change };
    await queryRows(
      tx,
      `update plazas set name = $2, roadway = $3, latitude = $4, longitude = $5, time_zone = $6,
         direction = $7 where id = $1`,
      [
        plazaId,
        next.name,
        next.roadway,
        next.latitude,
        next.longitude,
        next.timeZone,
        next.direction,
      ],
    );
    const after = await plazaById(tx, plazaId);
    await audit(tx, context, 'plaza.updated', 'plaza', after.id, before, after);
    return after;
  });
  return { ok: true, value: updated };
}

export async function addLane(
  database: Database,
  context: AdminContext,
  plazaId: number,
  lane: { code: string; type: LaneType },
): Promise<{ id: string; code: string; type: string }> {
  return database.transaction(async (tx) => {
    await plazaById(tx, plazaId, true);
    const [taken] = await queryRows(tx, 'select 1 from lanes where plaza_id = $1 and code = $2', [
      plazaId,
      lane.code,
    ]);
    if (taken) throw conflict(`Lane ${lane.code} exists at this plaza.`);
    const [row] = await queryRows<{ id: unknown }>(
      tx,
      'insert into lanes (plaza_id, code, type) values ($1, $2, $3) returning id',
      [plazaId, lane.code, lane.type],
    );
    const after = {
      id: String(row.id),
      plazaId: String(plazaId),
      code: lane.code,
      type: lane.type,
    };
    await audit(tx, context, 'lane.created', 'lane', after.id, null, after);
    return { id: after.id, code: after.code, type: after.type };
  });
}

async function plazaById(tx: BeausDb, plazaId: number, lock = false): Promise<PlazaRecord> {
  const [row] = await queryRows<{
    id: unknown;
    code: string;
    name: string;
    roadway: string;
    latitude: number;
    longitude: number;
    time_zone: string;
    direction: Direction;
  }>(tx, `select * from plazas where id = $1${lock ? ' for update' : ''}`, [plazaId]);
  if (!row) throw notFound(`No plaza ${plazaId}.`);
  return {
    id: String(row.id),
    code: row.code,
    name: row.name,
    roadway: row.roadway,
    latitude: Number(row.latitude),
    longitude: Number(row.longitude),
    timeZone: row.time_zone,
    direction: row.direction,
  };
}

async function audit(
  tx: BeausDb,
  context: AdminContext,
  action: string,
  entityType: string,
  entityId: string,
  before: unknown,
  after: unknown,
) {
  await recordAudit(tx, {
    actor: await adminActor(tx, context.principal),
    action,
    entityType,
    entityId,
    before,
    after,
    requestId: context.requestId,
  });
}
