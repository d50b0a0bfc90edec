/**
 * Roadside devices as admins manage them: list with last seen, register, rotate the credential,
 * change status. A new secret is returned once and only its hash is kept; each change and its
 * audit entry commit together, and the gateway in this process forgets the old secret at once.
 */
import { randomBytes } from 'node:crypto';
import type { BeausDb, Database } from '../../../adapters/database/database.ts';
import type { DeviceStatus } from '../../../adapters/database/schema/index.ts';
import { forgetDevice, hashDeviceSecret } from '../../../ingest/device-credentials.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { conflict, notFound } from '../../../platform/errors.ts';
import { queryRows } from '../../../stream/sql-rows.ts';
import { adminActor, type AdminContext } from '../admin-context.ts';

export interface DeviceView {
  id: string;
  name: string;
  laneId: string;
  laneCode: string;
  plazaId: string;
  plazaCode: string;
  status: DeviceStatus;
  lastSeenAt: string | null;
  credentialRotatedAt: string;
  createdAt: string;
}

/** A device in the list: what it sent over the last week and how much of it was rejected. */
export interface DeviceActivity extends DeviceView {
  tripsLast7Days: number;
  rejectedLast7Days: number;
  /** Rejected / (trips + rejected), 0 when it sent nothing. */
  rejectRate: number;
}

/** Shown once: the secret and the ready-made Authorization header for the lane controller. */
export interface IssuedCredential {
  device: DeviceView;
  secret: string;
  authorization: string;
}

interface DeviceRow {
  id: unknown;
  name: string;
  lane_id: unknown;
  lane_code: string;
  plaza_id: unknown;
  plaza_code: string;
  status: DeviceStatus;
  last_seen_at: Date | null;
  credential_rotated_at: Date;
  created_at: Date;
  total?: unknown;
}

const select = `select d.id, d.name, d.lane_id, l.code as lane_code, p.id as plaza_id,
  p.code as plaza_code, d.status, d.last_seen_at, d.credential_rotated_at, d.created_at
  from roadside_devices d join lanes l on l.id = d.lane_id join plazas p on p.id = l.plaza_id`;

export async function listDevices(
  database: Database,
  filter: { plazaId?: number; q?: string; page: number; pageSize: number },
  now = new Date(),
): Promise<{ items: DeviceActivity[]; total: number }> {
  const like = filter.q?.trim() ? `%${filter.q.trim().replace(/[\\%_]/g, '\\$&')}%` : null;
  const since = new Date(now.getTime() - 7 * 86_400_000).toISOString();
  // The gateway never writes to the database (hot path), so activity is read from what the
  // processor kept: posted trips (through the plaza + time index) and rejected reads.
  const rows = await database.query<
    DeviceRow & { trips: unknown; rejected: unknown; last_trip_at: Date | null }
  >(
    `${select.replace('d.created_at', 'd.created_at, count(*) over () as total, t.trips, t.last_trip_at, r.rejected')}
     left join lateral (
       select count(*) as trips, max(received_at) as last_trip_at from trips
       where plaza_id = p.id and occurred_at >= $5 and device_id = d.id) t on true
     left join lateral (
       select count(*) as rejected from dead_letters
       where at >= $5 and payload->'event'->>'deviceId' = d.name) r on true
     where ($1::bigint is null or p.id = $1) and ($2::text is null or d.name ilike $2)
     order by p.code, l.code, d.name limit $3 offset $4`,
    [filter.plazaId ?? null, like, filter.pageSize, (filter.page - 1) * filter.pageSize, since],
  );
  return {
    total: rows.length > 0 ? Number(rows[0].total) : 0,
    items: rows.map((row) => {
      const trips = Number(row.trips ?? 0);
      const rejected = Number(row.rejected ?? 0);
      const view = toView(row);
      const lastTrip = row.last_trip_at ? new Date(row.last_trip_at).toISOString() : null;
      return {
        ...view,
        lastSeenAt: [view.lastSeenAt, lastTrip].reduce<string | null>(
          (a, b) => (a === null ? b : b === null ? a : a > b ? a : b),
          null,
        ),
        tripsLast7Days: trips,
        rejectedLast7Days: rejected,
        rejectRate: trips + rejected === 0 ? 0 : rejected / (trips + rejected),
      };
    }),
  };
}

export async function registerDevice(
  database: Database,
  context: AdminContext,
  request: { laneId: number; name: string },
): Promise<IssuedCredential> {
  const secret = newSecret();
  const device = await database.transaction(async (tx) => {
    const [taken] = await queryRows(tx, 'select 1 from roadside_devices where name = $1', [
      request.name,
    ]);
    if (taken) throw conflict(`A device named ${request.name} already exists.`);
    const [lane] = await queryRows(tx, 'select 1 from lanes where id = $1', [request.laneId]);
    if (!lane) throw notFound(`No lane ${request.laneId}.`);
    const [row] = await queryRows<{ id: unknown }>(
      tx,
      `insert into roadside_devices (lane_id, name, credential_hash) values ($1, $2, $3)
       returning id`,
      [request.laneId, request.name, hashDeviceSecret(secret)],
    );
    const created = await deviceById(tx, Number(row.id));
    await audit(tx, context, 'roadside_device.registered', created, null, created);
    return created;
  });
  forgetDevice(device.name);
  return issued(device, secret);
}

/** A new secret for the device; the old one is refused from now on. */
export async function rotateCredential(
  database: Database,
  context: AdminContext,
  deviceId: number,
): Promise<IssuedCredential> {
  const secret = newSecret();
  const device = await database.transaction(async (tx) => {
    const before = await deviceById(tx, deviceId, true);
    await queryRows(
      tx,
      `update roadside_devices set credential_hash = $1, credential_rotated_at = now()
       where id = $2`,
      [hashDeviceSecret(secret), deviceId],
    );
    const after = await deviceById(tx, deviceId);
    // The audit keeps when the credential changed, never the secret or its hash.
    await audit(tx, context, 'roadside_device.credential_rotated', after, before, after);
    return after;
  });
  forgetDevice(device.name);
  return issued(device, secret);
}

export async function changeDeviceStatus(
  database: Database,
  context: AdminContext,
  deviceId: number,
  status: DeviceStatus,
): Promise<DeviceView> {
  const device = await database.transaction(async (tx) => {
    const before = await deviceById(tx, deviceId, true);
    await queryRows(tx, 'update roadside_devices set status = $1 where id = $2', [
      status,
      deviceId,
    ]);
    const after = await deviceById(tx, deviceId);
    const action =
      status === 'disabled' ? 'roadside_device.disabled' : 'roadside_device.status_changed';
    await audit(tx, context, action, after, before, after);
    return after;
  });
  forgetDevice(device.name);
  return device;
}

async function deviceById(tx: BeausDb, deviceId: number, lock = false): Promise<DeviceView> {
  const [row] = await queryRows<DeviceRow>(
    tx,
    `${select} where d.id = $1${lock ? ' for update of d' : ''}`,
    [deviceId],
  );
  if (!row) throw notFound(`No roadside device ${deviceId}.`);
  return toView(row);
}

async function audit(
  tx: BeausDb,
  context: AdminContext,
  action: string,
  device: DeviceView,
  before: DeviceView | null,
  after: DeviceView,
) {
  await recordAudit(tx, {
    actor: await adminActor(tx, context.principal),
    action,
    entityType: 'roadside_device',
    entityId: device.id,
    before,
    after,
    requestId: context.requestId,
  });
}

// 32 random bytes: see ingest/device-credentials.ts for why a fast hash is enough for these.
const newSecret = () => randomBytes(32).toString('base64url');

function issued(device: DeviceView, secret: string): IssuedCredential {
  const basic = Buffer.from(`${device.name}:${secret}`, 'utf8').toString('base64');
  return { device, secret, authorization: `Basic ${basic}` };
}

function toView(row: DeviceRow): DeviceView {
  return {
    id: String(row.id),
    name: row.name,
    laneId: String(row.lane_id),
    laneCode: row.lane_code,
    plazaId: String(row.plaza_id),
    plazaCode: row.plaza_code,
    status: row.status,
    lastSeenAt: row.last_seen_at ? new Date(row.last_seen_at).toISOString() : null,
    credentialRotatedAt: new Date(row.credential_rotated_at).toISOString(),
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** The lanes of a plaza, for choosing where a new device goes. */
export async function listLanes(database: Database, plazaId: number) {
  const rows = await database.query<{ id: unknown; code: string; type: string }>(
    'select id, code, type from lanes where plaza_id = $1 order by code',
    [plazaId],
  );
  return rows.map((row) => ({ id: String(row.id), code: row.code, type: row.type }));
}
