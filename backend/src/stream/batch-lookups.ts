/**
 * Everything matching and rating need for one batch, looked up in bulk: one query per kind of
 * data for the whole batch, never one per trip. The result is plain data for the pure planner.
 */
import type { BeausDb } from '../adapters/database/database.ts';
import type { AccountType } from '../adapters/database/schema/index.ts';
import { cents, normalisePlate } from '../domain/index.ts';
import type {
  ConfigVersion,
  DayType,
  PlateKey,
  RateEntry,
  RateScheduleVersion,
  RegisteredVehicle,
  TagRecord,
  TagStatus,
} from '../domain/index.ts';
import { configurationKeys } from '../seed/configuration-defaults.ts';
import { asJson, queryRows } from './sql-rows.ts';
import type { TripEvent } from './trip-event.ts';

export interface PlazaInfo {
  readonly id: number;
  readonly code: string;
  readonly timeZone: string;
  /** Lane code → lane id. */
  readonly lanes: ReadonlyMap<string, number>;
}

export interface TagInfo extends TagRecord {
  readonly accountType: AccountType;
}

export interface VehicleInfo extends RegisteredVehicle {
  readonly accountType: AccountType;
}

export interface BatchLookups {
  /** By plaza code (the event's `plazaId`). */
  readonly plazas: ReadonlyMap<string, PlazaInfo>;
  /** Device name → id. */
  readonly devices: ReadonlyMap<string, number>;
  /** By tag number. */
  readonly tags: ReadonlyMap<string, TagInfo>;
  /** By normalised plate key, every vehicle row ever registered under it (matching checks dates). */
  readonly vehicles: ReadonlyMap<PlateKey, readonly VehicleInfo[]>;
  /** Published versions of the batch's plazas; `id` is the rate_schedules id as text. */
  readonly schedules: readonly RateScheduleVersion[];
  /** rate_schedules id → its version number (shown in the rate explanation). */
  readonly scheduleVersions: ReadonlyMap<string, number>;
}

/** The configuration keys the processor reads. */
export const processorRuleKeys = [
  configurationKeys.duplicateWindowSeconds,
  configurationKeys.ocrConfidenceThreshold,
  configurationKeys.tripMaxAgeDays,
  configurationKeys.lowBalanceCents,
  configurationKeys.holidays,
] as const;

export async function loadConfiguration(db: BeausDb): Promise<ConfigVersion[]> {
  const rows = await queryRows<{ key: string; value: unknown; effective_from: Date; id: unknown }>(
    db,
    `select key, value, effective_from, id from configuration
     where key in (select jsonb_array_elements_text($1::jsonb))`,
    [asJson(processorRuleKeys)],
  );
  return rows.map((row) => ({
    key: row.key,
    value: row.value,
    effectiveFrom: new Date(row.effective_from),
    revision: Number(row.id),
  }));
}

export async function loadBatchLookups(
  db: BeausDb,
  reads: readonly TripEvent[],
): Promise<BatchLookups> {
  const plazaCodes = unique(reads.map((r) => r.plazaId));
  const deviceNames = unique(reads.map((r) => r.deviceId));
  const tagNos = unique(reads.flatMap((r) => (r.tagId === undefined ? [] : [r.tagId])));
  const plates = uniquePlates(reads);
  const [plazas, devices, tags, vehicles] = await Promise.all([
    loadPlazas(db, plazaCodes),
    loadDevices(db, deviceNames),
    loadTags(db, tagNos),
    loadVehicles(db, plates),
  ]);
  const { schedules, scheduleVersions } = await loadSchedules(
    db,
    [...plazas.values()].map((p) => p.id),
  );
  return { plazas, devices, tags, vehicles, schedules, scheduleVersions };
}

async function loadPlazas(db: BeausDb, codes: string[]): Promise<Map<string, PlazaInfo>> {
  const rows = await queryRows<{
    id: unknown;
    code: string;
    time_zone: string;
    lane_id: unknown;
    lane_code: string | null;
  }>(
    db,
    `select p.id, p.code, p.time_zone, l.id as lane_id, l.code as lane_code
     from plazas p left join lanes l on l.plaza_id = p.id
     where p.code in (select jsonb_array_elements_text($1::jsonb))`,
    [asJson(codes)],
  );
  const plazas = new Map<
    string,
    { id: number; code: string; timeZone: string; lanes: Map<string, number> }
  >();
  for (const row of rows) {
    let plaza = plazas.get(row.code);
    if (plaza === undefined) {
      plaza = { id: Number(row.id), code: row.code, timeZone: row.time_zone, lanes: new Map() };
      plazas.set(row.code, plaza);
    }
    if (row.lane_code !== null) plaza.lanes.set(row.lane_code, Number(row.lane_id));
  }
  return plazas;
}

async function loadDevices(db: BeausDb, names: string[]): Promise<Map<string, number>> {
  const rows = await queryRows<{ id: unknown; name: string }>(
    db,
    `select id, name from roadside_devices
     where name in (select jsonb_array_elements_text($1::jsonb))`,
    [asJson(names)],
  );
  return new Map(rows.map((row) => [row.name, Number(row.id)]));
}

async function loadTags(db: BeausDb, tagNos: string[]): Promise<Map<string, TagInfo>> {
  if (tagNos.length === 0) return new Map();
  const rows = await queryRows<{
    tag_no: string;
    account_id: unknown;
    status: TagStatus;
    type: AccountType;
  }>(
    db,
    `select t.tag_no, t.account_id, t.status, a.type
     from tags t join accounts a on a.id = t.account_id
     where t.tag_no in (select jsonb_array_elements_text($1::jsonb))`,
    [asJson(tagNos)],
  );
  return new Map(
    rows.map((row) => [
      row.tag_no,
      {
        tagId: row.tag_no,
        accountId: String(row.account_id),
        status: row.status,
        accountType: row.type,
      },
    ]),
  );
}

async function loadVehicles(
  db: BeausDb,
  plates: { j: string; p: string }[],
): Promise<Map<PlateKey, VehicleInfo[]>> {
  const vehicles = new Map<PlateKey, VehicleInfo[]>();
  if (plates.length === 0) return vehicles;
  const rows = await queryRows<{
    account_id: unknown;
    plate: string;
    jurisdiction: string;
    start_date: string;
    end_date: string | null;
    type: AccountType;
  }>(
    db,
    `select v.account_id, v.plate, v.jurisdiction, v.start_date::text as start_date,
            v.end_date::text as end_date, a.type
     from jsonb_to_recordset($1::jsonb) as r(j text, p text)
     join vehicles v on v.plate = r.p and v.jurisdiction = r.j
     join accounts a on a.id = v.account_id`,
    [asJson(plates)],
  );
  for (const row of rows) {
    const key = `${row.jurisdiction}:${row.plate}` as PlateKey;
    const vehicle: VehicleInfo = {
      accountId: String(row.account_id),
      plateKey: key,
      activeFrom: new Date(`${row.start_date}T00:00:00Z`),
      // The end date is the last day the vehicle is on the account; matching wants the instant after.
      ...(row.end_date === null
        ? {}
        : { activeUntil: new Date(Date.parse(`${row.end_date}T00:00:00Z`) + 86_400_000) }),
      accountType: row.type,
    };
    const list = vehicles.get(key) ?? [];
    list.push(vehicle);
    vehicles.set(key, list);
  }
  return vehicles;
}

async function loadSchedules(db: BeausDb, plazaIds: number[]) {
  const rows = await queryRows<{
    id: unknown;
    plaza_id: unknown;
    version: number;
    effective_from: Date;
    vehicle_class: number;
    day_type: DayType;
    start_minute: number;
    end_minute: number;
    tag_rate_cents: unknown;
    plate_rate_cents: unknown;
  }>(
    db,
    `select s.id, s.plaza_id, s.version, s.effective_from, e.vehicle_class, e.day_type,
            e.start_minute, e.end_minute, e.tag_rate_cents, e.plate_rate_cents
     from rate_schedules s join rate_schedule_entries e on e.schedule_id = s.id
     where s.status = 'published'
       and s.plaza_id in (select jsonb_array_elements_text($1::jsonb)::bigint)`,
    [asJson(plazaIds)],
  );
  const byId = new Map<string, RateScheduleVersion & { entries: RateEntry[] }>();
  const scheduleVersions = new Map<string, number>();
  for (const row of rows) {
    const id = String(row.id);
    let schedule = byId.get(id);
    if (schedule === undefined) {
      schedule = {
        id,
        plazaId: String(row.plaza_id),
        effectiveFrom: new Date(row.effective_from),
        status: 'published',
        entries: [],
      };
      byId.set(id, schedule);
      scheduleVersions.set(id, Number(row.version));
    }
    schedule.entries.push({
      vehicleClass: Number(row.vehicle_class),
      dayType: row.day_type,
      startMinute: Number(row.start_minute),
      endMinute: Number(row.end_minute),
      tagRateCents: cents(Number(row.tag_rate_cents)),
      plateRateCents: cents(Number(row.plate_rate_cents)),
    });
  }
  return { schedules: [...byId.values()], scheduleVersions };
}

function uniquePlates(reads: readonly TripEvent[]): { j: string; p: string }[] {
  const plates = new Map<string, { j: string; p: string }>();
  for (const read of reads) {
    if (read.plate === undefined) continue;
    const normalised = normalisePlate(read.plate.jurisdiction, read.plate.text);
    if (normalised.ok) {
      plates.set(normalised.plate.key, {
        j: normalised.plate.jurisdiction,
        p: normalised.plate.number,
      });
    }
  }
  return [...plates.values()];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
