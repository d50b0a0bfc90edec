import type { Database } from '../../../adapters/database/database.ts';
import type { ReportFilter } from './revenue-report.ts';

export interface SlaBreachRow {
  caseId: string;
  kind: string;
  status: string;
  owner: string | null;
  openedAt: string;
  slaDueAt: string;
  closedAt: string | null;
  /** Whole days past the deadline: until closing, or until `asOf` while still open. */
  daysLate: number;
}

/**
 * Cases whose deadline fell in the filter's days (UTC) and that missed it: closed after it, or
 * still open after it as of `asOf`. Oldest deadline first. (The plaza filter does not apply.)
 */
export async function slaBreaches(
  database: Database,
  filter: ReportFilter,
  asOf: Date,
): Promise<SlaBreachRow[]> {
  const rows = await database.query<Record<string, string | Date | null>>(
    `select c.id::text as id, c.kind, c.status, u.username as owner, c.created_at, c.sla_due_at,
            c.closed_at,
            floor(extract(epoch from (coalesce(c.closed_at, $3::timestamptz) - c.sla_due_at))
                  / 86400)::int as days_late
     from cases c left join users u on u.id = c.owner_id
     where c.sla_due_at >= $1::date and c.sla_due_at < $2::date + 1
       and coalesce(c.closed_at, $3::timestamptz) > c.sla_due_at
     order by c.sla_due_at, c.id`,
    [filter.from, filter.to, asOf.toISOString()],
  );
  const iso = (value: string | Date | null) => (value ? new Date(value).toISOString() : null);
  return rows.map((row) => ({
    caseId: String(row.id),
    kind: String(row.kind),
    status: String(row.status),
    owner: row.owner === null ? null : String(row.owner),
    openedAt: iso(row.created_at) as string,
    slaDueAt: iso(row.sla_due_at) as string,
    closedAt: iso(row.closed_at),
    daysLate: Number(row.days_late),
  }));
}
