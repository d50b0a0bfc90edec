import { formatDollars, localDateTime } from '../../../billing/customer-language.ts';
import type { AccountStatement, StatementTrip } from './statement-query.ts';
import { statementTexts } from './statement-texts.ts';

/** One statement as the rows both the CSV and the PDF print, in the account's language. */
export function statementRows(statement: AccountStatement) {
  const t = statementTexts(statement.language);
  const entries = statement.lines.map((line) => ({
    date: line.at.toISOString().slice(0, 16).replace('T', ' '),
    kind: t.kinds[line.kind] ?? line.kind,
    description: line.description,
    amount: formatDollars(line.amountCents),
    amountCents: line.amountCents,
    balance: formatDollars(line.balanceAfterCents),
    balanceCents: line.balanceAfterCents,
  }));
  const trips = statement.trips.map((trip) => ({
    time: `${localDateTime(trip.occurredAt, trip.timeZone)} ${trip.timeZone}`,
    plaza: `${trip.plazaName} (${trip.plazaCode})`,
    vehicle: trip.tagNo ?? trip.plate ?? '',
    rate: rateText(trip, t.rateText),
    amount: trip.amountCents === null ? t.inReview : formatDollars(trip.amountCents),
    amountCents: trip.amountCents,
  }));
  return { t, entries, trips };
}

function rateText(trip: StatementTrip, template: string): string {
  if (!trip.rate) return '';
  return template
    .replace('{rate}', trip.rate.rate)
    .replace('{band}', trip.rate.band)
    .replace('{dayType}', trip.rate.dayType)
    .replace('{vehicleClass}', String(trip.rate.vehicleClass));
}
