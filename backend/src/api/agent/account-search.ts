import type { Database } from '../../adapters/database/database.ts';
import { maskEmail, maskName, maskPhone } from './masking.ts';

export const accountSortKeys = ['relevance', 'accountNo', 'name', 'type', 'status'] as const;
export type AccountSortKey = (typeof accountSortKeys)[number];

export interface AccountSearch {
  q: string;
  page: number;
  pageSize: number;
  sort: AccountSortKey;
  direction: 'asc' | 'desc';
}

export type MatchedOn = 'accountNo' | 'plate' | 'tag' | 'invoiceNo' | 'phone' | 'email' | 'name';

export interface AccountSummary {
  id: string;
  accountNo: string;
  type: string;
  status: string;
  name: string;
  email: string | null;
  phone: string | null;
  plates: string[];
  balanceCents: number;
  matchedOn: MatchedOn | null;
}

interface SummaryRow {
  id: string;
  account_no: string;
  type: string;
  status: string;
  company_name: string | null;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  phone: string | null;
  plates: string[];
  balance: string;
  matched: MatchedOn | null;
  total: string;
}

/** Candidates per kind of match; enough to rank, small enough to stay fast on a million accounts. */
const perBranchLimit = 200;
/** The unfiltered list reports at most this many accounts as its total. */
export const listCountCap = 10_000;

const orderColumns: Record<AccountSortKey, string> = {
  relevance: 'score',
  accountNo: 'a.account_no',
  name: 'c.last_name, c.first_name',
  type: 'a.type',
  status: 'a.status',
};

/**
 * The agent's one search box. The text is tried as each kind of identifier it could be (an
 * account or tag number, a plate however it was typed, an invoice number, a phone number, an
 * e-mail, a name); every branch is an indexed lookup, and an account found several ways keeps
 * its best score. Exact identifiers outrank partial matches; names rank by trigram similarity.
 */
export async function searchAccounts(
  database: Database,
  search: AccountSearch,
): Promise<{ items: AccountSummary[]; total: number; totalCapped: boolean }> {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const text = search.q.trim();
  const direction = search.direction === 'desc' ? 'desc' : 'asc';
  const sortDirection = search.sort === 'relevance' ? 'desc' : direction;
  const order = orderColumns[search.sort]
    .split(', ')
    .map((column) => `${column} ${sortDirection}`)
    .join(', ');
  const page = `limit ${param(search.pageSize)} offset ${param((search.page - 1) * search.pageSize)}`;

  if (!text) {
    // Counting a million accounts costs more than the page; nobody pages past the first thousands.
    const count = `(select count(*) from (select 1 from accounts limit ${listCountCap + 1}) x)`;
    const rows = await database.query<SummaryRow>(
      `${summarySelect('0 as score, null as matched', count)}
       from accounts a ${primaryContactJoin} order by ${order}, a.id ${page}`,
      params,
    );
    const result = toPage(rows);
    return {
      ...result,
      totalCapped: result.total > listCountCap,
      total: Math.min(result.total, listCountCap),
    };
  }

  const { scans, branches } = matchBranches(text, param);
  if (branches.length === 0) return { items: [], total: 0, totalCapped: false };
  const rows = await database.query<SummaryRow>(
    `with ${scans.map((scan) => `${scan}, `).join('')}hits as (${branches.join(' union all ')}),
     best as (
       select account_id, max(score) as score, (array_agg(matched order by score desc))[1] as matched
       from hits group by account_id
     )
     ${summarySelect('b.score, b.matched', 'count(*) over ()')}
     from best b join accounts a on a.id = b.account_id ${primaryContactJoin}
     order by ${order}, a.account_no ${page}`,
    params,
  );
  return { ...toPage(rows), totalCapped: false };
}

const primaryContactJoin = 'left join contacts c on c.account_id = a.id and c.is_primary';

function summarySelect(scoreColumns: string, totalExpression: string): string {
  return `select a.id::text as id, a.account_no, a.type, a.status, a.company_name,
      c.first_name, c.last_name, c.email, c.phone, ${scoreColumns},
      array(select v.plate from vehicles v
            where v.account_id = a.id and v.end_date is null order by v.id limit 5) as plates,
      (select coalesce(sum(l.amount_cents), 0) from ledger_entries l
        where l.account_id = a.id)::text as balance,
      ${totalExpression}::text as total`;
}

function matchBranches(
  text: string,
  param: (value: unknown) => string,
): { scans: string[]; branches: string[] } {
  const scans: string[] = [];
  const branches: string[] = [];
  const upper = text.toUpperCase();
  const plate = upper.replace(/[^A-Z0-9]/g, '');
  const digits = text.replace(/\D/g, '');
  const contains = `%${escapeLike(text)}%`;
  const branch = (score: string, matched: MatchedOn, from: string, limited = false) =>
    branches.push(
      `(select account_id, ${score}::float8 as score, '${matched}' as matched from ${from}` +
        `${limited ? ` limit ${perBranchLimit}` : ''})`,
    );
  // A trigram "contains" estimates ~1% of the table for a common name (11,476 rows for "Linda
  // Williams", 796 real), so under a limit the planner prefers a sequential scan expecting to
  // meet the first rows soon: ~170 ms on a million contacts, against ~20 ms through the index.
  // A materialised CTE is planned for all its rows (the index) yet still read only as far as the
  // limit, in heap order: the same candidates, and now always the same ones past the limit (a big
  // sequential scan may start mid-table to share its reads with another scan).
  const trigramBranch = (
    score: string,
    matched: MatchedOn,
    table: 'contacts' | 'accounts',
    where: string,
  ) => {
    const name = `scan${scans.length}`;
    const accountId = table === 'accounts' ? 'id' : 'account_id';
    scans.push(
      `${name} as materialized (select ${accountId} as account_id, ${score}::float8 as score, ` +
        `'${matched}' as matched from ${table} where ${where})`,
    );
    branches.push(`(select account_id, score, matched from ${name} limit ${perBranchLimit})`);
  };

  if (/^[\d\s-]+$/.test(text) && digits.length >= 3) {
    const number = param(digits);
    branch(
      '100',
      'accountNo',
      `(select id as account_id from accounts where account_no = ${number}) x`,
    );
    branch('95', 'tag', `tags where tag_no = ${number}`);
    const prefix = param(`${digits}%`);
    branch(
      '70',
      'accountNo',
      `(select id as account_id from accounts where account_no like ${prefix}) x`,
      true,
    );
  }
  if (plate.length >= 2 && plate.length <= 10) {
    branch('95', 'plate', `vehicles where plate = ${param(plate)} and end_date is null`);
  }
  if (/^INV\d+$/.test(plate)) {
    branch(
      '95',
      'invoiceNo',
      `invoices where invoice_no = ${param(plate)} and account_id is not null`,
    );
  }
  if (digits.length >= 4 && /^[\d\s()+.-]+$/.test(text)) {
    trigramBranch('80', 'phone', 'contacts', `phone like ${param(`%${digits}%`)}`);
  }
  if (text.includes('@')) {
    branch('90', 'email', `contacts where lower(email) = ${param(text.toLowerCase())}`);
    // A whole address is found by the exact branch; "contains" is for part of one, and on a
    // whole address its trigram scan costs ~30 ms on a million contacts to find nothing more.
    if (!wholeEmail.test(text)) {
      trigramBranch('50', 'email', 'contacts', `email ilike ${param(contains)}`);
    }
  } else if (text.length >= 3 && /\p{L}/u.test(text)) {
    const like = param(contains);
    const raw = param(text);
    trigramBranch(
      `60 + 30 * similarity(full_name, ${raw})`,
      'name',
      'contacts',
      `full_name ilike ${like}`,
    );
    trigramBranch('60', 'name', 'accounts', `company_name ilike ${like}`);
    // An e-mail address holds no spaces, so a full name cannot be part of one: skipping the
    // branch saves a trigram scan that finds only rows to throw away (half a name search).
    if (!/\s/.test(text)) trigramBranch('40', 'email', 'contacts', `email ilike ${like}`);
  }
  return { scans, branches };
}

const wholeEmail = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

function toPage(rows: SummaryRow[]): { items: AccountSummary[]; total: number } {
  return {
    total: rows.length > 0 ? Number(rows[0].total) : 0,
    items: rows.map((row) => ({
      id: row.id,
      accountNo: row.account_no,
      type: row.type,
      status: row.status,
      // A company name is not personal data; a person's name is.
      name: row.company_name ?? maskName(row.first_name ?? '', row.last_name ?? ''),
      email: maskEmail(row.email),
      phone: maskPhone(row.phone),
      plates: row.plates,
      balanceCents: Number(row.balance),
      matchedOn: row.matched,
    })),
  };
}
