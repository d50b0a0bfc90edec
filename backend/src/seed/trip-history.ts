import type { ReadType, TripStatus } from '../adapters/database/schema/index.ts';
import { eventIdFor, jurisdictionFor, plateFor, tagNoFor } from './identifiers.ts';
import type { InvoiceBook } from './invoice-book.ts';
import type { LedgerBook } from './ledger-book.ts';
import type { SeededPlaza } from './network.ts';
import { startOfUtcDay } from './network.ts';
import type { Population } from './population.ts';
import { priceTrip } from './rate-plan.ts';
import type { SeededRandom } from './random.ts';
import type { Row, RowSink } from './row-sink.ts';

const dayMs = 86_400_000;
const hourMs = 3_600_000;
/** Relative traffic by local (Central) hour: the two commute peaks. */
const hourWeights = [
  1, 0.5, 0.3, 0.3, 0.5, 2, 5, 9, 8, 5, 4, 4, 4.5, 4.5, 5, 6, 8, 9, 7, 5, 3.5, 3, 2, 1.5,
];
const centralOffsetHours = 6;
const ocrThreshold = 0.85;

export interface TripHistoryOptions {
  trips: number;
  days: number;
  asOf: Date;
  onProgress: (message: string) => void;
}

/** What later steps need: the latest trip of each account (for demo disputes). */
export interface TripHistory {
  tripCount: number;
  lastTripOf: Int32Array;
}

interface Passage {
  plaza: SeededPlaza;
  vehicleId: number;
  at: Date;
}

/**
 * Trips over the last `days` days up to `asOf`, written day by day in time order so balances,
 * top-ups and invoices come out as the live pipeline would have produced them.
 */
export async function seedTripHistory(
  sink: RowSink,
  random: SeededRandom,
  context: {
    plazas: readonly SeededPlaza[];
    population: Population;
    ledger: LedgerBook;
    invoices: InvoiceBook;
  },
  options: TripHistoryOptions,
): Promise<TripHistory> {
  const { population } = context;
  const counts = tripsPerDay(options.trips, options.days, options.asOf);
  const firstDay = startOfUtcDay(options.asOf).getTime() - (options.days - 1) * dayMs;
  const unknownPlates = Math.max(50, Math.floor(population.accountCount / 5));
  const lastTripOf = new Int32Array(population.accountCount + 1);
  let tripId = 0;
  for (let day = 0; day < options.days; day++) {
    const start = firstDay + day * dayMs;
    const end = Math.min(start + dayMs, options.asOf.getTime());
    const hours = hourChoices(start, end);
    const times = Array.from({ length: counts[day] }, () =>
      randomTimeIn(random, hours, start, end),
    );
    times.sort((a, b) => a - b);
    const rows: Row[] = [];
    for (const time of times) {
      const plaza = random.pick(context.plazas);
      // One passage in eight is a plate that is on no account.
      const vehicleId = random.chance(0.125)
        ? population.vehicleCount + random.int(1, unknownPlates)
        : random.int(1, population.vehicleCount);
      const row = buildTrip(
        ++tripId,
        { plaza, vehicleId, at: new Date(time) },
        random,
        context,
        options.asOf,
      );
      rows.push(row);
      if (typeof row.account_id === 'number') lastTripOf[row.account_id] = tripId;
    }
    await sink.write('trips', rows);
    await context.ledger.flush(sink);
    if (day % 10 === 9 || day === options.days - 1) {
      options.onProgress(`trips ${tripId}/${options.trips} (day ${day + 1}/${options.days})`);
    }
  }
  return { tripCount: tripId, lastTripOf };
}

function buildTrip(
  tripId: number,
  passage: Passage,
  random: SeededRandom,
  context: { population: Population; ledger: LedgerBook; invoices: InvoiceBook },
  asOf: Date,
): Row {
  const { population, ledger } = context;
  const { plaza, vehicleId, at } = passage;
  const lane = random.pick(plaza.lanes);
  const known = vehicleId <= population.vehicleCount;
  const accountId = known ? population.vehicleAccount[vehicleId] : 0;
  const vehicleClass = known
    ? population.vehicleClass[vehicleId]
    : random.chance(0.9)
      ? 2
      : random.int(3, 5);
  const tagId = known ? population.vehicleTag[vehicleId] : 0;
  const tagRead = tagId > 0 && population.tagFixedStatus[tagId] === 0 && random.chance(0.96);
  const confidence =
    tagRead || random.chance(0.94) ? random.int(860, 999) / 1000 : random.int(400, 849) / 1000;
  const plate = plateFor(vehicleId);
  const jurisdiction = jurisdictionFor(vehicleId);
  const eventId = eventIdFor(lane.deviceName, tripId);
  const row: Row = {
    id: tripId,
    event_id: eventId,
    device_id: lane.deviceId,
    plaza_id: plaza.plazaId,
    lane_id: lane.laneId,
    direction: plaza.direction,
    occurred_at: at,
    received_at: new Date(at.getTime() + random.int(1, 20) * 1000),
    tag_no: tagRead ? tagNoFor(tagId) : null,
    plate,
    jurisdiction,
    ocr_confidence: confidence,
    vehicle_class: vehicleClass,
    image_keys: tagRead ? [] : [`evidence/${at.toISOString().slice(0, 10)}/${eventId}-rear.svg`],
    account_id: null,
    status: 'review' satisfies TripStatus,
    read_type: 'review' satisfies ReadType,
    amount_cents: null,
    rate_schedule_id: null,
    rate_explanation: null,
    posted_at: null,
  };
  // Below the OCR threshold a person must confirm the plate before anything is charged.
  if (!tagRead && confidence < ocrThreshold) return row;

  const accountType = accountId ? population.accountType[accountId] : 1;
  const prepaid = accountId > 0 && accountType !== 1;
  // An exhausted prepaid balance suspends the tag: its trips rate at the plate rate.
  const rate = tagRead && ledger.balances[accountId] > 0 ? 'tag' : 'plate';
  const price = priceTrip(plaza.schedules, plaza.timeZone, at, vehicleClass, rate);
  Object.assign(row, {
    account_id: accountId || null,
    read_type: tagRead ? 'tag' : 'plate',
    amount_cents: price.amountCents,
    rate_schedule_id: price.scheduleId,
    rate_explanation: price.explanation,
  });
  if (prepaid) {
    row.status = 'posted';
    row.posted_at = new Date(at.getTime() + random.int(2, 60) * 1000);
    ledger.chargeTrip(accountId, tripId, price.amountCents, at);
    if (random.chance(0.002)) {
      row.status = 'reversed';
      ledger.reverseTrip(accountId, tripId, price.amountCents, new Date(at.getTime() + dayMs));
    }
    return row;
  }
  const invoiced = context.invoices.addTrip({
    tripId,
    accountId: accountId || null,
    plate,
    jurisdiction,
    occurredAt: at,
    amountCents: price.amountCents,
    asOf,
  });
  row.status = invoiced ? 'invoiced' : 'unbilled';
  return row;
}

/** Splits the total over the days: weekends lighter, today only up to `asOf`, sums exactly. */
export function tripsPerDay(total: number, days: number, asOf: Date): number[] {
  const firstDay = startOfUtcDay(asOf).getTime() - (days - 1) * dayMs;
  const weights = Array.from({ length: days }, (_, day) => {
    const start = firstDay + day * dayMs;
    const weekday = new Date(start).getUTCDay();
    const share = Math.min(1, (asOf.getTime() - start) / dayMs);
    return (weekday === 0 || weekday === 6 ? 0.75 : 1) * share;
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((weight) => Math.floor((total * weight) / sum));
  let remainder = total - counts.reduce((a, b) => a + b, 0);
  for (let day = 0; remainder > 0; day = (day + 1) % days) {
    if (weights[day] === 0) continue;
    counts[day]++;
    remainder--;
  }
  return counts;
}

function hourChoices(start: number, end: number): (readonly [number, number])[] {
  return Array.from({ length: Math.ceil((end - start) / hourMs) }, (_, hour) => {
    const local = (hour - centralOffsetHours + 24) % 24;
    return [hour, hourWeights[local]] as const;
  });
}

function randomTimeIn(
  random: SeededRandom,
  hours: readonly (readonly [number, number])[],
  start: number,
  end: number,
): number {
  const hour = random.weighted(hours);
  const from = start + hour * hourMs;
  return Math.floor(from + random.next() * (Math.min(from + hourMs, end) - from));
}
