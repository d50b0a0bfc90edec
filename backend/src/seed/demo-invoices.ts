import { configurationKeys, defaultConfiguration } from './configuration-defaults.ts';
import type { RowSink } from './row-sink.ts';

/**
 * Open toll-by-plate invoices with a fixed number and plate, so a person (or a Playwright
 * journey) can pay one as a guest without looking anything up. The rest of the demo data
 * depends on the seed date; these do not.
 */
export const demoGuestInvoices = [
  { invoiceNo: 'INVDEMO0001', plate: 'DEMO101', jurisdiction: 'NC' },
  { invoiceNo: 'INVDEMO0002', plate: 'DEMO102', jurisdiction: 'NC' },
  { invoiceNo: 'INVDEMO0003', plate: 'DEMO103', jurisdiction: 'NC' },
] as const;

const dayMs = 86_400_000;

/**
 * Two of the seeded, not yet billed plate-read tolls (so plazas, photos and rates are real) move
 * to the demo plate and onto its invoice with the admin fee; the trip count stays as asked.
 */
export async function seedDemoGuestInvoices(sink: RowSink, asOf: Date): Promise<void> {
  const adminFee = defaultConfiguration[configurationKeys.adminFeeCents] as number;
  const dueDays = defaultConfiguration[configurationKeys.invoiceDueDays] as number;
  const issuedAt = new Date(asOf.getTime() - 5 * dayMs);
  const dueAt = new Date(issuedAt.getTime() + dueDays * dayMs).toISOString().slice(0, 10);
  for (const [index, demo] of demoGuestInvoices.entries()) {
    await sink.execute(`
      with source as (
        select id from trips
        where status = 'unbilled' and read_type = 'plate' and account_id is null
          and amount_cents > 0
        order by id offset ${index * 2} limit 2
      ), moved as (
        update trips set plate = '${demo.plate}', jurisdiction = '${demo.jurisdiction}',
          status = 'invoiced'
        from source where trips.id = source.id
        returning trips.id, trips.amount_cents
      ), invoice as (
        insert into invoices
          (invoice_no, plate, jurisdiction, stage, status, issued_at, due_at, created_at)
        values ('${demo.invoiceNo}', '${demo.plate}', '${demo.jurisdiction}', 'invoice', 'open',
          '${issuedAt.toISOString()}', '${dueAt}', '${issuedAt.toISOString()}')
        returning id
      ), tolls as (
        insert into invoice_lines (invoice_id, kind, trip_id, amount_cents, description)
        select invoice.id, 'trip', moved.id, moved.amount_cents, 'Toll' from invoice, moved
      ), fee as (
        insert into invoice_lines (invoice_id, kind, amount_cents, rule_ref, description)
        select id, 'fee', ${adminFee}, '${configurationKeys.adminFeeCents}', 'Administrative fee'
        from invoice
      )
      insert into invoice_stage_history (invoice_id, from_stage, to_stage, fee_cents, reason, at)
      select id, null, 'invoice', 0, 'schedule', '${issuedAt.toISOString()}' from invoice`);
  }
}
