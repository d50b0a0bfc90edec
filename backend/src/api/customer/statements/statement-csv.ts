import { csvLine } from '../../supervisor/reports/csv.ts';
import { formatDollars } from '../../../billing/customer-language.ts';
import type { AccountStatement } from './statement-query.ts';
import { statementRows } from './statement-format.ts';

/**
 * The statement as one CSV table: a section column tells summary, ledger entries and trips
 * apart, amounts are in cents (for spreadsheets) and in dollars (for people). Every text cell
 * goes through the formula-neutralising CSV writer of the supervisor exports.
 */
export function statementCsv(statement: AccountStatement): string {
  const { t, entries, trips } = statementRows(statement);
  const header = [
    t.section,
    t.date,
    t.kind,
    t.description,
    t.plaza,
    t.vehicle,
    t.rate,
    `${t.amount} (cents)`,
    t.amount,
    `${t.balance} (cents)`,
    t.balance,
  ];
  const summary = (label: string, centsValue: number) =>
    csvLine([
      t.sectionSummary,
      statement.month,
      label,
      '',
      '',
      '',
      '',
      null,
      null,
      centsValue,
      formatDollars(centsValue),
    ]);
  return [
    csvLine(header),
    summary(t.opening, statement.openingBalanceCents),
    ...entries.map((entry) =>
      csvLine([
        t.sectionEntry,
        entry.date,
        entry.kind,
        entry.description,
        '',
        '',
        '',
        entry.amountCents,
        entry.amount,
        entry.balanceCents,
        entry.balance,
      ]),
    ),
    summary(t.closing, statement.closingBalanceCents),
    ...trips.map((trip) =>
      csvLine([
        t.sectionTrip,
        trip.time,
        t.kinds['trip'] ?? 'trip',
        '',
        trip.plaza,
        trip.vehicle,
        trip.rate,
        trip.amountCents,
        trip.amount,
        null,
        null,
      ]),
    ),
  ].join('');
}
