import type { Database } from '../../../adapters/database/database.ts';
import type { ReportFilter } from './revenue-report.ts';

export interface AgentProductivityRow {
  username: string;
  /** Every audited action the person took (changes, verifications, reveals, reviews). */
  actions: number;
  notes: number;
  adjustments: number;
  reviews: number;
  /** Reviews where the person corrected the plate the camera read. */
  corrections: number;
  casesClosed: number;
}

/**
 * What each agent and supervisor did in the filter's days (UTC), from the audit log (every
 * action is audited, BRIEF §1) and the cases they own. Served by the audit log's actor index.
 */
export async function agentProductivity(
  database: Database,
  filter: ReportFilter,
): Promise<AgentProductivityRow[]> {
  const rows = await database.query<Record<string, string>>(
    `with staff as (
       select id, username from users where roles && array['agent', 'supervisor']::text[]
     ), acted as (
       select a.actor_id, count(*) as actions,
              count(*) filter (where a.action = 'note.added') as notes,
              count(*) filter (where a.action in ('adjustment.requested', 'adjustment.applied',
                                                  'adjustment.approved', 'adjustment.rejected'))
                as adjustments,
              count(*) filter (where a.action like 'trip.review\\_%') as reviews,
              count(*) filter (where a.action = 'trip.review_corrected') as corrections
       from audit_log a
       where a.actor_id in (select id from staff)
         and a.at >= $1::date and a.at < $2::date + 1
       group by a.actor_id
     ), closed as (
       select owner_id, count(*) as cases_closed from cases
       where closed_at >= $1::date and closed_at < $2::date + 1 group by owner_id
     )
     select s.username, coalesce(a.actions, 0)::text as actions, coalesce(a.notes, 0)::text as notes,
            coalesce(a.adjustments, 0)::text as adjustments,
            coalesce(a.reviews, 0)::text as reviews,
            coalesce(a.corrections, 0)::text as corrections,
            coalesce(c.cases_closed, 0)::text as cases_closed
     from staff s left join acted a on a.actor_id = s.id left join closed c on c.owner_id = s.id
     order by s.username`,
    [filter.from, filter.to],
  );
  return rows.map((row) => ({
    username: row.username,
    actions: Number(row.actions),
    notes: Number(row.notes),
    adjustments: Number(row.adjustments),
    reviews: Number(row.reviews),
    corrections: Number(row.corrections),
    casesClosed: Number(row.cases_closed),
  }));
}
