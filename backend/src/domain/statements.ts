/**
 * A monthly statement of a prepaid account: the balance the month opened with, every ledger
 * entry of the month with the balance after it, and the balance it closed with. The closing
 * balance is the opening balance plus the month's entries, never a separately stored number.
 */
import { addCents, cents, sumCents, type Cents } from './money.ts';

/** `YYYY-MM`, the only month form statements accept. */
export type StatementMonth = string & { readonly __brand: 'StatementMonth' };

export interface StatementEntry {
  readonly at: Date;
  readonly kind: string;
  readonly description: string;
  readonly amountCents: Cents;
}

export interface StatementLine extends StatementEntry {
  readonly balanceAfterCents: Cents;
}

export interface Statement {
  readonly month: StatementMonth;
  readonly openingBalanceCents: Cents;
  readonly lines: readonly StatementLine[];
  readonly creditsCents: Cents;
  readonly debitsCents: Cents;
  readonly closingBalanceCents: Cents;
}

/** The month, or null when the text is not a real `YYYY-MM` month. */
export function parseStatementMonth(text: string): StatementMonth | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (!match) return null;
  return text as StatementMonth;
}

/** The first instant of the month and of the next one (UTC): the statement covers [from, to). */
export function statementPeriod(month: StatementMonth): { from: Date; to: Date } {
  const [year, monthNo] = month.split('-').map(Number) as [number, number];
  return {
    from: new Date(Date.UTC(year, monthNo - 1, 1)),
    to: new Date(Date.UTC(year, monthNo, 1)),
  };
}

/**
 * Orders the month's entries by time (ties keep the given order, e.g. by id) and runs the
 * balance through them.
 */
export function buildStatement(
  month: StatementMonth,
  openingBalanceCents: Cents,
  entries: readonly StatementEntry[],
): Statement {
  const ordered = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.at.getTime() - b.entry.at.getTime() || a.index - b.index)
    .map(({ entry }) => entry);
  let balance = openingBalanceCents;
  const lines = ordered.map((entry) => {
    balance = addCents(balance, entry.amountCents);
    return { ...entry, balanceAfterCents: balance };
  });
  const credits = sumCents(ordered.filter((e) => e.amountCents > 0).map((e) => e.amountCents));
  const debits = sumCents(ordered.filter((e) => e.amountCents < 0).map((e) => e.amountCents));
  return {
    month,
    openingBalanceCents,
    lines,
    creditsCents: credits,
    debitsCents: debits,
    closingBalanceCents: cents(openingBalanceCents + credits + debits),
  };
}
