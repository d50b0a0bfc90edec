import type { Direction } from '../adapters/database/schema/index.ts';
import { plazaTemplates } from './demo-catalog.ts';
import { rateEntriesFor, type PricedSchedule } from './rate-plan.ts';
import type { Row, RowSink } from './row-sink.ts';

const dayMs = 86_400_000;

export interface SeededLane {
  laneId: number;
  deviceId: number;
  deviceName: string;
}

export interface SeededPlaza {
  plazaId: number;
  code: string;
  timeZone: string;
  direction: Direction;
  lanes: readonly SeededLane[];
  /** Published schedules, newest first, for pricing historic trips. */
  schedules: readonly PricedSchedule[];
}

/**
 * Plazas with their lanes and one device per lane, and three rate schedule versions per plaza:
 * v1 a year ago, v2 (+10%) 45 days ago, so history straddles a change, and a v3 draft (+15%).
 */
export async function seedRoadNetwork(
  sink: RowSink,
  asOf: Date,
  deviceCredentialHash: string,
): Promise<SeededPlaza[]> {
  const plazaRows: Row[] = [];
  const laneRows: Row[] = [];
  const deviceRows: Row[] = [];
  const scheduleRows: Row[] = [];
  const entryRows: Row[] = [];
  const plazas: SeededPlaza[] = [];
  const versions = [
    { version: 1, daysAgo: 400, percent: 100, published: true },
    { version: 2, daysAgo: 45, percent: 110, published: true },
    { version: 3, daysAgo: -30, percent: 115, published: false },
  ];

  plazaTemplates.forEach((template, index) => {
    const plazaId = index + 1;
    const { lanes: laneTypes, baseTagRateCents, ...plaza } = template;
    const { code, name, roadway, latitude, longitude, timeZone, direction } = plaza;
    plazaRows.push({
      id: plazaId,
      code,
      name,
      roadway,
      latitude,
      longitude,
      time_zone: timeZone,
      direction,
    });
    const lanes = laneTypes.map((type, laneIndex): SeededLane => {
      const laneId = laneRows.length + 1;
      const laneCode = `L${laneIndex + 1}`;
      const deviceName = `${code}-${laneCode}`.toLowerCase();
      laneRows.push({ id: laneId, plaza_id: plazaId, code: laneCode, type });
      deviceRows.push({
        id: laneId,
        lane_id: laneId,
        name: deviceName,
        credential_hash: deviceCredentialHash,
        credential_rotated_at: new Date(asOf.getTime() - 60 * dayMs),
        status: 'active',
        last_seen_at: asOf,
      });
      return { laneId, deviceId: laneId, deviceName };
    });
    const schedules: PricedSchedule[] = [];
    for (const { version, daysAgo, percent, published } of versions) {
      const scheduleId = scheduleRows.length + 1;
      const effectiveFrom = startOfUtcDay(new Date(asOf.getTime() - daysAgo * dayMs));
      const entries = rateEntriesFor(baseTagRateCents, percent);
      scheduleRows.push({
        id: scheduleId,
        plaza_id: plazaId,
        version,
        effective_from: effectiveFrom,
        status: published ? 'published' : 'draft',
        published_at: published ? new Date(effectiveFrom.getTime() - 14 * dayMs) : null,
      });
      for (const entry of entries) {
        entryRows.push({
          id: entryRows.length + 1,
          schedule_id: scheduleId,
          vehicle_class: entry.vehicleClass,
          day_type: entry.dayType,
          start_minute: entry.startMinute,
          end_minute: entry.endMinute,
          tag_rate_cents: entry.tagRateCents,
          plate_rate_cents: entry.plateRateCents,
        });
      }
      if (published) schedules.unshift({ scheduleId, version, effectiveFrom, entries });
    }
    plazas.push({ plazaId, code, timeZone, direction, lanes, schedules });
  });

  await sink.write('plazas', plazaRows);
  await sink.write('lanes', laneRows);
  await sink.write('roadside_devices', deviceRows);
  await sink.write('rate_schedules', scheduleRows);
  await sink.write('rate_schedule_entries', entryRows);
  return plazas;
}

export function startOfUtcDay(at: Date): Date {
  return new Date(Math.floor(at.getTime() / dayMs) * dayMs);
}
