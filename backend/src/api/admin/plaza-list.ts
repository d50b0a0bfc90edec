import type { Database } from '../../adapters/database/database.ts';

export const plazaSortKeys = [
  'code',
  'name',
  'roadway',
  'timeZone',
  'laneCount',
  'deviceCount',
] as const;
export type PlazaSortKey = (typeof plazaSortKeys)[number];

export interface PlazaSummary {
  id: string;
  code: string;
  name: string;
  roadway: string;
  latitude: number;
  longitude: number;
  timeZone: string;
  direction: string;
  laneCount: number;
  deviceCount: number;
  activeDeviceCount: number;
  lastSeenAt: string | null;
}

const orderColumns: Record<PlazaSortKey, string> = {
  code: 'p.code',
  name: 'p.name',
  roadway: 'p.roadway',
  timeZone: 'p.time_zone',
  laneCount: 'lane_count',
  deviceCount: 'device_count',
};

interface PlazaRow {
  id: string;
  code: string;
  name: string;
  roadway: string;
  latitude: number;
  longitude: number;
  time_zone: string;
  direction: string;
  lane_count: string;
  device_count: string;
  active_device_count: string;
  last_seen_at: Date | null;
  total: string;
}

/** Plazas with how many lanes and roadside devices each has, paged and sorted on the server. */
export async function listPlazas(
  database: Database,
  options: {
    page: number;
    pageSize: number;
    sort: PlazaSortKey;
    direction: 'asc' | 'desc';
    q?: string;
  },
): Promise<{ items: PlazaSummary[]; total: number }> {
  const direction = options.direction === 'desc' ? 'desc' : 'asc';
  const filter = options.q?.trim() ? `%${options.q.trim().replace(/[\\%_]/g, '\\$&')}%` : null;
  const rows = await database.query<PlazaRow>(
    `select p.id::text as id, p.code, p.name, p.roadway, p.latitude, p.longitude, p.time_zone,
            p.direction, count(distinct l.id) as lane_count, count(d.id) as device_count,
            count(d.id) filter (where d.status = 'active') as active_device_count,
            max(d.last_seen_at) as last_seen_at, count(*) over () as total
     from plazas p
     left join lanes l on l.plaza_id = p.id
     left join roadside_devices d on d.lane_id = l.id
     where $3::text is null or p.code ilike $3 or p.name ilike $3 or p.roadway ilike $3
     group by p.id
     order by ${orderColumns[options.sort]} ${direction}, p.code
     limit $1 offset $2`,
    [options.pageSize, (options.page - 1) * options.pageSize, filter],
  );
  return {
    total: rows.length > 0 ? Number(rows[0].total) : 0,
    items: rows.map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      roadway: row.roadway,
      latitude: Number(row.latitude),
      longitude: Number(row.longitude),
      timeZone: row.time_zone,
      direction: row.direction,
      laneCount: Number(row.lane_count),
      deviceCount: Number(row.device_count),
      activeDeviceCount: Number(row.active_device_count),
      lastSeenAt: row.last_seen_at ? new Date(row.last_seen_at).toISOString() : null,
    })),
  };
}
