import type { Database } from '../../../adapters/database/database.ts';

export const agingBuckets = ['0-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof agingBuckets)[number];

export interface AgingRow {
  bucket: AgingBucket;
  stage: string;
  invoices: number;
  amountCents: number;
}

/**
 * Receivables aging: open toll-by-plate invoices by days since issue (0–30, 31–60, 61–90, 90+)
 * and escalation stage, with what they still ask for (trips, fees and penalties on them).
 * Served by the partial index on open invoices.
 */
export async function receivablesAging(database: Database, asOf: Date): Promise<AgingRow[]> {
  const rows = await database.query<Record<string, string>>(
    `with open_invoices as (
       select i.id, i.stage, extract(day from ($1::timestamptz - i.issued_at))::int as age
       from invoices i where i.status = 'open'
     )
     select case when age <= 30 then '0-30' when age <= 60 then '31-60'
                 when age <= 90 then '61-90' else '90+' end as bucket,
            o.stage, count(distinct o.id)::text as invoices,
            coalesce(sum(l.amount_cents), 0)::text as amount_cents
     from open_invoices o left join invoice_lines l on l.invoice_id = o.id and l.waived_at is null
     group by 1, 2`,
    [asOf.toISOString()],
  );
  const stageOrder = ['invoice', 'second_notice', 'violation', 'collections'];
  return rows
    .map((row) => ({
      bucket: row.bucket as AgingBucket,
      stage: row.stage,
      invoices: Number(row.invoices),
      amountCents: Number(row.amount_cents),
    }))
    .sort(
      (a, b) =>
        agingBuckets.indexOf(a.bucket) - agingBuckets.indexOf(b.bucket) ||
        stageOrder.indexOf(a.stage) - stageOrder.indexOf(b.stage),
    );
}
