import fc from 'fast-check';
import { cents } from './money.ts';
import { scheduleInForce, validateSchedule } from './rate-schedule.ts';
import type { DayType, RateEntry, RateScheduleVersion } from './rate-schedule.ts';

function entry(
  dayType: DayType,
  startMinute: number,
  endMinute: number,
  tag = 200,
  plate = 300,
  vehicleClass = 2,
): RateEntry {
  return {
    vehicleClass,
    dayType,
    startMinute,
    endMinute,
    tagRateCents: cents(tag),
    plateRateCents: cents(plate),
  };
}

const wholeDay = (dayType: DayType, vehicleClass = 2) =>
  entry(dayType, 0, 1440, 200, 300, vehicleClass);

function version(id: string, from: string, status: RateScheduleVersion['status'] = 'published') {
  return { id, plazaId: 'P1', effectiveFrom: new Date(from), status, entries: [] };
}

describe('scheduleInForce', () => {
  const versions: RateScheduleVersion[] = [
    version('v1', '2025-01-01T05:00:00Z'),
    version('v2', '2026-01-01T05:00:00Z'),
    version('v3-draft', '2026-02-01T05:00:00Z', 'draft'),
    version('v4', '2027-01-01T05:00:00Z'),
    { ...version('other-plaza', '2026-01-15T00:00:00Z'), plazaId: 'P2' },
  ];

  it('takes the latest published version that started by the trip time', () => {
    expect(scheduleInForce(versions, 'P1', new Date('2026-06-01T00:00:00Z'))?.id).toBe('v2');
  });

  it('uses the version in force at the trip time for a late-arriving old trip', () => {
    expect(scheduleInForce(versions, 'P1', new Date('2025-12-31T23:59:59Z'))?.id).toBe('v1');
  });

  it('applies a version from its first instant', () => {
    expect(scheduleInForce(versions, 'P1', new Date('2026-01-01T05:00:00Z'))?.id).toBe('v2');
    expect(scheduleInForce(versions, 'P1', new Date('2026-01-01T04:59:59.999Z'))?.id).toBe('v1');
  });

  it('ignores drafts, withdrawn versions and other plazas', () => {
    const withdrawn = [...versions, version('v2b', '2026-03-01T00:00:00Z', 'withdrawn')];
    expect(scheduleInForce(withdrawn, 'P1', new Date('2026-06-01T00:00:00Z'))?.id).toBe('v2');
  });

  it('has nothing before the first version', () => {
    expect(scheduleInForce(versions, 'P1', new Date('2024-01-01T00:00:00Z'))).toBeUndefined();
  });

  it('breaks a tie on the start instant by the higher id, whatever the order', () => {
    const tied = [version('b', '2026-01-01T00:00:00Z'), version('a', '2026-01-01T00:00:00Z')];
    const at = new Date('2026-02-01T00:00:00Z');
    expect(scheduleInForce(tied, 'P1', at)?.id).toBe('b');
    expect(scheduleInForce([...tied].reverse(), 'P1', at)?.id).toBe('b');
  });
});

describe('validateSchedule', () => {
  it('accepts whole-day weekday and weekend bands without holiday bands', () => {
    expect(validateSchedule([wholeDay('weekday'), wholeDay('weekend')])).toEqual([]);
  });

  it('accepts peak bands that tile the day', () => {
    const entries = [
      entry('weekday', 0, 420),
      entry('weekday', 420, 600, 350, 500),
      entry('weekday', 600, 1440),
      wholeDay('weekend'),
    ];
    expect(validateSchedule(entries)).toEqual([]);
  });

  it('reports a gap with its times', () => {
    const problems = validateSchedule([
      entry('weekday', 0, 420),
      entry('weekday', 480, 1440),
      wholeDay('weekend'),
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'gap',
        startMinute: 420,
        endMinute: 480,
        message: 'class 2 weekday 07:00–08:00 has no rate',
      }),
    ]);
  });

  it('reports a missing end of day as a gap', () => {
    const problems = validateSchedule([entry('weekday', 0, 1380), wholeDay('weekend')]);
    expect(problems.map((p) => [p.code, p.startMinute, p.endMinute])).toEqual([
      ['gap', 1380, 1440],
    ]);
  });

  it('reports an overlap', () => {
    const problems = validateSchedule([
      entry('weekday', 0, 600),
      entry('weekday', 540, 1440),
      wholeDay('weekend'),
    ]);
    expect(problems.map((p) => [p.code, p.startMinute, p.endMinute])).toEqual([
      ['overlap', 540, 600],
    ]);
  });

  it('reports rates at or below zero and a tag rate not below the plate rate', () => {
    const problems = validateSchedule([
      entry('weekday', 0, 1440, 0, 300),
      entry('weekend', 0, 1440, 300, 300),
    ]);
    expect(problems.map((p) => [p.code, p.dayType])).toEqual([
      ['non_positive_rate', 'weekday'],
      ['tag_not_below_plate', 'weekend'],
    ]);
  });

  it('reports backwards, fractional and out-of-day bands', () => {
    const bad = [entry('weekday', 600, 600), entry('weekday', 0, 1441), entry('weekday', 0.5, 100)];
    const codes = validateSchedule([...bad, wholeDay('weekend')]).filter(
      (p) => p.code === 'bad_band',
    );
    expect(codes).toHaveLength(3);
  });

  it('requires weekday and weekend bands for every class, holidays optional', () => {
    const problems = validateSchedule([
      wholeDay('weekday', 2),
      wholeDay('weekend', 2),
      wholeDay('weekday', 3),
    ]);
    expect(problems.map((p) => [p.code, p.vehicleClass, p.dayType])).toEqual([
      ['missing_day_type', 3, 'weekend'],
    ]);
  });

  it('requires holiday bands, when present, to cover the day', () => {
    const problems = validateSchedule([
      wholeDay('weekday'),
      wholeDay('weekend'),
      entry('holiday', 0, 720),
    ]);
    expect(problems.map((p) => [p.code, p.dayType])).toEqual([['gap', 'holiday']]);
  });
});

describe('validateSchedule properties', () => {
  // Random cut points tile the day into bands.
  const tiling = fc
    .uniqueArray(fc.integer({ min: 1, max: 1439 }), { maxLength: 12 })
    .map((cuts) => [0, ...cuts.sort((a, b) => a - b), 1440]);
  const bandsOf = (bounds: number[]) =>
    bounds.slice(1).map((end, i) => entry('weekday', bounds[i]!, end));

  it('accepts any tiling of the day', () => {
    fc.assert(
      fc.property(
        tiling,
        (bounds) => validateSchedule([...bandsOf(bounds), wholeDay('weekend')]).length === 0,
      ),
    );
  });

  it('reports exactly the band removed from a tiling as a gap', () => {
    fc.assert(
      // At least two bands, so removing one leaves weekday rates to check (none is another problem).
      fc.property(
        tiling.filter((b) => b.length > 2),
        fc.nat(),
        (bounds, pick) => {
          const bands = bandsOf(bounds);
          const removed = bands.splice(pick % bands.length, 1)[0]!;
          const problems = validateSchedule([...bands, wholeDay('weekend')]);
          return (
            problems.length === 1 &&
            problems[0]!.code === 'gap' &&
            problems[0]!.startMinute === removed.startMinute &&
            problems[0]!.endMinute === removed.endMinute
          );
        },
      ),
    );
  });
});
