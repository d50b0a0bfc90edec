/**
 * Rating a trip: the schedule in force at the trip's own time (never today's), the band of the
 * plaza's LOCAL wall-clock time, the trip's vehicle class, and the tag or plate rate.
 */
import type { Cents } from './money.ts';
import { formatMinute, scheduleInForce } from './rate-schedule.ts';
import type { DayType, RateEntry, RateScheduleVersion } from './rate-schedule.ts';
import type { RateKind } from './trip.ts';

export interface TripToRate {
  readonly plazaId: string;
  readonly occurredAt: Date;
  readonly vehicleClass: number;
}

/** Why a trip cost what it did: shown to customers and agents next to the charge. */
export interface RateExplanation {
  readonly scheduleVersionId: string;
  /** The band charged; its day type differs from `dayType` on a holiday without holiday bands. */
  readonly band: {
    readonly dayType: DayType;
    readonly startMinute: number;
    readonly endMinute: number;
    readonly label: string;
  };
  /** The kind of day the trip fell on. */
  readonly dayType: DayType;
  /** The plaza's local wall-clock time, `YYYY-MM-DDTHH:mm`, with its zone. */
  readonly localTime: string;
  readonly timeZone: string;
  readonly rateKind: RateKind;
  readonly vehicleClass: number;
}

export type RatingResult =
  | { readonly kind: 'rated'; readonly amountCents: Cents; readonly explanation: RateExplanation }
  /** No published schedule, or no band for the class: an exception queue item, never a zero toll. */
  | {
      readonly kind: 'unrated';
      readonly reason: 'no_schedule' | 'no_rate';
      readonly detail: string;
    };

export interface LocalTime {
  /** `YYYY-MM-DD` in the zone: the key holidays are listed by. */
  readonly date: string;
  readonly minuteOfDay: number;
  readonly weekend: boolean;
}

// Building a DateTimeFormat is far slower than using one; one per zone for the process lifetime.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Wall-clock date and time at `at` in an IANA zone; throws a RangeError for an unknown zone. */
export function localTimeAt(at: Date, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) parts[part.type] = part.value;
  const minuteOfDay = Number(parts['hour']) * 60 + Number(parts['minute']);
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    minuteOfDay,
    weekend: parts['weekday'] === 'Sat' || parts['weekday'] === 'Sun',
  };
}

/**
 * Rates one trip. `holidays` holds local dates (`YYYY-MM-DD`) of the plaza's jurisdiction; on a
 * holiday the schedule's holiday bands apply, or its weekend bands when it has none.
 */
export function rateTrip(
  trip: TripToRate,
  versions: readonly RateScheduleVersion[],
  plazaTimeZone: string,
  holidays: ReadonlySet<string>,
  readKind: RateKind,
): RatingResult {
  const schedule = scheduleInForce(versions, trip.plazaId, trip.occurredAt);
  if (schedule === undefined) {
    return {
      kind: 'unrated',
      reason: 'no_schedule',
      detail: `no published schedule for plaza ${trip.plazaId} at ${trip.occurredAt.toISOString()}`,
    };
  }
  const local = localTimeAt(trip.occurredAt, plazaTimeZone);
  const dayType: DayType = holidays.has(local.date)
    ? 'holiday'
    : local.weekend
      ? 'weekend'
      : 'weekday';
  const entry =
    findBand(schedule.entries, trip.vehicleClass, dayType, local.minuteOfDay) ??
    (dayType === 'holiday'
      ? findBand(schedule.entries, trip.vehicleClass, 'weekend', local.minuteOfDay)
      : undefined);
  const localTime = `${local.date}T${formatMinute(local.minuteOfDay)}`;
  if (entry === undefined) {
    return {
      kind: 'unrated',
      reason: 'no_rate',
      detail: `schedule ${schedule.id} has no ${dayType} rate for class ${trip.vehicleClass} at ${localTime}`,
    };
  }
  return {
    kind: 'rated',
    amountCents: readKind === 'tag' ? entry.tagRateCents : entry.plateRateCents,
    explanation: {
      scheduleVersionId: schedule.id,
      band: {
        dayType: entry.dayType,
        startMinute: entry.startMinute,
        endMinute: entry.endMinute,
        label: `${formatMinute(entry.startMinute)}–${formatMinute(entry.endMinute)}`,
      },
      dayType,
      localTime,
      timeZone: plazaTimeZone,
      rateKind: readKind,
      vehicleClass: trip.vehicleClass,
    },
  };
}

function findBand(
  entries: readonly RateEntry[],
  vehicleClass: number,
  dayType: DayType,
  minute: number,
): RateEntry | undefined {
  return entries.find(
    (e) =>
      e.vehicleClass === vehicleClass &&
      e.dayType === dayType &&
      e.startMinute <= minute &&
      minute < e.endMinute,
  );
}
