import type { Database } from '../../../adapters/database/database.ts';
import type { ReportFilter } from './revenue-report.ts';

/** Traffic of one local hour of the day and one vehicle class, over the filter's days. */
export interface TrafficProfileRow {
  /** Hour of the day in the plaza's time zone, 0–23. */
  hour: number;
  vehicleClass: number;
  trips: number;
  revenueCents: number;
  tagReads: number;
  plateReads: number;
  reviewReads: number;
}

/** Traffic of one plaza, local day, local hour and vehicle class: the export's rows. */
export interface TrafficRow extends TrafficProfileRow {
  day: string;
  plazaCode: string;
  plazaName: string;
}

/**
 * The rollup rows of the filter's local days (each plaza in its own time zone) and plaza. The
 * rollup holds UTC hours; every time zone the network uses is a whole number of hours from
 * UTC, so each UTC hour is exactly one local hour (a DST fall-back hour gets two).
 */
const inFilter = `
  from plaza_hour_class_stats s join plazas p on p.id = s.plaza_id
  where ($3::text is null or p.code = $3)
    and s.hour >= $1::date::timestamp at time zone p.time_zone
    and s.hour < ($2::date + 1)::timestamp at time zone p.time_zone`;

const sums = `sum(s.trips)::text as trips, sum(s.revenue_cents)::text as revenue_cents,
  sum(s.tag_reads)::text as tag_reads, sum(s.plate_reads)::text as plate_reads,
  sum(s.review_reads)::text as review_reads`;

type SumRow = Record<'hour' | 'vehicle_class', number> &
  Record<'trips' | 'revenue_cents' | 'tag_reads' | 'plate_reads' | 'review_reads', string>;

function profileOf(row: SumRow): TrafficProfileRow {
  return {
    hour: Number(row.hour),
    vehicleClass: Number(row.vehicle_class),
    trips: Number(row.trips),
    revenueCents: Number(row.revenue_cents),
    tagReads: Number(row.tag_reads),
    plateReads: Number(row.plate_reads),
    reviewReads: Number(row.review_reads),
  };
}

/**
 * Traffic by local hour of the day and vehicle class over the filter's days: the shape of a
 * day on the road, class by class. Read from the hourly rollup, never from trips; hours and
 * classes without traffic are left out.
 */
export async function trafficByHourAndClass(
  database: Database,
  filter: ReportFilter,
): Promise<TrafficProfileRow[]> {
  const rows = await database.query<SumRow>(
    `select extract(hour from s.hour at time zone p.time_zone)::int as hour,
            s.vehicle_class, ${sums}
     ${inFilter}
     group by 1, 2 order by 1, 2`,
    [filter.from, filter.to, filter.plaza ?? null],
  );
  return rows.map(profileOf);
}

/** One row per plaza, local day, local hour and vehicle class with traffic: the CSV export. */
export async function trafficByPlazaDayHourAndClass(
  database: Database,
  filter: ReportFilter,
): Promise<TrafficRow[]> {
  const rows = await database.query<SumRow & { day: string; code: string; name: string }>(
    `select (s.hour at time zone p.time_zone)::date::text as day,
            extract(hour from s.hour at time zone p.time_zone)::int as hour,
            p.code, p.name, s.vehicle_class, ${sums}
     ${inFilter}
     group by 1, 2, 3, 4, 5 order by 1, 2, 3, 5`,
    [filter.from, filter.to, filter.plaza ?? null],
  );
  return rows.map((row) => ({
    day: row.day.slice(0, 10),
    plazaCode: row.code,
    plazaName: row.name,
    ...profileOf(row),
  }));
}
