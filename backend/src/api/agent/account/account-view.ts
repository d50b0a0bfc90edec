import type { Static } from 'typebox';
import type { Cache } from '../../../adapters/cache/cache.ts';
import type { Database } from '../../../adapters/database/database.ts';
import type { Principal } from '../../../adapters/identity/principal.ts';
import { auditActor, recordAudit } from '../../../platform/audit.ts';
import { notFound } from '../../../platform/errors.ts';
import { configurationKeys } from '../../../seed/configuration-defaults.ts';
import { maskEmail, maskName, maskPhone } from '../masking.ts';
import type { AccountView, VerificationMethod } from './account.schemas.ts';
import { verifiedUntil } from './caller-verification.ts';
import { configurationNumberAt } from './configuration-value.ts';

type View = Static<typeof AccountView>;
type Alert = View['alerts'][number];

interface AccountRow {
  id: string;
  account_no: string;
  type: string;
  status: string;
  company_name: string | null;
  threshold: string | null;
  amount: string | null;
  has_pin: boolean;
  has_answer: boolean;
  security_question: string | null;
  balance: string;
  expired_cards: string;
  pending_adjustments: string;
  overdue_cases: string;
}

interface ContactRow {
  id: string;
  is_primary: boolean;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
}

export interface ViewRequest {
  principal: Principal;
  accountId: number;
  requestId: string;
  now?: Date;
}

/**
 * The account header an agent sees first. Contacts stay masked until this agent has verified
 * the caller; once verified, every response that shows them is audited as a reveal.
 */
export async function loadAccountView(
  deps: { database: Database; cache: Cache },
  { principal, accountId, requestId, now = new Date() }: ViewRequest,
): Promise<View> {
  const { database } = deps;
  // A card is good through the end of its expiry month.
  const monthIndex = now.getUTCFullYear() * 12 + now.getUTCMonth() + 1;
  const [account] = await database.query<AccountRow>(
    `select a.id::text as id, a.account_no, a.type, a.status, a.company_name,
            a.auto_top_up_threshold_cents::text as threshold,
            a.auto_top_up_amount_cents::text as amount,
            a.pin_hash is not null as has_pin, a.security_answer_hash is not null as has_answer,
            a.security_question,
            (select coalesce(sum(amount_cents), 0) from ledger_entries where account_id = a.id)::text
              as balance,
            (select count(*) from payment_methods
              where account_id = a.id and exp_year * 12 + exp_month < $2)::text as expired_cards,
            (select count(*) from adjustments
              where account_id = a.id and status = 'pending')::text as pending_adjustments,
            (select count(*) from cases where account_id = a.id
              and status in ('open', 'in_progress') and sla_due_at < $3)::text as overdue_cases
     from accounts a where a.id = $1`,
    [accountId, monthIndex, now.toISOString()],
  );
  if (!account) throw notFound(`No account ${accountId}.`);
  const tagStatuses = await database.query<{ status: string; count: number }>(
    `select status, count(*)::int as count from tags where account_id = $1
     group by status order by status`,
    [accountId],
  );
  const contactRows = await database.query<ContactRow>(
    `select id::text as id, is_primary, first_name, last_name, email, phone,
            nullif(concat_ws(', ', address_line1, address_line2, city,
              concat_ws(' ', region, postal_code), country), '') as address
     from contacts where account_id = $1 order by is_primary desc, id`,
    [accountId],
  );
  const lowBalanceThresholdCents = await configurationNumberAt(
    database,
    configurationKeys.lowBalanceCents,
    now,
  );
  const agentAdjustmentLimitCents = await configurationNumberAt(
    database,
    configurationKeys.agentAdjustmentLimitCents,
    now,
  );
  const until = await verifiedUntil(deps.cache, principal, accountId, now);
  const contacts = contactRows.map((row) => presentContact(row, until !== null));
  if (until && contacts.length > 0) {
    await database.transaction((tx) =>
      recordAudit(tx, {
        actor: auditActor(principal),
        action: 'personal_data.revealed',
        entityType: 'account',
        entityId: accountId,
        after: { contactIds: contacts.map((contact) => contact.id) },
        requestId,
      }),
    );
  }
  const balanceCents = Number(account.balance);
  const methods: VerificationMethod[] = [];
  if (account.has_pin) methods.push('pin');
  if (account.has_answer) methods.push('security_answer');
  return {
    id: account.id,
    accountNo: account.account_no,
    type: account.type,
    status: account.status,
    companyName: account.company_name,
    balanceCents,
    lowBalanceThresholdCents,
    agentAdjustmentLimitCents,
    autoTopUp:
      account.amount === null || account.threshold === null
        ? null
        : { thresholdCents: Number(account.threshold), amountCents: Number(account.amount) },
    tagStatuses,
    alerts: alertsFor(account, balanceCents, lowBalanceThresholdCents),
    verification: {
      verified: until !== null,
      verifiedUntil: until?.toISOString() ?? null,
      methods,
      securityQuestion: account.security_question,
    },
    personalDataMasked: until === null,
    contacts,
  };
}

function presentContact(row: ContactRow, verified: boolean): View['contacts'][number] {
  if (verified) {
    return {
      id: row.id,
      isPrimary: row.is_primary,
      name: `${row.first_name} ${row.last_name}`,
      email: row.email,
      phone: row.phone,
      address: row.address,
    };
  }
  return {
    id: row.id,
    isPrimary: row.is_primary,
    name: maskName(row.first_name, row.last_name),
    email: maskEmail(row.email),
    phone: maskPhone(row.phone),
    address: row.address === null ? null : '***',
  };
}

function alertsFor(account: AccountRow, balanceCents: number, thresholdCents: number): Alert[] {
  const alerts: Alert[] = [];
  // Toll-by-plate accounts have no prepaid balance to run low.
  if (account.type !== 'toll_by_plate') {
    if (balanceCents <= 0) {
      alerts.push({
        code: 'negative_balance',
        message: 'Balance at or below zero: tags are invalid.',
      });
    } else if (balanceCents < thresholdCents) {
      alerts.push({ code: 'low_balance', message: 'Balance below the low-balance threshold.' });
    }
  }
  const expired = Number(account.expired_cards);
  if (expired > 0) {
    alerts.push({ code: 'expired_card', message: 'A card on file has expired.', count: expired });
  }
  const pending = Number(account.pending_adjustments);
  if (pending > 0) {
    alerts.push({
      code: 'pending_adjustments',
      message: 'Adjustments await supervisor approval.',
      count: pending,
    });
  }
  const overdue = Number(account.overdue_cases);
  if (overdue > 0) {
    alerts.push({
      code: 'overdue_cases',
      message: 'Cases are past their SLA due date.',
      count: overdue,
    });
  }
  return alerts;
}
