import type { Static } from 'typebox';
import type { Database } from '../../../adapters/database/database.ts';
import { readPage, type Page, type Row } from './account-tabs.ts';
import type { PageQuery } from './account.schemas.ts';
import type { AgentInvoice, AgentPayment } from './money.schemas.ts';

const iso = (value: unknown) =>
  (value instanceof Date ? value : new Date(String(value))).toISOString();
const text = (value: unknown) => (value === null || value === undefined ? null : String(value));

/**
 * Card payments and top-ups into the account, newest first, with what was refunded and what may
 * still be. Refunds awaiting approval hold their amount, so two agents cannot both promise it.
 */
export function listPayments(
  database: Database,
  accountId: number,
  query: PageQuery,
): Promise<Page<Static<typeof AgentPayment>>> {
  return readPage(
    database,
    {
      from: `payments p left join payment_methods m on m.id = p.payment_method_id
             left join lateral (
               select coalesce(sum(amount_cents) filter (where status = 'succeeded'), 0) as refunded,
                      coalesce(sum(amount_cents) filter (where status = 'awaiting_approval'), 0)
                        as awaiting,
                      coalesce(sum(amount_cents) filter (where status in
                        ('awaiting_approval', 'processing', 'succeeded')), 0) as held
               from refunds r where r.payment_id = p.id) r on true
             left join lateral (
               -- By the (kind, source) UNIQUE index; ledger entries have no payment index.
               select kind from ledger_entries l
               where l.kind in ('payment', 'top_up') and l.source_ref = 'payment:' || p.id
               limit 1) l on true
             where p.account_id = $1`,
      // A one-off card is named on the payment itself; older rows only through the card on file.
      select: `p.id::text as id, p.amount_cents::text as amount, p.status, p.invoice_id,
               coalesce(p.card_last4, m.last4) as last4, coalesce(p.card_brand, m.brand) as brand,
               p.created_at, r.refunded::text as refunded, r.awaiting::text as awaiting,
               r.held::text as held, l.kind as ledger_kind`,
      orderBy: 'p.created_at desc, p.id desc',
      params: [accountId],
    },
    query,
    (row) => {
      const amount = Number(row.amount);
      // Only a succeeded charge into the balance can be paid back from here.
      const refundable =
        row.status === 'succeeded' && row.invoice_id === null ? amount - Number(row.held) : 0;
      return {
        id: String(row.id),
        kind: kindOf(row),
        amountCents: amount,
        status: String(row.status),
        last4: text(row.last4),
        brand: text(row.brand),
        createdAt: iso(row.created_at),
        refundedCents: Number(row.refunded),
        refundableCents: Math.max(refundable, 0),
        awaitingApprovalCents: Number(row.awaiting),
      };
    },
  );
}

function kindOf(row: Row): Static<typeof AgentPayment>['kind'] {
  if (row.invoice_id !== null) return 'invoice';
  return row.ledger_kind === 'payment' ? 'payment' : 'top_up';
}

/**
 * The account's toll-by-plate invoices, newest first, each with what it asks for now (waived
 * fees left out), what was paid, and its fee and penalty lines with the rule that added them.
 */
export async function listInvoices(
  database: Database,
  accountId: number,
  query: PageQuery,
): Promise<Page<Static<typeof AgentInvoice>>> {
  const page = await readPage(
    database,
    {
      from: `invoices i
             left join lateral (
               select coalesce(sum(amount_cents) filter (where waived_at is null), 0) as total
               from invoice_lines where invoice_id = i.id) t on true
             left join lateral (
               select sum(amount_cents) as paid from payments
               where invoice_id = i.id and status = 'succeeded') p on true
             where i.account_id = $1`,
      select: `i.id::text as id, i.invoice_no, i.plate, i.jurisdiction, i.stage, i.status,
               i.issued_at, i.due_at::text as due_at, t.total::text as total,
               p.paid::text as paid`,
      orderBy: 'i.issued_at desc, i.id desc',
      params: [accountId],
    },
    query,
    (row) => {
      const total = Number(row.total);
      // Invoices settled before payments were recorded per charge count as paid in full.
      const paid = row.paid === null ? (row.status === 'paid' ? total : 0) : Number(row.paid);
      return {
        id: String(row.id),
        invoiceNo: String(row.invoice_no),
        plate: String(row.plate),
        jurisdiction: String(row.jurisdiction),
        stage: String(row.stage),
        status: String(row.status),
        issuedAt: iso(row.issued_at),
        dueAt: String(row.due_at),
        totalCents: total,
        paidCents: paid,
        openCents: row.status === 'open' ? Math.max(total - paid, 0) : 0,
        fees: [] as Static<typeof AgentInvoice>['fees'],
      };
    },
  );
  if (page.items.length === 0) return page;
  const fees = await database.query<Row>(
    `select l.id::text as id, l.invoice_id::text as invoice_id, l.kind, l.description,
            l.amount_cents::text as amount, l.rule_ref, l.created_at, l.waived_at, u.username
     from invoice_lines l left join users u on u.id = l.waived_by
     where l.invoice_id = any($1::bigint[]) and l.kind in ('fee', 'penalty')
     order by l.created_at, l.id`,
    [page.items.map((invoice) => invoice.id)],
  );
  const byInvoice = new Map(page.items.map((invoice) => [invoice.id, invoice]));
  for (const fee of fees) {
    byInvoice.get(String(fee.invoice_id))?.fees.push({
      id: String(fee.id),
      kind: fee.kind === 'penalty' ? 'penalty' : 'fee',
      description: String(fee.description),
      amountCents: Number(fee.amount),
      ruleRef: text(fee.rule_ref),
      addedAt: iso(fee.created_at),
      waivedAt: fee.waived_at === null ? null : iso(fee.waived_at),
      waivedBy: text(fee.username),
    });
  }
  return page;
}
