import type { Static } from 'typebox';
import type { Database } from '../../../adapters/database/database.ts';
import type {
  AuditEntry,
  LedgerLine,
  Note,
  PageQuery,
  Tag,
  Trip,
  Vehicle,
} from './account.schemas.ts';

/**
 * The account view's tabs, each a page read on the server: trips and ledger grow without
 * bound, so nothing here loads a whole list. Newest first, except vehicles and tags (by id).
 */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export type Row = Record<string, unknown>;

const iso = (value: unknown) =>
  (value instanceof Date ? value : new Date(String(value))).toISOString();
const text = (value: unknown) => (value === null || value === undefined ? null : String(value));

export async function readPage<T>(
  database: Database,
  spec: { from: string; select: string; orderBy: string; params: unknown[] },
  { page, pageSize }: PageQuery,
  present: (row: Row) => T,
): Promise<Page<T>> {
  const [{ total }] = await database.query<{ total: number }>(
    `select count(*)::int as total from ${spec.from}`,
    spec.params,
  );
  const n = spec.params.length;
  const rows = await database.query<Row>(
    `select ${spec.select} from ${spec.from} order by ${spec.orderBy}
     limit $${n + 1} offset $${n + 2}`,
    [...spec.params, pageSize, (page - 1) * pageSize],
  );
  return { items: rows.map(present), page, pageSize, total };
}

export function listVehicles(
  database: Database,
  accountId: number,
  query: PageQuery & { includeEnded: boolean },
): Promise<Page<Static<typeof Vehicle>>> {
  const active = query.includeEnded ? '' : ' and end_date is null';
  return readPage(
    database,
    {
      from: `vehicles where account_id = $1${active}`,
      select: `id::text, plate, jurisdiction, vehicle_class, make, model,
               start_date::text, end_date::text`,
      orderBy: 'end_date desc nulls first, id',
      params: [accountId],
    },
    query,
    (row) => ({
      id: String(row.id),
      plate: String(row.plate),
      jurisdiction: String(row.jurisdiction),
      vehicleClass: Number(row.vehicle_class),
      make: text(row.make),
      model: text(row.model),
      startDate: String(row.start_date),
      endDate: text(row.end_date),
    }),
  );
}

export function listTags(
  database: Database,
  accountId: number,
  query: PageQuery,
): Promise<Page<Static<typeof Tag>>> {
  return readPage(
    database,
    {
      from: `tags t left join vehicles v on v.id = t.vehicle_id where t.account_id = $1`,
      select: `t.id::text as id, t.tag_no, t.status, t.vehicle_id::text as vehicle_id, v.plate,
               t.issued_at`,
      orderBy: 't.id',
      params: [accountId],
    },
    query,
    (row) => ({
      id: String(row.id),
      tagNo: String(row.tag_no),
      status: String(row.status),
      vehicleId: text(row.vehicle_id),
      plate: text(row.plate),
      issuedAt: iso(row.issued_at),
    }),
  );
}

export function listTrips(
  database: Database,
  accountId: number,
  query: PageQuery,
): Promise<Page<Static<typeof Trip>>> {
  return readPage(
    database,
    {
      from: `trips t join plazas p on p.id = t.plaza_id join lanes l on l.id = t.lane_id
             where t.account_id = $1`,
      select: `t.id::text as id, t.occurred_at, p.code as plaza_code, p.name as plaza_name,
               p.time_zone, l.code as lane_code, t.direction, t.vehicle_class, t.read_type,
               t.tag_no, t.plate, t.jurisdiction, t.amount_cents::text as amount, t.status,
               t.rate_explanation, t.image_keys`,
      orderBy: 't.occurred_at desc, t.id desc',
      params: [accountId],
    },
    query,
    (row) => ({
      id: String(row.id),
      occurredAt: iso(row.occurred_at),
      plazaCode: String(row.plaza_code),
      plazaName: String(row.plaza_name),
      timeZone: String(row.time_zone),
      laneCode: String(row.lane_code),
      direction: String(row.direction),
      vehicleClass: Number(row.vehicle_class),
      readType: String(row.read_type),
      tagNo: text(row.tag_no),
      plate: text(row.plate),
      jurisdiction: text(row.jurisdiction),
      amountCents: row.amount === null ? null : Number(row.amount),
      status: String(row.status),
      rateExplanation: (row.rate_explanation ?? null) as Static<typeof Trip>['rateExplanation'],
      imageKeys: (row.image_keys as string[] | null) ?? [],
    }),
  );
}

/** Ledger lines newest first, each with the balance right after it (a window over all lines). */
export function listLedger(
  database: Database,
  accountId: number,
  query: PageQuery,
): Promise<Page<Static<typeof LedgerLine>>> {
  return readPage(
    database,
    {
      from: `(select e.*, sum(e.amount_cents) over (order by e.created_at, e.id) as running
              from ledger_entries e where e.account_id = $1) l`,
      select: `l.id::text as id, l.created_at, l.kind, l.amount_cents::text as amount,
               l.running::text as running, l.description, l.source_ref`,
      orderBy: 'l.created_at desc, l.id desc',
      params: [accountId],
    },
    query,
    (row) => ({
      id: String(row.id),
      createdAt: iso(row.created_at),
      kind: String(row.kind),
      amountCents: Number(row.amount),
      runningBalanceCents: Number(row.running),
      description: text(row.description),
      sourceRef: String(row.source_ref),
    }),
  );
}

export function listNotes(
  database: Database,
  accountId: number,
  query: PageQuery,
): Promise<Page<Static<typeof Note>>> {
  return readPage(
    database,
    {
      from: `notes n join users u on u.id = n.author_id where n.account_id = $1`,
      select: `n.id::text as id, n.created_at, u.display_name, n.body`,
      orderBy: 'n.created_at desc, n.id desc',
      params: [accountId],
    },
    query,
    (row) => ({
      id: String(row.id),
      createdAt: iso(row.created_at),
      authorName: String(row.display_name),
      body: String(row.body),
    }),
  );
}

/**
 * Who saw or changed what on this account: entries about the account itself and about its
 * adjustments, vehicles, tags, payments, refunds, invoices and trips (each audited under its own
 * entity).
 */
export function listHistory(
  database: Database,
  accountId: number,
  query: PageQuery,
): Promise<Page<Static<typeof AuditEntry>>> {
  const owned = (type: string, table: string) =>
    `(entity_type = '${type}' and entity_id in (select id::text from ${table} where account_id = $2))`;
  return readPage(
    database,
    {
      from: `audit_log where (entity_type = 'account' and entity_id = $1)
             or ${owned('adjustment', 'adjustments')} or ${owned('vehicle', 'vehicles')}
             or ${owned('tag', 'tags')} or ${owned('payment', 'payments')}
             or ${owned('refund', 'refunds')} or ${owned('invoice', 'invoices')}
             or ${owned('trip', 'trips')} or ${owned('case', 'cases')}`,
      select: `id::text as id, at, actor_username, action, entity_type, entity_id, before, after`,
      orderBy: 'at desc, id desc',
      params: [String(accountId), accountId],
    },
    query,
    (row) => ({
      id: String(row.id),
      at: iso(row.at),
      actorUsername: String(row.actor_username),
      action: String(row.action),
      entityType: String(row.entity_type),
      entityId: String(row.entity_id),
      before: row.before ?? null,
      after: row.after ?? null,
    }),
  );
}
