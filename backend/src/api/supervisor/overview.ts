import type { Database } from '../../adapters/database/database.ts';

export interface Overview {
  asOf: string;
  timeZone: string;
  day: string;
  tripsToday: number;
  revenueTodayCents: number;
  readMix: { tag: number; plate: number; review: number };
  reviewBacklog: number;
  oldestReviewAt: string | null;
  pendingApprovals: number;
  openCases: number;
  casesPastSla: number;
  hourly: { hour: string; trips: number; revenueCents: number }[];
}

/**
 * The supervisor's first page. The day's figures add up the stream processor's per-minute rollup
 * (plaza_minute_stats, revenue as rated when posted); the backlog and approvals are counted live
 * from their partial indexes. "Today" is the local day of the network's main time zone.
 */
export async function loadOverview(database: Database, day?: string): Promise<Overview> {
  const [bounds] = await database.query<{ tz: string; day: string; from_at: Date; to_at: Date }>(
    `with zone as (
       select coalesce((select time_zone from plazas group by time_zone
                        order by count(*) desc, time_zone limit 1), 'UTC') as tz
     ), chosen as (
       select tz, coalesce($1::date, (now() at time zone tz)::date) as day from zone
     )
     select tz, day::text as day, day::timestamp at time zone tz as from_at,
            (day + 1)::timestamp at time zone tz as to_at
     from chosen`,
    [day ?? null],
  );
  // The stream processor's per-minute rollup: minutes to add up instead of the day's trips. Naming
  // every plaza lets the (plaza_id, minute) key serve a range on minute alone.
  const hourly = await database.query<Record<string, string | Date>>(
    `select date_trunc('hour', minute) as hour, sum(trips) as trips, sum(revenue_cents) as revenue,
            sum(tag_reads) as tag, sum(plate_reads) as plate, sum(review_reads) as review
     from plaza_minute_stats
     where plaza_id = any(array(select id from plazas)) and minute >= $1 and minute < $2
     group by 1 order by 1`,
    [bounds.from_at, bounds.to_at],
  );
  const total = (column: string) => hourly.reduce((sum, row) => sum + Number(row[column]), 0);
  const [backlog] = await database.query<{ count: string; oldest: Date | null }>(
    `select count(*) as count, min(occurred_at) as oldest from trips where status = 'review'`,
  );
  const [work] = await database.query<Record<string, string>>(
    `select (select count(*) from adjustments where status = 'pending') as approvals,
            count(*) as open_cases, count(*) filter (where sla_due_at < now()) as past_sla
     from cases where status in ('open', 'in_progress')`,
  );
  return {
    asOf: new Date().toISOString(),
    timeZone: bounds.tz,
    day: bounds.day,
    tripsToday: total('trips'),
    revenueTodayCents: total('revenue'),
    readMix: { tag: total('tag'), plate: total('plate'), review: total('review') },
    reviewBacklog: Number(backlog.count),
    oldestReviewAt: backlog.oldest ? new Date(backlog.oldest).toISOString() : null,
    pendingApprovals: Number(work.approvals),
    openCases: Number(work.open_cases),
    casesPastSla: Number(work.past_sla),
    hourly: hourly.map((row) => ({
      hour: new Date(row.hour as Date).toISOString(),
      trips: Number(row.trips),
      revenueCents: Number(row.revenue),
    })),
  };
}
