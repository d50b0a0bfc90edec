/**
 * Reading rate schedule versions as the domain sees them (RateScheduleVersion), for the admin
 * screens, the calculator and the what-if. Drafts are included; rating filters them out.
 */
import type { BeausDb } from '../../../adapters/database/database.ts';
import { cents } from '../../../domain/index.ts';
import type { DayType, RateEntry, RateScheduleVersion } from '../../../domain/index.ts';
import { queryRows } from '../../../stream/sql-rows.ts';

export interface StoredVersion extends RateScheduleVersion {
  readonly version: number;
  readonly publishedAt: Date | null;
  readonly createdBy: string | null;
  readonly createdAt: Date;
}

interface VersionRow {
  id: unknown;
  plaza_id: unknown;
  version: number;
  status: 'draft' | 'published';
  effective_from: Date;
  published_at: Date | null;
  created_by: string | null;
  created_at: Date;
}

interface EntryRow {
  schedule_id: unknown;
  vehicle_class: number;
  day_type: DayType;
  start_minute: number;
  end_minute: number;
  tag_rate_cents: unknown;
  plate_rate_cents: unknown;
}

const versionColumns = `s.id, s.plaza_id, s.version, s.status, s.effective_from, s.published_at,
  u.username as created_by, s.created_at
  from rate_schedules s left join users u on u.id = s.created_by`;

/** Every version of the plazas (all plazas when `plazaIds` is null), with their entries. */
export async function loadVersions(
  db: BeausDb,
  where: { plazaId?: number; scheduleId?: number },
): Promise<StoredVersion[]> {
  const versions = await queryRows<VersionRow>(
    db,
    `select ${versionColumns}
     where ($1::bigint is null or s.plaza_id = $1) and ($2::bigint is null or s.id = $2)
     order by s.plaza_id, s.version desc`,
    [where.plazaId ?? null, where.scheduleId ?? null],
  );
  if (versions.length === 0) return [];
  const entries = await queryRows<EntryRow>(
    db,
    `select schedule_id, vehicle_class, day_type, start_minute, end_minute, tag_rate_cents,
            plate_rate_cents
     from rate_schedule_entries
     where schedule_id in (select jsonb_array_elements_text($1::jsonb)::bigint)
     order by vehicle_class, day_type, start_minute`,
    [JSON.stringify(versions.map((v) => String(v.id)))],
  );
  const bySchedule = new Map<string, RateEntry[]>();
  for (const row of entries) {
    const key = String(row.schedule_id);
    bySchedule.set(key, [...(bySchedule.get(key) ?? []), toEntry(row)]);
  }
  return versions.map((row) => ({
    id: String(row.id),
    plazaId: String(row.plaza_id),
    version: Number(row.version),
    status: row.status,
    effectiveFrom: new Date(row.effective_from),
    publishedAt: row.published_at ? new Date(row.published_at) : null,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at),
    entries: bySchedule.get(String(row.id)) ?? [],
  }));
}

function toEntry(row: EntryRow): RateEntry {
  return {
    vehicleClass: Number(row.vehicle_class),
    dayType: row.day_type,
    startMinute: Number(row.start_minute),
    endMinute: Number(row.end_minute),
    tagRateCents: cents(Number(row.tag_rate_cents)),
    plateRateCents: cents(Number(row.plate_rate_cents)),
  };
}

export interface PlazaZone {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly timeZone: string;
}

export async function plazaZone(db: BeausDb, plazaId: number): Promise<PlazaZone | undefined> {
  const [row] = await queryRows<{ id: unknown; code: string; name: string; time_zone: string }>(
    db,
    'select id, code, name, time_zone from plazas where id = $1',
    [plazaId],
  );
  return row && { id: Number(row.id), code: row.code, name: row.name, timeZone: row.time_zone };
}

/** A version as its audit entry keeps it: enough to see what changed, entries included. */
export function auditView(version: StoredVersion) {
  return {
    plazaId: version.plazaId,
    version: version.version,
    status: version.status,
    effectiveFrom: version.effectiveFrom.toISOString(),
    entries: version.entries,
  };
}
