/**
 * Reading the audit log for admins: filters by actor, entity, action and time, paged newest
 * first, and the same rows as CSV for export.
 */
import type { Database } from '../../../adapters/database/database.ts';

export interface AuditFilter {
  actor?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

interface Row {
  id: unknown;
  at: Date;
  actor_username: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  request_id: string | null;
  total: unknown;
}

const where = `where ($1::text is null or actor_username = $1)
  and ($2::text is null or entity_type = $2) and ($3::text is null or entity_id = $3)
  and ($4::text is null or action = $4)
  and ($5::timestamptz is null or at >= $5) and ($6::timestamptz is null or at < $6)`;

const params = (filter: AuditFilter) => [
  filter.actor || null,
  filter.entityType || null,
  filter.entityId || null,
  filter.action || null,
  filter.from ?? null,
  filter.to ?? null,
];

/** One page of entries matching the filter, newest first. */
export async function searchAudit(
  database: Database,
  filter: AuditFilter,
  page: { page: number; pageSize: number },
): Promise<{ items: AuditEntry[]; total: number }> {
  const rows = await database.query<Row>(
    `select *, count(*) over () as total from audit_log ${where}
     order by at desc, id desc limit $7 offset $8`,
    [...params(filter), page.pageSize, (page.page - 1) * page.pageSize],
  );
  return { items: rows.map(toEntry), total: rows.length > 0 ? Number(rows[0].total) : 0 };
}

/** Most rows one export holds; narrow the filter for more. */
export const exportLimit = 10_000;

/** The matching entries as CSV (RFC 4180), newest first, before/after as JSON text. */
export async function exportAuditCsv(database: Database, filter: AuditFilter): Promise<string> {
  const rows = await database.query<Row>(
    `select *, 0 as total from audit_log ${where} order by at desc, id desc limit ${exportLimit}`,
    params(filter),
  );
  const header = [
    'at',
    'actor',
    'action',
    'entity_type',
    'entity_id',
    'before',
    'after',
    'request_id',
  ];
  const lines = rows
    .map(toEntry)
    .map((e) =>
      [
        e.at,
        e.actor,
        e.action,
        e.entityType,
        e.entityId,
        e.before === null ? '' : JSON.stringify(e.before),
        e.after === null ? '' : JSON.stringify(e.after),
        e.requestId ?? '',
      ]
        .map(csvField)
        .join(','),
    );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

/**
 * Quotes a field when it needs it, and defuses text a spreadsheet would run as a formula
 * (a leading =, +, - or @): an audit value is whatever someone typed.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function toEntry(row: Row): AuditEntry {
  return {
    id: String(row.id),
    at: new Date(row.at).toISOString(),
    actor: row.actor_username,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before,
    after: row.after,
    requestId: row.request_id,
  };
}
