import type { DayType, RateExplanation } from '../adapters/database/schema/index.ts';

/**
 * The demo rate schedules and the small lookup the generator uses to price historic trips. This is
 * not the rating engine (that lives in domain/): it only has to agree with the rows it seeds.
 */

interface Band {
  start: number;
  end: number;
  /** Percent of the off-peak rate. */
  percent: number;
}

const weekdayBands: readonly Band[] = [
  { start: 0, end: 360, percent: 60 },
  { start: 360, end: 540, percent: 150 },
  { start: 540, end: 960, percent: 100 },
  { start: 960, end: 1140, percent: 150 },
  { start: 1140, end: 1440, percent: 100 },
];
const allDay: readonly Band[] = [{ start: 0, end: 1440, percent: 90 }];
const bandsByDay: Record<DayType, readonly Band[]> = {
  weekday: weekdayBands,
  weekend: allDay,
  holiday: allDay,
};

export const vehicleClasses = [2, 3, 4, 5, 6] as const;
/** Video (plate) tolls cost 40% more than tag tolls. */
const platePercent = 140;

export interface RateEntry {
  vehicleClass: number;
  dayType: DayType;
  startMinute: number;
  endMinute: number;
  tagRateCents: number;
  plateRateCents: number;
}

/** Every band of one schedule version; `percent` scales the plaza's base (110 = +10%). */
export function rateEntriesFor(baseTagRateCents: number, percent: number): RateEntry[] {
  const entries: RateEntry[] = [];
  for (const vehicleClass of vehicleClasses) {
    for (const dayType of Object.keys(bandsByDay) as DayType[]) {
      for (const band of bandsByDay[dayType]) {
        const tag = Math.round(
          (baseTagRateCents * (vehicleClass - 1) * band.percent * percent) / 10_000,
        );
        entries.push({
          vehicleClass,
          dayType,
          startMinute: band.start,
          endMinute: band.end,
          tagRateCents: tag,
          plateRateCents: Math.round((tag * platePercent) / 100),
        });
      }
    }
  }
  return entries;
}

/** What the generator needs to price a trip at one plaza. */
export interface PricedSchedule {
  scheduleId: number;
  version: number;
  effectiveFrom: Date;
  entries: readonly RateEntry[];
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Local weekday and minute of day at the plaza: rates follow the plaza's clock, not UTC. */
export function localClock(at: Date, timeZone: string): { dayType: DayType; minute: number } {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  let weekday = '';
  let hour = 0;
  let minute = 0;
  for (const part of formatter.formatToParts(at)) {
    if (part.type === 'weekday') weekday = part.value;
    else if (part.type === 'hour') hour = Number(part.value);
    else if (part.type === 'minute') minute = Number(part.value);
  }
  const dayType: DayType = weekday === 'Sat' || weekday === 'Sun' ? 'weekend' : 'weekday';
  return { dayType, minute: hour * 60 + minute };
}

/** Prices a trip with the schedule in force at its time (schedules sorted newest first). */
export function priceTrip(
  schedules: readonly PricedSchedule[],
  timeZone: string,
  at: Date,
  vehicleClass: number,
  rate: 'tag' | 'plate',
): { scheduleId: number; amountCents: number; explanation: RateExplanation } {
  const schedule = schedules.find((candidate) => candidate.effectiveFrom <= at) ?? schedules.at(-1);
  if (!schedule) throw new Error('no rate schedule for plaza');
  const { dayType, minute } = localClock(at, timeZone);
  const entry = schedule.entries.find(
    (e) =>
      e.vehicleClass === vehicleClass &&
      e.dayType === dayType &&
      e.startMinute <= minute &&
      minute < e.endMinute,
  );
  if (!entry) throw new Error(`no rate band for class ${vehicleClass} ${dayType} ${minute}`);
  const rateCents = rate === 'tag' ? entry.tagRateCents : entry.plateRateCents;
  return {
    scheduleId: schedule.scheduleId,
    amountCents: rateCents,
    explanation: {
      scheduleVersion: schedule.version,
      dayType,
      band: `${clock(entry.startMinute)}-${clock(entry.endMinute)}`,
      vehicleClass,
      rate,
      rateCents,
    },
  };
}

function clock(minuteOfDay: number): string {
  const hours = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  return `${hours}:${String(minuteOfDay % 60).padStart(2, '0')}`;
}
