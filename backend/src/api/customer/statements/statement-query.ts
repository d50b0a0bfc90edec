import type { Database } from '../../../adapters/database/database.ts';
import type { CustomerLanguage } from '../../../adapters/database/schema/index.ts';
import {
  buildStatement,
  cents,
  statementPeriod,
  type Statement,
  type StatementMonth,
} from '../../../domain/index.ts';

/** A toll on the statement, with what a driver needs to recognise and check it. */
export interface StatementTrip {
  id: string;
  occurredAt: Date;
  plazaName: string;
  plazaCode: string;
  timeZone: string;
  plate: string | null;
  tagNo: string | null;
  /** Null while the read waits for image review. */
  amountCents: number | null;
  rate: { rate: string; band: string; dayType: string; vehicleClass: number } | null;
  status: string;
}

export interface AccountStatement extends Statement {
  accountNo: string;
  language: CustomerLanguage;
  holderName: string | null;
  trips: StatementTrip[];
}

/** Months (UTC, newest first) in which the account had a ledger entry or a trip. */
export async function statementMonths(database: Database, accountId: number): Promise<string[]> {
  const rows = await database.query<{ month: string }>(
    `select month from (
       select to_char(created_at at time zone 'UTC', 'YYYY-MM') as month
       from ledger_entries where account_id = $1
       union
       select to_char(occurred_at at time zone 'UTC', 'YYYY-MM') from trips where account_id = $1
     ) months order by month desc`,
    [accountId],
  );
  return rows.map((row) => row.month);
}

/**
 * The account's statement for a month. The id comes from the verified sign-in only, so a
 * customer cannot ask for another's statement.
 */
export async function loadStatement(
  database: Database,
  accountId: number,
  month: StatementMonth,
): Promise<AccountStatement | null> {
  const { from, to } = statementPeriod(month);
  const [account] = await database.query<{
    account_no: string;
    holder: string | null;
    language: CustomerLanguage;
    opening: string;
  }>(
    `select a.account_no, coalesce(a.company_name, c.full_name) as holder,
            a.preferred_language as language,
            (select coalesce(sum(amount_cents), 0) from ledger_entries
             where account_id = a.id and created_at < $2)::text as opening
     from accounts a left join contacts c on c.account_id = a.id and c.is_primary
     where a.id = $1`,
    [accountId, from.toISOString()],
  );
  if (!account) return null;
  const entries = await database.query<{
    created_at: Date | string;
    kind: string;
    description: string | null;
    amount_cents: string;
  }>(
    `select created_at, kind, description, amount_cents::text from ledger_entries
     where account_id = $1 and created_at >= $2 and created_at < $3 order by created_at, id`,
    [accountId, from.toISOString(), to.toISOString()],
  );
  const trips = await database.query<{
    id: string;
    occurred_at: Date | string;
    plaza_name: string;
    plaza_code: string;
    time_zone: string;
    plate: string | null;
    tag_no: string | null;
    amount_cents: string | null;
    rate_explanation: StatementTrip['rate'] | null;
    status: string;
  }>(
    `select t.id::text, t.occurred_at, p.name as plaza_name, p.code as plaza_code, p.time_zone,
            t.plate, t.tag_no, t.amount_cents::text, t.rate_explanation, t.status
     from trips t join plazas p on p.id = t.plaza_id
     where t.account_id = $1 and t.occurred_at >= $2 and t.occurred_at < $3
     order by t.occurred_at, t.id`,
    [accountId, from.toISOString(), to.toISOString()],
  );
  const statement = buildStatement(
    month,
    cents(Number(account.opening)),
    entries.map((entry) => ({
      at: new Date(entry.created_at),
      kind: entry.kind,
      description: entry.description ?? entry.kind,
      amountCents: cents(Number(entry.amount_cents)),
    })),
  );
  return {
    ...statement,
    accountNo: account.account_no,
    language: account.language,
    holderName: account.holder,
    trips: trips.map((trip) => ({
      id: trip.id,
      occurredAt: new Date(trip.occurred_at),
      plazaName: trip.plaza_name,
      plazaCode: trip.plaza_code,
      timeZone: trip.time_zone,
      plate: trip.plate,
      tagNo: trip.tag_no,
      amountCents: trip.amount_cents === null ? null : Number(trip.amount_cents),
      rate: trip.rate_explanation
        ? {
            rate: trip.rate_explanation.rate,
            band: trip.rate_explanation.band,
            dayType: trip.rate_explanation.dayType,
            vehicleClass: trip.rate_explanation.vehicleClass,
          }
        : null,
      status: trip.status,
    })),
  };
}
