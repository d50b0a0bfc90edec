import type { Database } from '../../../adapters/database/database.ts';
import { isOverdue, type CaseStatus } from '../../../domain/cases.ts';
import type { PageQuery } from './account.schemas.ts';
import type { AgentCase } from './cases.schemas.ts';

interface CaseRow {
  id: string;
  kind: string;
  subject: string;
  status: CaseStatus;
  outcome: string | null;
  owner_username: string | null;
  owner_name: string | null;
  opened_by_name: string | null;
  sla_due_at: Date | string;
  trip_ids: string[] | null;
  invoice_no: string | null;
  created_at: Date | string;
  closed_at: Date | string | null;
}

interface CaseNoteRow {
  id: string;
  case_id: string;
  created_at: Date | string;
  display_name: string;
  body: string;
}

const iso = (value: Date | string) => new Date(value).toISOString();

/**
 * The account's cases, open ones first (soonest due first), then closed ones newest first;
 * each with its notes, so the agent works a case without another round trip.
 */
export async function listCases(
  database: Database,
  accountId: number,
  myUsername: string,
  { page, pageSize }: PageQuery,
  now = new Date(),
): Promise<{
  items: AgentCase[];
  page: number;
  pageSize: number;
  total: number;
  overdueCount: number;
}> {
  const [{ total, overdue }] = await database.query<{ total: number; overdue: number }>(
    `select count(*)::int as total,
            (count(*) filter (where status in ('open', 'in_progress') and sla_due_at < $2))::int
              as overdue
     from cases where account_id = $1`,
    [accountId, now.toISOString()],
  );
  const rows = await database.query<CaseRow>(
    `select c.id::text as id, c.kind, c.subject, c.status, c.outcome, o.username as owner_username,
            o.display_name as owner_name, b.display_name as opened_by_name, c.sla_due_at,
            c.trip_ids::text[] as trip_ids, i.invoice_no, c.created_at, c.closed_at
     from cases c
       left join users o on o.id = c.owner_id
       left join users b on b.id = c.opened_by
       left join invoices i on i.id = c.invoice_id
     where c.account_id = $1
     order by (c.status in ('open', 'in_progress')) desc,
              case when c.status in ('open', 'in_progress') then c.sla_due_at end asc,
              c.created_at desc, c.id desc
     limit $2 offset $3`,
    [accountId, pageSize, (page - 1) * pageSize],
  );
  const notes =
    rows.length === 0
      ? []
      : await database.query<CaseNoteRow>(
          `select n.id::text as id, n.case_id::text as case_id, n.created_at, u.display_name,
                  n.body
           from notes n join users u on u.id = n.author_id
           where n.account_id = $1 and n.case_id = any($2::bigint[])
           order by n.created_at desc, n.id desc`,
          [accountId, `{${rows.map((row) => row.id).join(',')}}`],
        );
  return {
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      subject: row.subject,
      status: row.status,
      outcome: row.outcome,
      ownerName: row.owner_name,
      ownedByMe: row.owner_username === myUsername,
      openedByName: row.opened_by_name,
      slaDueAt: iso(row.sla_due_at),
      overdue: isOverdue(row.status, new Date(row.sla_due_at), now),
      tripIds: row.trip_ids ?? [],
      invoiceNo: row.invoice_no,
      createdAt: iso(row.created_at),
      closedAt: row.closed_at === null ? null : iso(row.closed_at),
      notes: notes
        .filter((note) => note.case_id === row.id)
        .map((note) => ({
          id: note.id,
          createdAt: iso(note.created_at),
          authorName: note.display_name,
          body: note.body,
        })),
    })),
    page,
    pageSize,
    total,
    overdueCount: overdue,
  };
}
