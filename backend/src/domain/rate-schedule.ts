/**
 * Rate schedules: effective-dated versions per plaza, each a table of vehicle class × day type ×
 * time-of-day band → tag and plate rate. Admins edit drafts; `validateSchedule` is what the admin
 * app shows before publishing, and a trip is rated only by a published version.
 */
import type { Cents } from './money.ts';

export const DAY_TYPES = ['weekday', 'weekend', 'holiday'] as const;
export type DayType = (typeof DAY_TYPES)[number];

export const MINUTES_PER_DAY = 1440;

export interface RateEntry {
  readonly vehicleClass: number;
  readonly dayType: DayType;
  /** Band start, minutes after local midnight, inclusive. */
  readonly startMinute: number;
  /** Band end, minutes after local midnight, exclusive (1440 = midnight). */
  readonly endMinute: number;
  readonly tagRateCents: Cents;
  readonly plateRateCents: Cents;
}

export interface RateScheduleVersion {
  readonly id: string;
  readonly plazaId: string;
  /** The first instant this version applies to (trip time, not posting time). */
  readonly effectiveFrom: Date;
  readonly status: 'draft' | 'published' | 'withdrawn';
  readonly entries: readonly RateEntry[];
}

export type ScheduleProblemCode =
  'bad_band' | 'gap' | 'overlap' | 'missing_day_type' | 'non_positive_rate' | 'tag_not_below_plate';

export interface ScheduleProblem {
  readonly code: ScheduleProblemCode;
  readonly vehicleClass: number;
  readonly dayType: DayType;
  readonly startMinute?: number;
  readonly endMinute?: number;
  readonly message: string;
}

/**
 * The published version in force at `at` for the plaza: the latest `effectiveFrom` not after
 * `at`. Two published versions with the same start are an admin error; the higher id wins so the
 * answer is at least stable.
 */
export function scheduleInForce(
  versions: readonly RateScheduleVersion[],
  plazaId: string,
  at: Date,
): RateScheduleVersion | undefined {
  let best: RateScheduleVersion | undefined;
  for (const version of versions) {
    if (version.status !== 'published' || version.plazaId !== plazaId) continue;
    const from = version.effectiveFrom.getTime();
    if (from > at.getTime()) continue;
    const bestFrom = best?.effectiveFrom.getTime() ?? -Infinity;
    if (from > bestFrom || (from === bestFrom && best !== undefined && version.id > best.id)) {
      best = version;
    }
  }
  return best;
}

/** "07:30" for a minute of the day; 1440 is shown as "24:00". */
export function formatMinute(minute: number): string {
  const hh = String(Math.floor(minute / 60)).padStart(2, '0');
  return `${hh}:${String(minute % 60).padStart(2, '0')}`;
}

/**
 * Every problem in a schedule's entries, empty when it can be published. Each vehicle class must
 * cover the whole day, weekday and weekend, with no gap or overlap; holiday bands are optional
 * (holidays fall back to the weekend bands) but, when present, must cover the day too. Every rate
 * is positive and the tag rate is below the plate rate.
 */
export function validateSchedule(entries: readonly RateEntry[]): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const groups = new Map<string, RateEntry[]>();
  for (const entry of entries) {
    problems.push(...entryProblems(entry));
    const key = `${entry.vehicleClass}|${entry.dayType}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const classes = [...new Set(entries.map((e) => e.vehicleClass))].sort((a, b) => a - b);
  for (const vehicleClass of classes) {
    for (const dayType of DAY_TYPES) {
      const group = groups.get(`${vehicleClass}|${dayType}`);
      if (group === undefined) {
        if (dayType !== 'holiday') {
          problems.push({
            code: 'missing_day_type',
            vehicleClass,
            dayType,
            message: `class ${vehicleClass} has no ${dayType} rates`,
          });
        }
        continue;
      }
      problems.push(...coverageProblems(vehicleClass, dayType, group));
    }
  }
  return problems;
}

function entryProblems(entry: RateEntry): ScheduleProblem[] {
  const where = {
    vehicleClass: entry.vehicleClass,
    dayType: entry.dayType,
    startMinute: entry.startMinute,
    endMinute: entry.endMinute,
  };
  const band = `class ${entry.vehicleClass} ${entry.dayType} ${formatMinute(entry.startMinute)}–${formatMinute(entry.endMinute)}`;
  const problems: ScheduleProblem[] = [];
  const { startMinute: start, endMinute: end } = entry;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > MINUTES_PER_DAY ||
    start >= end
  ) {
    problems.push({
      code: 'bad_band',
      ...where,
      message: `${band}: a band runs forward within one day`,
    });
  }
  if (!(entry.tagRateCents > 0) || !(entry.plateRateCents > 0)) {
    problems.push({
      code: 'non_positive_rate',
      ...where,
      message: `${band}: rates must be above zero`,
    });
  }
  if (entry.tagRateCents >= entry.plateRateCents) {
    problems.push({
      code: 'tag_not_below_plate',
      ...where,
      message: `${band}: the tag rate must be below the plate rate`,
    });
  }
  return problems;
}

function coverageProblems(
  vehicleClass: number,
  dayType: DayType,
  group: readonly RateEntry[],
): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const sorted = [...group].sort(
    (a, b) => a.startMinute - b.startMinute || a.endMinute - b.endMinute,
  );
  let covered = 0;
  for (const entry of sorted) {
    if (entry.startMinute > covered) {
      problems.push(gapOrOverlap('gap', vehicleClass, dayType, covered, entry.startMinute));
    } else if (entry.startMinute < covered) {
      const overlapEnd = Math.min(covered, entry.endMinute);
      problems.push(gapOrOverlap('overlap', vehicleClass, dayType, entry.startMinute, overlapEnd));
    }
    covered = Math.max(covered, entry.endMinute);
  }
  if (covered < MINUTES_PER_DAY) {
    problems.push(gapOrOverlap('gap', vehicleClass, dayType, covered, MINUTES_PER_DAY));
  }
  return problems;
}

function gapOrOverlap(
  code: 'gap' | 'overlap',
  vehicleClass: number,
  dayType: DayType,
  startMinute: number,
  endMinute: number,
): ScheduleProblem {
  const what = code === 'gap' ? 'has no rate' : 'has two rates';
  return {
    code,
    vehicleClass,
    dayType,
    startMinute,
    endMinute,
    message: `class ${vehicleClass} ${dayType} ${formatMinute(startMinute)}–${formatMinute(endMinute)} ${what}`,
  };
}
