import type { Database } from '../../../adapters/database/database.ts';

export interface ReportFilter {
  /** First local day, YYYY-MM-DD. */
  from: string;
  /** Last local day, inclusive. */
  to: string;
  /** One plaza by code, or every plaza. */
  plaza?: string;
}

export interface RevenueRow {
  day: string;
  plazaCode: string;
  plazaName: string;
  trips: number;
  revenueCents: number;
  tagReads: number;
  plateReads: number;
  reviewReads: number;
}

/**
 * Revenue by plaza and local day (the plaza's own time zone), added up from the stream
 * processor's per-minute rollup: a day of a plaza is at most 1,440 rollup rows, whatever the
 * traffic. Revenue is as rated when posted.
 */
export async function revenueByPlazaDay(
  database: Database,
  filter: ReportFilter,
): Promise<RevenueRow[]> {
  const rows = await database.query<Record<string, string>>(
    `select d.day::text as day, p.code, p.name,
            coalesce(sum(s.trips), 0)::text as trips,
            coalesce(sum(s.revenue_cents), 0)::text as revenue_cents,
            coalesce(sum(s.tag_reads), 0)::text as tag_reads,
            coalesce(sum(s.plate_reads), 0)::text as plate_reads,
            coalesce(sum(s.review_reads), 0)::text as review_reads
     from generate_series($1::date, $2::date, interval '1 day') as d(day)
     cross join plazas p
     left join plaza_minute_stats s on s.plaza_id = p.id
       and s.minute >= d.day::timestamp at time zone p.time_zone
       and s.minute < (d.day + interval '1 day')::timestamp at time zone p.time_zone
     where ($3::text is null or p.code = $3)
     group by d.day, p.code, p.name
     order by d.day, p.code`,
    [filter.from, filter.to, filter.plaza ?? null],
  );
  return rows.map((row) => ({
    day: row.day.slice(0, 10),
    plazaCode: row.code,
    plazaName: row.name,
    trips: Number(row.trips),
    revenueCents: Number(row.revenue_cents),
    tagReads: Number(row.tag_reads),
    plateReads: Number(row.plate_reads),
    reviewReads: Number(row.review_reads),
  }));
}
