import type { Database } from '../adapters/database/database.ts';

/** What the simulator drives through: lanes with their device, and vehicles the database knows. */
export interface SimLane {
  deviceName: string;
  plazaCode: string;
  laneCode: string;
  /** 'N' | 'S' | 'E' | 'W' as trip.v1 spells it. */
  direction: 'N' | 'S' | 'E' | 'W';
}

export interface KnownVehicle {
  jurisdiction: string;
  plate: string;
  vehicleClass: number;
  /** The vehicle's tag, when it has one. */
  tagNo: string | null;
}

export interface RoadCatalog {
  lanes: SimLane[];
  vehicles: KnownVehicle[];
  /** The newest vehicle id when the catalog was read: vehicles above it registered later. */
  lastVehicleId: number;
}

/** Vehicles registered since the simulator's last look, and the id to look after next time. */
export interface NewVehicles {
  vehicles: KnownVehicle[];
  lastVehicleId: number;
}

const directionOf: Record<string, SimLane['direction']> = { NB: 'N', SB: 'S', EB: 'E', WB: 'W' };

/**
 * Reads the active devices and a sample of registered vehicles (with their tags) once; vehicles
 * registered later come through `loadVehiclesRegisteredAfter`.
 */
export async function loadRoadCatalog(
  database: Database,
  vehicleSample = 5000,
): Promise<RoadCatalog> {
  const lanes = await database.query<{
    device: string;
    plaza: string;
    lane: string;
    direction: string;
  }>(
    `select d.name as device, p.code as plaza, l.code as lane, p.direction
       from roadside_devices d join lanes l on l.id = d.lane_id join plazas p on p.id = l.plaza_id
      where d.status = 'active' order by d.name`,
  );
  const vehicles = await database.query<VehicleRow>(
    `select v.jurisdiction, v.plate, v.vehicle_class, t.tag_no
       from vehicles v left join tags t on t.vehicle_id = v.id and t.status = 'valid'
      where v.end_date is null order by v.id limit $1`,
    [vehicleSample],
  );
  if (lanes.length === 0) throw new Error('No active roadside devices: seed the demo data first');
  const [newest] = await database.query<{ id: string }>(
    'select coalesce(max(id), 0)::text as id from vehicles',
  );
  return {
    lastVehicleId: Number(newest.id),
    lanes: lanes.map((row) => ({
      deviceName: row.device,
      plazaCode: row.plaza,
      laneCode: row.lane,
      direction: directionOf[row.direction] ?? 'N',
    })),
    vehicles: vehicles.map(knownVehicle),
  };
}

interface VehicleRow {
  jurisdiction: string;
  plate: string;
  vehicle_class: number;
  tag_no: string | null;
}

function knownVehicle(row: VehicleRow): KnownVehicle {
  return {
    jurisdiction: row.jurisdiction,
    plate: row.plate,
    vehicleClass: Number(row.vehicle_class),
    tagNo: row.tag_no,
  };
}

/**
 * Active vehicles registered after `afterId` (ids grow with each registration), at most `limit`
 * a look; the rest come on the next look. A vehicle's tag is read as it is now and never again.
 */
export async function loadVehiclesRegisteredAfter(
  database: Database,
  afterId: number,
  limit = 500,
): Promise<NewVehicles> {
  const rows = await database.query<VehicleRow & { id: string }>(
    `select distinct on (v.id) v.id::text as id, v.jurisdiction, v.plate, v.vehicle_class, t.tag_no
       from vehicles v left join tags t on t.vehicle_id = v.id and t.status = 'valid'
      where v.id > $1 and v.end_date is null order by v.id, t.id limit $2`,
    [afterId, limit],
  );
  return {
    vehicles: rows.map(knownVehicle),
    lastVehicleId: rows.length > 0 ? Number(rows[rows.length - 1].id) : afterId,
  };
}
