import type { Database } from '../adapters/database/database.ts';
import type { Mailer } from '../adapters/email/mailer.ts';
import { configurationKeys } from '../seed/configuration-defaults.ts';
import { escalationLadderAt } from './billing-configuration.ts';
import { customerLanguageOf } from './customer-language.ts';
import { escalationNoticeEmail, invoiceIssuedEmail, type NoticeInvoice } from './notice-emails.ts';

const dayMs = 86_400_000;

interface Addressee {
  email: string;
  language: ReturnType<typeof customerLanguageOf>;
  invoice: NoticeInvoice;
  issuedAt: Date;
}

/**
 * The invoice and where to send a notice about it: the primary contact of the account the
 * invoice is on, in that account's language. Null for a plate with no account on file (its bill
 * goes by post to the registered owner, which is outside this system).
 */
async function addresseeOf(database: Database, invoiceId: number): Promise<Addressee | null> {
  const [row] = await database.query<{
    email: string | null;
    language: string;
    invoice_no: string;
    plate: string;
    jurisdiction: string;
    due_at: string;
    issued_at: Date | string;
    due_cents: string;
  }>(
    `select c.email, a.preferred_language as language, i.invoice_no, i.plate, i.jurisdiction,
            i.due_at::text, i.issued_at,
            (select coalesce(sum(amount_cents), 0) from invoice_lines
             where invoice_id = i.id and waived_at is null)::text as due_cents
     from invoices i join accounts a on a.id = i.account_id
     left join contacts c on c.account_id = a.id and c.is_primary
     where i.id = $1`,
    [invoiceId],
  );
  if (!row?.email) return null;
  return {
    email: row.email,
    language: customerLanguageOf(row.language),
    issuedAt: new Date(row.issued_at),
    invoice: {
      invoiceNo: row.invoice_no,
      plate: row.plate,
      jurisdiction: row.jurisdiction,
      amountDueCents: Number(row.due_cents),
      dueAt: row.due_at,
    },
  };
}

/** E-mails a new invoice, with "pay by DATE to avoid FEE" from the ladder in force. */
export async function sendInvoiceIssued(
  database: Database,
  mailer: Mailer,
  invoiceId: number,
  now: Date,
): Promise<void> {
  const to = await addresseeOf(database, invoiceId);
  if (!to) return;
  const ladder = await escalationLadderAt(database, now);
  const next = ladder.stages.find((stage) => stage.afterDays > 0 && stage.feeCents > 0);
  const nextFee = next
    ? {
        payBy: new Date(to.issuedAt.getTime() + (next.afterDays - 1) * dayMs)
          .toISOString()
          .slice(0, 10),
        feeCents: next.feeCents,
      }
    : null;
  await mailer.send(invoiceIssuedEmail(to.email, to.invoice, nextFee, to.language));
}

/** E-mails that an unpaid invoice moved up the ladder, with the fee it added and its rule. */
export async function sendEscalationNotice(
  database: Database,
  mailer: Mailer,
  invoiceId: number,
  step: { stage: string; feeCents: number },
): Promise<void> {
  const to = await addresseeOf(database, invoiceId);
  if (!to) return;
  await mailer.send(
    escalationNoticeEmail(
      to.email,
      to.invoice,
      { ...step, ruleRef: configurationKeys.escalationLadder },
      to.language,
    ),
  );
}
